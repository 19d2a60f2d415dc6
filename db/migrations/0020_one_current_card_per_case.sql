ALTER TABLE "identification_cards" ADD COLUMN "replaced_at" timestamp with time zone;--> statement-breakpoint
-- Cases left with more than one current card keep the newest: an older one still valid is revoked (no
-- reason was ever given for it), an older one already past its last day is marked replaced.
WITH "ranked" AS (
	SELECT "id", "valid_until", row_number() OVER (PARTITION BY "case_id" ORDER BY "issued_at" DESC, "id" DESC) AS "n"
	FROM "identification_cards" WHERE "revoked_at" IS NULL
)
UPDATE "identification_cards" SET
	"revoked_at" = CASE WHEN "ranked"."valid_until" >= (now() AT TIME ZONE 'Europe/Vilnius')::date THEN now() END,
	"replaced_at" = CASE WHEN "ranked"."valid_until" < (now() AT TIME ZONE 'Europe/Vilnius')::date THEN now() END
FROM "ranked" WHERE "ranked"."id" = "identification_cards"."id" AND "ranked"."n" > 1;--> statement-breakpoint
CREATE UNIQUE INDEX "identification_cards_one_current_per_case" ON "identification_cards" USING btree ("case_id") WHERE "identification_cards"."revoked_at" is null and "identification_cards"."replaced_at" is null;
