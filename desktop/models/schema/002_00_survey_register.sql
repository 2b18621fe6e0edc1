-- A completed survey round sets the poverty status of the households it observed for its year
-- (desktop/models/surveys.py, apply_to_register); household_year.survey_id names the round a
-- status came from (NULL: entered in the household's own form).
ALTER TABLE survey ADD COLUMN completed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE household_year ADD COLUMN survey_id TEXT;
