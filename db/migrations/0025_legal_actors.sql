ALTER TABLE "compensation_claims" ADD COLUMN "stage" text;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "authority_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "sent_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "received_on" date;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "documents_requested_on" date;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "sealed_documents" "bytea";--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "decision" text;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "decided_on" date;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "decided_amount_eur" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "sealed_decision_reason" "bytea";--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD COLUMN "decided_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "investigations" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "investigations" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "investigations" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "investigations" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_steps" ADD COLUMN "answered_on" date;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD CONSTRAINT "compensation_claims_authority_organisation_id_organisations_id_fk" FOREIGN KEY ("authority_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD CONSTRAINT "compensation_claims_sent_by_user_id_users_id_fk" FOREIGN KEY ("sent_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compensation_claims" ADD CONSTRAINT "compensation_claims_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "compensation_claims_authority_idx" ON "compensation_claims" USING btree ("authority_organisation_id","stage");