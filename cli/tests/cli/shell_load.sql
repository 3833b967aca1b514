-- The README's "sqlite3 shell" example: the schema and data go in with
-- `pgshim exec`, the queries are translated with `pgshim translate --db
-- --pg-text` and run in the sqlite3 shell after `.load`.
CREATE TABLE events (id serial PRIMARY KEY, title text NOT NULL, at timestamptz NOT NULL, took interval);
INSERT INTO events (title, at, took) VALUES
  ('before the change', '2024-03-09 23:30:00-05', '3 hours'),
  ('across it', '2024-03-10 01:30:00-05', '1 day'),
  ('a, quoted "one"', '2024-11-03 01:30:00-04', NULL);
-- queries
SET TIME ZONE 'America/New_York';
SELECT id, title, at, at + took AS done, date_trunc('day', at) AS day FROM events ORDER BY id;
SELECT date_trunc('day', at)::date AS day, count(*) AS n, sum(took) AS total FROM events GROUP BY 1 ORDER BY 1;
SELECT g AS hour FROM generate_series(timestamptz '2024-03-10 00:00', '2024-03-10 04:00', interval '1 hour') AS g;
