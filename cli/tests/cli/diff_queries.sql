-- Application queries for `pgshim diff` (cli/tests/cli.rs), in the order
-- the app runs them.
SELECT title, at + took AS done FROM events ORDER BY id;
SELECT date_trunc('day', at) AS day, count(*) FROM events GROUP BY 1 ORDER BY 1;
-- params: ["2024-03-10"]
SELECT count(*) FROM events WHERE at::date = $1;
SELECT short_title(title) AS short FROM events ORDER BY id;
UPDATE events SET took = took * 2 WHERE took IS NOT NULL;
SELECT id, title, extract(hour FROM at) AS h, took FROM events ORDER BY id;
SELECT to_char(at, 'FMDay DD Mon YYYY HH24:MI TZ') FROM events;
