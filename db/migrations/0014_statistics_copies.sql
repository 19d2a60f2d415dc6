DROP INDEX "services_given_on_idx";--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "sex" text;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "age_band" text;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "pathway" text;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "child" boolean;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "disability" boolean;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "anonymous" boolean;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "municipality" text;--> statement-breakpoint
ALTER TABLE "services_given" ADD COLUMN "crime_type" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "registered_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "registered_by" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "first_service_on" date;--> statement-breakpoint
CREATE INDEX "cases_created_idx" ON "cases" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "cases_registered_idx" ON "cases" USING btree ("registered_on");--> statement-breakpoint
CREATE INDEX "cases_first_service_idx" ON "cases" USING btree ("first_service_on");--> statement-breakpoint
CREATE INDEX "services_given_on_idx" ON "services_given" USING btree ("given_on","person_id");--> statement-breakpoint
-- The facts statistics break services down by, copied onto each service when it is written, unless
-- the writer gave them (a bulk load does).
CREATE OR REPLACE FUNCTION services_given_copy_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.person_id IS NULL THEN
    SELECT c.person_id, p.sex, p.age_band, p.citizenship_pathway, c.child, p.disability, p.sealed_identity IS NULL,
      c.facts->>'municipality',
      CASE WHEN c.kind = 'trafficking' THEN 'trafficking' ELSE coalesce(c.facts->>'otherCrime', 'other') END
    INTO NEW.person_id, NEW.sex, NEW.age_band, NEW.pathway, NEW.child, NEW.disability, NEW.anonymous,
      NEW.municipality, NEW.crime_type
    FROM cases c JOIN people p ON p.id = c.person_id WHERE c.id = NEW.case_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER services_given_copy_facts BEFORE INSERT ON services_given
  FOR EACH ROW EXECUTE FUNCTION services_given_copy_facts();
--> statement-breakpoint
-- A case's first service day, once per statement (a COPY of millions updates each case once).
CREATE OR REPLACE FUNCTION cases_first_service() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases c SET first_service_on = n.first_on
  FROM (SELECT case_id, min(given_on) AS first_on FROM new_services GROUP BY case_id) n
  WHERE c.id = n.case_id AND (c.first_service_on IS NULL OR n.first_on < c.first_service_on);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER services_given_first_service AFTER INSERT ON services_given
  REFERENCING NEW TABLE AS new_services FOR EACH STATEMENT EXECUTE FUNCTION cases_first_service();
--> statement-breakpoint
-- Registration: the first support service to join a case's team, and the day it joined (in Vilnius).
CREATE OR REPLACE FUNCTION cases_registration() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases c SET registered_on = r.day, registered_by = r.organisation_id
  FROM (
    SELECT DISTINCT ON (t.case_id) t.case_id, (t.joined_at AT TIME ZONE 'Europe/Vilnius')::date AS day, t.organisation_id
    FROM case_team t
    WHERE t.role = 'support_service' AND t.case_id IN (SELECT case_id FROM changed_team)
    ORDER BY t.case_id, t.joined_at
  ) r
  WHERE c.id = r.case_id AND (c.registered_on IS DISTINCT FROM r.day OR c.registered_by IS DISTINCT FROM r.organisation_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_team_registration_insert AFTER INSERT ON case_team
  REFERENCING NEW TABLE AS changed_team FOR EACH STATEMENT EXECUTE FUNCTION cases_registration();
--> statement-breakpoint
CREATE TRIGGER case_team_registration_update AFTER UPDATE ON case_team
  REFERENCING NEW TABLE AS changed_team FOR EACH STATEMENT EXECUTE FUNCTION cases_registration();
--> statement-breakpoint
-- When a person's facts change (an identity added, a disability recorded), so do the copies.
CREATE OR REPLACE FUNCTION people_refresh_service_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE services_given s SET sex = NEW.sex, age_band = NEW.age_band, pathway = NEW.citizenship_pathway,
    disability = NEW.disability, anonymous = NEW.sealed_identity IS NULL
  FROM cases c WHERE c.person_id = NEW.id AND s.case_id = c.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_refresh_service_facts AFTER UPDATE OF sex, age_band, citizenship_pathway, disability, sealed_identity
  ON people FOR EACH ROW
  WHEN (OLD.sex IS DISTINCT FROM NEW.sex OR OLD.age_band IS DISTINCT FROM NEW.age_band
    OR OLD.citizenship_pathway IS DISTINCT FROM NEW.citizenship_pathway OR OLD.disability IS DISTINCT FROM NEW.disability
    OR (OLD.sealed_identity IS NULL) IS DISTINCT FROM (NEW.sealed_identity IS NULL))
  EXECUTE FUNCTION people_refresh_service_facts();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cases_refresh_service_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE services_given s SET child = NEW.child, municipality = NEW.facts->>'municipality',
    crime_type = CASE WHEN NEW.kind = 'trafficking' THEN 'trafficking' ELSE coalesce(NEW.facts->>'otherCrime', 'other') END
  WHERE s.case_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER cases_refresh_service_facts AFTER UPDATE OF facts, child, kind ON cases FOR EACH ROW
  WHEN (OLD.child IS DISTINCT FROM NEW.child OR OLD.kind IS DISTINCT FROM NEW.kind
    OR OLD.facts->>'municipality' IS DISTINCT FROM NEW.facts->>'municipality'
    OR OLD.facts->>'otherCrime' IS DISTINCT FROM NEW.facts->>'otherCrime')
  EXECUTE FUNCTION cases_refresh_service_facts();
--> statement-breakpoint
-- What is already there gets its copies once.
UPDATE services_given s SET person_id = c.person_id, sex = p.sex, age_band = p.age_band, pathway = p.citizenship_pathway,
  child = c.child, disability = p.disability, anonymous = p.sealed_identity IS NULL, municipality = c.facts->>'municipality',
  crime_type = CASE WHEN c.kind = 'trafficking' THEN 'trafficking' ELSE coalesce(c.facts->>'otherCrime', 'other') END
FROM cases c JOIN people p ON p.id = c.person_id WHERE c.id = s.case_id AND s.person_id IS NULL;
--> statement-breakpoint
UPDATE cases c SET first_service_on = n.first_on
FROM (SELECT case_id, min(given_on) AS first_on FROM services_given GROUP BY case_id) n WHERE c.id = n.case_id;
--> statement-breakpoint
UPDATE cases c SET registered_on = r.day, registered_by = r.organisation_id
FROM (
  SELECT DISTINCT ON (t.case_id) t.case_id, (t.joined_at AT TIME ZONE 'Europe/Vilnius')::date AS day, t.organisation_id
  FROM case_team t WHERE t.role = 'support_service' ORDER BY t.case_id, t.joined_at
) r WHERE c.id = r.case_id;
