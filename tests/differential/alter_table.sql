-- ALTER TABLE actions SQLite cannot do in place (pgshim rebuilds the
-- table): ADD CONSTRAINT, ALTER COLUMN SET/DROP DEFAULT, SET/DROP NOT NULL,
-- in pg_dump's spelling (ONLY, public.) and Rails' migrations' spelling.
CREATE TABLE public.users (id integer NOT NULL, email character varying(40), created_at timestamp(6) without time zone NOT NULL);
CREATE TABLE public.tickets (id bigint NOT NULL, user_id integer, state text DEFAULT 'open', priority integer, opened_at timestamp with time zone);
CREATE INDEX index_tickets_on_state ON public.tickets USING btree (state);
INSERT INTO users VALUES (1, 'a@example.com', '2024-03-10 02:30'), (2, 'b@example.com', '2024-11-03 01:30'), (2, 'dup@example.com', '2024-01-01');
INSERT INTO tickets VALUES (10, 1, 'open', 1, '2024-03-10 02:30-05'), (11, 2, 'closed', 3, '2024-11-03 01:30-04'), (12, 9, 'open', NULL, NULL);

-- case: primary_key_over_duplicates
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

-- case: remove_duplicate
DELETE FROM users WHERE email = 'dup@example.com';

-- case: primary_key
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

-- case: second_primary_key
ALTER TABLE users ADD PRIMARY KEY (email);

-- case: primary_key_enforced
INSERT INTO users VALUES (1, 'again@example.com', '2024-05-05');

-- case: unique_constraint
ALTER TABLE ONLY public.users ADD CONSTRAINT users_email_key UNIQUE (email);

-- case: unique_enforced
INSERT INTO users VALUES (3, 'a@example.com', '2024-05-05');

-- case: foreign_key_over_orphans
ALTER TABLE ONLY public.tickets ADD CONSTRAINT fk_rails_user FOREIGN KEY (user_id) REFERENCES public.users(id);

-- case: fix_orphan
UPDATE tickets SET user_id = 1 WHERE id = 12;

-- case: foreign_key
ALTER TABLE ONLY public.tickets ADD CONSTRAINT fk_rails_user FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

-- case: foreign_key_enforced
INSERT INTO tickets (id, user_id) VALUES (13, 99);

-- case: tickets_primary_key
ALTER TABLE ONLY public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);

-- case: parent_rebuilt_keeps_children
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

-- case: cascade_after_rebuilds
DELETE FROM users WHERE id = 2;

-- case: children_after_cascade
SELECT id, user_id, state FROM tickets ORDER BY id;

-- case: check_over_rows
ALTER TABLE tickets ADD CONSTRAINT priority_small CHECK (priority < 2);

-- case: check_default_name_over_rows
ALTER TABLE tickets ADD CHECK (priority > 1);

-- case: check
ALTER TABLE tickets ADD CONSTRAINT priority_positive CHECK (priority > 0);

-- case: check_enforced
INSERT INTO tickets (id, user_id, priority) VALUES (14, 1, 0);

-- case: set_default
ALTER TABLE tickets ALTER COLUMN priority SET DEFAULT 2;

-- case: default_applied
INSERT INTO tickets (id, user_id) VALUES (15, 1) RETURNING id, state, priority;

-- case: set_default_timestamptz
ALTER TABLE tickets ALTER COLUMN opened_at SET DEFAULT '2025-01-01 00:00:00+00';

-- case: timestamptz_default_applied
-- zone: America/New_York
INSERT INTO tickets (id, user_id) VALUES (16, 1) RETURNING opened_at;

-- case: drop_default
ALTER TABLE tickets ALTER COLUMN state DROP DEFAULT;

-- case: default_dropped
INSERT INTO tickets (id, user_id) VALUES (17, 1) RETURNING state, priority;

-- case: set_not_null_over_nulls
ALTER TABLE tickets ALTER COLUMN state SET NOT NULL;

-- case: drop_not_null
ALTER TABLE users ALTER COLUMN created_at DROP NOT NULL;

-- case: null_allowed
INSERT INTO users (id, email) VALUES (5, 'e@example.com') RETURNING id, created_at;

-- case: drop_not_null_of_primary_key
ALTER TABLE users ALTER COLUMN id DROP NOT NULL;

-- case: index_survives
SELECT count(*) FROM tickets WHERE state = 'open';

-- case: varchar_length_survives
INSERT INTO users (id, email) VALUES (6, 'a-very-long-address-that-is-over-forty@example.com');

-- case: timestamp_precision_survives
INSERT INTO users (id, email, created_at) VALUES (7, 'p@example.com', '2024-01-01 00:00:00.1234567') RETURNING created_at;

-- case: missing_column
ALTER TABLE tickets ALTER COLUMN nosuch SET DEFAULT 1;

-- case: missing_table
ALTER TABLE nosuch ADD CHECK (1 > 0);

-- case: not_valid_unsupported
-- expect: unsupported
ALTER TABLE tickets ADD CONSTRAINT later CHECK (id > 0) NOT VALID;

-- case: column_to_drop
ALTER TABLE tickets ADD COLUMN note text;

-- case: drop_column_cascade_without_dependents
ALTER TABLE tickets DROP COLUMN note CASCADE;

-- case: drop_column_restrict
ALTER TABLE tickets DROP COLUMN opened_at RESTRICT;

-- case: columns_after_drops
SELECT * FROM tickets ORDER BY id;

-- case: django_like_index
CREATE INDEX users_email_like ON users (email varchar_pattern_ops);

-- case: django_like_index_serves_like
SELECT id FROM users WHERE email LIKE 'a%' ORDER BY id;

-- case: pattern_ops_of_text
CREATE INDEX tickets_state_like ON tickets (state text_pattern_ops);

-- case: pattern_ops_on_an_integer
CREATE INDEX users_id_like ON users (id text_pattern_ops);

-- case: other_operator_classes_unsupported
-- expect: unsupported
CREATE INDEX users_email_ops ON users (email varchar_ops);

-- case: index_definitions_with_operator_classes
SELECT c.relname, pg_get_indexdef(i.indexrelid), pg_get_indexdef(i.indexrelid, 1, true)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE '%like' ORDER BY 1;

-- case: string_type_table
CREATE TABLE p (id int PRIMARY KEY, name varchar(10) NOT NULL UNIQUE, note text DEFAULT 'n', pad varchar(6));

-- case: string_type_rows
INSERT INTO p VALUES (1, 'abc', 'x', 'ab   '), (2, 'abcdefghij', 'a long note here', 'abc   ');

-- case: varchar_widened
ALTER TABLE p ALTER COLUMN name TYPE varchar(20);

-- case: widened_takes_longer
INSERT INTO p VALUES (3, 'abcdefghijklmnop', 'y', NULL);

-- case: varchar_narrowed_over_longer_values
ALTER TABLE p ALTER COLUMN name TYPE varchar(5);

-- case: text_to_varchar_over_longer_values
ALTER TABLE p ALTER COLUMN note TYPE varchar(8);

-- case: text_to_varchar
ALTER TABLE p ALTER COLUMN note SET DATA TYPE varchar(20);

-- case: trailing_spaces_cut_to_the_length
ALTER TABLE p ALTER COLUMN pad TYPE varchar(3);

-- case: varchar_to_text
ALTER TABLE p ALTER COLUMN name TYPE text;

-- case: text_takes_any_length
INSERT INTO p VALUES (4, repeat('z', 30), 'ok', 'q');

-- case: constraints_kept
INSERT INTO p VALUES (5, 'abc', 'dup', NULL);

-- case: string_types_after
SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = 'p'::regclass AND a.attnum > 0 ORDER BY a.attnum;

-- case: string_rows_after
SELECT id, name, note, pad, length(pad) FROM p ORDER BY id;

-- case: other_type_changes_unsupported
-- expect: unsupported
ALTER TABLE p ALTER COLUMN id TYPE bigint;

-- case: type_change_with_using_unsupported
-- expect: unsupported
ALTER TABLE p ALTER COLUMN note TYPE varchar(30) USING upper(note);
