ALTER TABLE "case_events" ADD COLUMN "sealed_reason" "bytea";--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "sealed_reason" "bytea";