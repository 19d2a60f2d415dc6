CREATE TABLE "directory_locations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"doc" jsonb NOT NULL,
	"confidential" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_locations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "directory_needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"doc" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_needs_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "directory_service_locations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"doc" jsonb NOT NULL,
	"needs" text[] NOT NULL,
	"audiences" text[] NOT NULL,
	"words_text" text NOT NULL,
	"words" "tsvector" GENERATED ALWAYS AS (strip(to_tsvector('simple', "directory_services"."words_text"))) STORED NOT NULL,
	"name_text" text NOT NULL,
	"last_checked_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directory_services_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "directory_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_locations" ADD CONSTRAINT "directory_locations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_locations" ADD CONSTRAINT "directory_service_locations_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_locations" ADD CONSTRAINT "directory_service_locations_location_id_directory_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."directory_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_service_locations_service_idx" ON "directory_service_locations" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "directory_services_org_idx" ON "directory_services" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "directory_services_needs_idx" ON "directory_services" USING gin ("needs");--> statement-breakpoint
CREATE INDEX "directory_services_words_idx" ON "directory_services" USING gin ("words");--> statement-breakpoint
CREATE INDEX "directory_words_trgm" ON "directory_words" USING gin ("word" gin_trgm_ops);