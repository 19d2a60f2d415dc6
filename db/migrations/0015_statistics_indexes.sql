-- A year of services counted from an index alone: the day first, then every fact the figures count
-- or break services down by (index-only scans; the table's rows are never read for a figure).
CREATE INDEX IF NOT EXISTS services_given_statistics_idx ON services_given (given_on)
  INCLUDE (person_id, type, organisation_id, sex, age_band, pathway, child, disability, anonymous, municipality, crime_type);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_registered_statistics_idx ON cases (registered_on)
  INCLUDE (person_id, registered_by, first_service_on) WHERE registered_on IS NOT NULL;
--> statement-breakpoint
-- Decisions few cases have: found without reading every case.
CREATE INDEX IF NOT EXISTS cases_reflection_idx ON cases (reflection_starts_on) WHERE reflection_starts_on IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS cases_cooperation_idx ON cases (id) WHERE cooperation IS NOT NULL;
