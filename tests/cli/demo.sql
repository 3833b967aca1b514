-- A small PostgreSQL script: `cargo run -- exec --db demo.sqlite -f fixtures/demo.sql`
-- writes demo.sqlite and prints what PostgreSQL would print.
DROP TABLE IF EXISTS tickets;
CREATE TABLE tickets (
  id serial PRIMARY KEY,
  title varchar(80) NOT NULL,
  priority smallint NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
  open boolean NOT NULL DEFAULT true,
  estimate_hours double precision
);
INSERT INTO tickets (title, priority, estimate_hours) VALUES
  ('Printer on 3rd floor jams', 2, 1.5),
  ('VPN drops every hour', 1, 4),
  ('Add "dark mode", please', 4, NULL),
  ('Reset password for Ana', 3, 0.25);
UPDATE tickets SET open = false WHERE priority = 3 RETURNING id, title, open;
SELECT priority, count(*) AS tickets, sum(estimate_hours) AS hours
  FROM tickets WHERE open GROUP BY priority ORDER BY priority;
SELECT id, title, estimate_hours IS NULL AS unestimated FROM tickets ORDER BY estimate_hours DESC, id;
