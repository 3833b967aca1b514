-- The same queries through pgshim on the file after `pgshim dump`, and on
-- PostgreSQL in the database the dump was loaded into.
SET TIME ZONE 'America/New_York';
SELECT * FROM agents ORDER BY id;
SELECT * FROM tickets ORDER BY id;
SELECT * FROM comments ORDER BY id;
SELECT * FROM tags ORDER BY ticket_id, tag;
SELECT * FROM "Audit Log" ORDER BY "Seq";
SELECT * FROM open_tickets ORDER BY id;
SELECT * FROM open_counts ORDER BY agent;
SELECT date_trunc('day', created_at) AS day, count(*), sum(price) AS price, sum(sla) AS sla
  FROM tickets GROUP BY 1 ORDER BY 1;
SELECT id, created_at + interval '1 day' AS next_day, created_at + interval '24 hours' AS plus_24h
  FROM tickets ORDER BY id;
SET TIME ZONE 'Europe/Dublin';
SELECT id, created_at, extract(hour FROM created_at) AS hour FROM tickets ORDER BY id;
SET TIME ZONE 'UTC';
-- New rows continue where pgshim's sequences left off.
INSERT INTO agents (name, email) VALUES ('New', 'new@example.com') RETURNING id, time_zone, active;
INSERT INTO tickets (title) VALUES ('after the move') RETURNING id, status, priority, created_at IS NOT NULL AS stamped;
INSERT INTO comments (ticket_id, body, at) VALUES (7, 'first on the new side', '2025-01-01 00:00+00') RETURNING id;
INSERT INTO "Audit Log" ("user") VALUES ('new') RETURNING "Seq";
SELECT nextval('invoice_numbers') AS invoice;
SELECT last_value, is_called FROM tickets_id_seq;
