-- Search keys become text.search_key (folded, without spaces, hyphens and apostrophes), so
-- "zoram" finds "Zơ Râm" and "bhriu" finds "Bh'riu". Python recomputes the stored keys after
-- this script (migrations.AFTER_SCRIPTS); the change-log trigger is dropped first because each
-- station derives its keys itself, so there is nothing to send. The migration recreates the
-- triggers afterwards.
DROP TRIGGER IF EXISTS "household_log_update";
