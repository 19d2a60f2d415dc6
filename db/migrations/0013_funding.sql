CREATE TABLE "funding_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"funder_organisation_id" uuid NOT NULL,
	"programme" text NOT NULL,
	"name_lt" text NOT NULL,
	"name_en" text NOT NULL,
	"amount_eur" numeric(14, 2) NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "allocation_id" uuid;--> statement-breakpoint
ALTER TABLE "funding_allocations" ADD CONSTRAINT "funding_allocations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_allocations" ADD CONSTRAINT "funding_allocations_funder_organisation_id_organisations_id_fk" FOREIGN KEY ("funder_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_allocations" ADD CONSTRAINT "funding_allocations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funding_allocations_year_idx" ON "funding_allocations" USING btree ("year","organisation_id");--> statement-breakpoint
ALTER TABLE "services_given" ADD CONSTRAINT "services_given_allocation_id_funding_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."funding_allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "services_given_allocation_idx" ON "services_given" USING btree ("allocation_id");