-- A service corrected to another day, or removed, moves its case's first service day (migration
-- 0014 only ever moves it earlier, on insert): the day is counted again from the services left, and
-- is null when none are. Once per statement, for the cases the statement touched.
CREATE OR REPLACE FUNCTION cases_first_service_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cases c SET first_service_on = (SELECT min(s.given_on) FROM services_given s WHERE s.case_id = c.id)
  WHERE c.id IN (SELECT DISTINCT case_id FROM changed_services);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Transition tables cannot go with a column list (UPDATE OF given_on): every update statement
-- recounts, and services are updated only when corrected.
CREATE TRIGGER services_given_first_service_update AFTER UPDATE ON services_given
  REFERENCING OLD TABLE AS changed_services FOR EACH STATEMENT EXECUTE FUNCTION cases_first_service_recount();
--> statement-breakpoint
CREATE TRIGGER services_given_first_service_delete AFTER DELETE ON services_given
  REFERENCING OLD TABLE AS changed_services FOR EACH STATEMENT EXECUTE FUNCTION cases_first_service_recount();
