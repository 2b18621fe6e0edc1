-- The change-log triggers made shorter, to the same effect (changelog.install_triggers, which
-- every migration runs): the clock's stamp and tick named once, as the views hlc_current and
-- hlc_next, and TEXT columns logged as they are. SQLite parses all of them on each
-- connection's first statement: 204 KB of trigger text before, 112 KB now.
SELECT 1;
