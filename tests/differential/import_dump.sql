-- pgshim import: this setup runs on PostgreSQL, pg_dump writes it out
-- (tests/differential/import_dump.dump.sql, recorded with the answers),
-- and pgshim imports that dump; then both answer the cases.
CREATE TABLE users (id bigserial PRIMARY KEY, email character varying(40) NOT NULL UNIQUE, name text, created_at timestamp(6) without time zone NOT NULL, zone text DEFAULT 'UTC');
CREATE TABLE tickets (id serial PRIMARY KEY, user_id bigint REFERENCES users(id) ON DELETE CASCADE, subject text, opened_at timestamp with time zone, due date, spent interval, amount numeric(10,2), urgent boolean DEFAULT false, CONSTRAINT amount_not_negative CHECK (amount >= 0));
CREATE TABLE comments (id bigserial PRIMARY KEY, ticket_id integer NOT NULL REFERENCES tickets(id), body text NOT NULL, at timestamp(3) with time zone DEFAULT now());
CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 5;
CREATE INDEX tickets_opened_at ON tickets (opened_at);
CREATE INDEX tickets_user_opened ON tickets USING btree (user_id, opened_at DESC);
CREATE UNIQUE INDEX comments_ticket_body ON comments (ticket_id, body);
CREATE VIEW urgent_tickets AS SELECT id, subject FROM tickets WHERE urgent;
COMMENT ON TABLE tickets IS 'support tickets';
INSERT INTO users (email, name, created_at, zone) VALUES ('ana@example.com', 'Ana', '2024-03-10 02:30:00.123456', 'America/New_York'), ('bo@example.com', E'Bo\tTab', '2024-11-03 01:30:00', 'Europe/Dublin'), ('cy@example.com', NULL, '0044-03-15 12:00 BC', DEFAULT);
INSERT INTO tickets (user_id, subject, opened_at, due, spent, amount, urgent) VALUES (1, E'printer\nbroken', '2024-03-10 02:30-05', '2024-03-11', '1 day 02:00', 12.5, true), (2, 'back\\slash', '2024-11-03 01:30-04', NULL, '-1 mons +3 days', 0, false), (2, NULL, NULL, '10000-01-01', '@ 1 hour ago', NULL, NULL), (3, 'leap', '2024-02-29 23:59:59.999999+00', '2024-02-29', '1 year 2 mons', 99999999.99, true);
INSERT INTO comments (ticket_id, body, at) VALUES (1, 'first', '2024-03-10 07:30:00.123+00'), (1, 'second', '2024-03-10 08:00+00'), (4, 'leap comment', '2024-02-29 12:00+00');
DELETE FROM tickets WHERE id = 3;
SELECT setval('invoice_numbers', 1010);

-- case: users_as_loaded
-- zone: America/New_York
SELECT id, email, name, created_at, zone FROM users ORDER BY id;

-- case: tickets_as_loaded
-- zone: America/New_York
SELECT id, user_id, subject, opened_at, due, spent, amount, urgent FROM tickets ORDER BY id;

-- case: comments_as_loaded
-- zone: Europe/Dublin
SELECT id, ticket_id, body, at FROM comments ORDER BY id;

-- case: view_as_loaded
SELECT id, subject FROM urgent_tickets ORDER BY id;

-- case: typed_comparisons
SELECT count(*) FILTER (WHERE opened_at >= '2024-03-10') AS since, sum(amount) AS total, max(spent) AS longest, min(due) AS first_due FROM tickets;

-- case: ids_continue_after_the_last
INSERT INTO users (email, created_at) VALUES ('dee@example.com', '2025-01-01') RETURNING id, zone;

-- case: serial_ids_continue_after_a_gap
INSERT INTO tickets (user_id, subject) VALUES (1, 'new') RETURNING id, urgent;

-- case: sequence_value_kept
SELECT nextval('invoice_numbers');

-- case: currval_of_owned_sequence
SELECT currval('tickets_id_seq');

-- case: unique_holds
INSERT INTO users (email, created_at) VALUES ('ana@example.com', '2025-01-01');

-- case: unique_index_holds
INSERT INTO comments (ticket_id, body) VALUES (1, 'first');

-- case: check_holds
INSERT INTO tickets (user_id, amount) VALUES (1, -1);

-- case: not_null_holds
INSERT INTO comments (ticket_id) VALUES (1);

-- case: varchar_length_holds
INSERT INTO users (email, created_at) VALUES ('a-very-long-address-that-is-over-forty@example.com', '2025-01-01');

-- case: foreign_key_holds
INSERT INTO comments (ticket_id, body) VALUES (99, 'orphan');

-- case: cascade_holds
DELETE FROM users WHERE id = 2;

-- case: after_cascade
SELECT id, user_id FROM tickets ORDER BY id;

-- case: timestamp_precision_kept
INSERT INTO comments (ticket_id, body, at) VALUES (1, 'precise', '2025-01-01 00:00:00.123456+00') RETURNING at;

