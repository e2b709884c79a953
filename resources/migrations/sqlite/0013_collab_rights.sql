-- The rights on the live-collaboration tables are PostgreSQL's (0013_collab_rights.sql there):
-- an SQLite database is one desk's file and has no logins, so this version changes nothing here.
SELECT 1;
