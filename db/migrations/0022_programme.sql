CREATE TABLE "action_plan_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title_lt" text NOT NULL,
	"title_en" text NOT NULL,
	"goal_lt" text NOT NULL,
	"goal_en" text NOT NULL,
	"responsible_id" uuid NOT NULL,
	"co_responsible_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"deadline" date NOT NULL,
	"budget_eur" numeric(14, 2),
	"indicators" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plan_measures_code_unique" UNIQUE("code"),
	CONSTRAINT "action_plan_deadline_after_start" CHECK ("action_plan_measures"."deadline" >= "action_plan_measures"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "action_plan_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"measure_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"progress" text NOT NULL,
	"summary" text NOT NULL,
	"spent_eur" numeric(14, 2),
	"achieved" jsonb NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plan_reports_measure_year" UNIQUE("measure_id","year")
);
--> statement-breakpoint
CREATE TABLE "awareness_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"reach" integer,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awareness_ends_after_start" CHECK ("awareness_activities"."ends_on" is null or "awareness_activities"."ends_on" >= "awareness_activities"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"audience" jsonb NOT NULL,
	"funding_eur" numeric(14, 2),
	"funding_source" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_plan_measures" ADD CONSTRAINT "action_plan_measures_responsible_id_organisations_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measures" ADD CONSTRAINT "action_plan_measures_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_reports" ADD CONSTRAINT "action_plan_reports_measure_id_action_plan_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."action_plan_measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_reports" ADD CONSTRAINT "action_plan_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_reports" ADD CONSTRAINT "action_plan_reports_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awareness_activities" ADD CONSTRAINT "awareness_activities_organiser_id_organisations_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awareness_activities" ADD CONSTRAINT "awareness_activities_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_organiser_id_organisations_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plan_measures_responsible_idx" ON "action_plan_measures" USING btree ("responsible_id");--> statement-breakpoint
CREATE INDEX "awareness_starts_on_idx" ON "awareness_activities" USING btree ("starts_on","organiser_id");--> statement-breakpoint
CREATE INDEX "trainings_held_on_idx" ON "trainings" USING btree ("held_on","organiser_id");