-- The shared deployment's security boundary lives in PostgreSQL (see the PostgreSQL
-- 0009_security.sql and docs/security.md). An SQLite database is single-user: it only gains the
-- column the outbox shares with PostgreSQL (a mail whose link only the server-side mailer can
-- read; never set here).
ALTER TABLE outbox ADD COLUMN needs_mailer INTEGER NOT NULL DEFAULT 0;
