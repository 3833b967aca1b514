-- Sequences: CREATE/ALTER/DROP SEQUENCE, nextval, currval, lastval, setval,
-- sequence-backed column defaults (what pg_dump writes for serial columns).
CREATE SEQUENCE plain;
CREATE SEQUENCE down INCREMENT BY -2;
CREATE SEQUENCE small AS smallint MAXVALUE 3;
CREATE SEQUENCE ring MINVALUE 1 MAXVALUE 2 CYCLE;
CREATE TABLE orders (id bigint NOT NULL, note text);
CREATE SEQUENCE public.orders_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
INSERT INTO orders (id, note) VALUES (1, 'loaded'), (2, 'loaded');
SELECT pg_catalog.setval('public.orders_id_seq', 2, true);

-- case: lastval_before_any_nextval
SELECT lastval();

-- case: currval_before_nextval
SELECT currval('plain');

-- case: first_nextval_is_start
SELECT nextval('plain');

-- case: nextval_again_and_currval
SELECT nextval('plain') AS a, currval('plain') AS b, nextval('plain') AS c;

-- case: lastval_follows_nextval
SELECT lastval();

-- case: descending
SELECT nextval('down') AS a, nextval('down') AS b;

-- case: smallint_maximum
SELECT nextval('small') AS a, nextval('small') AS b, nextval('small') AS c;

-- case: reached_maximum
SELECT nextval('small');

-- case: cycles
SELECT nextval('ring') AS a, nextval('ring') AS b, nextval('ring') AS c;

-- case: setval_sets_currval
SELECT setval('plain', 10) AS s, currval('plain') AS c;

-- case: setval_not_called
SELECT setval('plain', 5, false) AS s, nextval('plain') AS n, currval('plain') AS c;

-- case: setval_out_of_bounds
SELECT setval('small', 7);

-- case: names_as_regclass_input
SELECT nextval('PLAIN') AS a, nextval('"plain"') AS b, nextval('public.plain') AS c, nextval('plain'::regclass) AS d;

-- case: quoted_uppercase_missing
SELECT nextval('"PLAIN"');

-- case: missing_sequence
SELECT nextval('nosuch');

-- case: table_is_not_a_sequence
SELECT nextval('orders');

-- case: default_continues_after_setval
INSERT INTO orders (note) VALUES ('new'), ('newer') RETURNING id, note;

-- case: failed_insert_still_uses_a_value
INSERT INTO orders (note, id) VALUES ('dup', nextval('orders_id_seq') - 1);

-- case: next_after_failed_insert
INSERT INTO orders (note) VALUES ('after') RETURNING id;

-- case: restart_with
ALTER SEQUENCE plain RESTART WITH 100;

-- case: after_restart_with
SELECT nextval('plain');

-- case: restart_to_start
ALTER SEQUENCE plain RESTART;

-- case: after_restart
SELECT nextval('plain');

-- case: alter_increment
ALTER SEQUENCE plain INCREMENT BY 10;

-- case: after_alter_increment
SELECT nextval('plain');

-- case: create_existing
CREATE SEQUENCE plain;

-- case: create_if_not_exists
CREATE SEQUENCE IF NOT EXISTS plain;

-- case: create_named_like_a_table
CREATE SEQUENCE orders;

-- case: start_below_minvalue
CREATE SEQUENCE bad START 0;

-- case: minvalue_above_maxvalue
CREATE SEQUENCE bad MINVALUE 5 MAXVALUE 2;

-- case: increment_zero
CREATE SEQUENCE bad INCREMENT 0;

-- case: maxvalue_out_of_type_range
CREATE SEQUENCE bad AS integer MAXVALUE 3000000000;

-- case: alter_missing
ALTER SEQUENCE nosuch RESTART;

-- case: alter_if_exists_missing
ALTER SEQUENCE IF EXISTS nosuch RESTART;

-- case: drop_used_by_default
DROP SEQUENCE orders_id_seq;

-- case: drop_sequence
DROP SEQUENCE down;

-- case: dropped_is_gone
SELECT nextval('down');

-- case: drop_missing
DROP SEQUENCE down;

-- case: drop_if_exists
DROP SEQUENCE IF EXISTS down;

-- case: drop_table_drops_owned_sequence
DROP TABLE orders;

-- case: owned_sequence_gone
SELECT nextval('orders_id_seq');

-- case: setval_null
SELECT setval('plain', NULL);

-- case: truncate_setup
CREATE TABLE parents (id bigserial PRIMARY KEY);

-- case: truncate_setup_children
CREATE TABLE children (id integer NOT NULL, parent_id bigint REFERENCES parents(id) ON DELETE CASCADE);

-- case: truncate_setup_sequence
CREATE SEQUENCE children_id_seq OWNED BY children.id;

-- case: truncate_setup_default
ALTER TABLE children ALTER COLUMN id SET DEFAULT nextval('children_id_seq');

-- case: truncate_setup_rows
INSERT INTO parents DEFAULT VALUES;

-- case: truncate_setup_child_rows
INSERT INTO children (parent_id) VALUES (1), (1) RETURNING id;

-- case: truncate_referenced_table
TRUNCATE parents;

-- case: truncate_fires_no_cascade
SELECT count(*) FROM children;

-- case: truncate_both_continue_identity
TRUNCATE parents, children;

-- case: ids_continue_after_truncate
INSERT INTO children (parent_id) VALUES (NULL) RETURNING id;

-- case: truncate_cascade_restart_identity
TRUNCATE TABLE parents RESTART IDENTITY CASCADE;

-- case: ids_restart_after_truncate
INSERT INTO children (parent_id) VALUES (NULL) RETURNING id;

-- case: serial_restarts_after_truncate
INSERT INTO parents DEFAULT VALUES RETURNING id;

-- case: truncate_missing
TRUNCATE nosuch;

-- case: serial_not_primary_key
CREATE TABLE numbered (code text PRIMARY KEY, n serial, big bigserial);

-- case: serial_not_primary_key_defaults
INSERT INTO numbered (code) VALUES ('a'), ('b') RETURNING code, n, big;

-- case: serial_not_primary_key_sequence
SELECT currval('numbered_n_seq') AS n, nextval('numbered_big_seq') AS big;

-- case: serial_not_primary_key_not_null
INSERT INTO numbered (code, n) VALUES ('c', NULL);

-- case: serial_sequence_dropped_with_table
DROP TABLE numbered;

-- case: serial_sequence_gone
SELECT nextval('numbered_n_seq');

-- case: identity_always_unsupported
-- expect: unsupported
CREATE TABLE always_numbered (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text);

-- case: cache_one_accepted
CREATE SEQUENCE cached_one CACHE 1;

-- case: cache_unsupported
-- expect: unsupported
CREATE SEQUENCE cached CACHE 20;

-- case: alter_cache_unsupported
-- expect: unsupported
ALTER SEQUENCE plain CACHE 10;

-- case: sequence_relation_step1
CREATE SEQUENCE fresh START WITH 5 INCREMENT BY 3;

-- case: sequence_relation_fresh
SELECT last_value, is_called FROM fresh;

-- case: sequence_relation_step2
SELECT nextval('fresh') AS a, nextval('fresh') AS b;

-- case: sequence_relation_called
SELECT f.last_value, f.is_called, f.last_value + 1 AS later FROM public.fresh f;

-- case: sequence_relation_restarted_step
ALTER SEQUENCE fresh RESTART WITH 42;

-- case: sequence_relation_restarted
SELECT last_value, is_called FROM fresh;

-- case: sequence_relation_setval_step
SELECT setval('ring', 2, false);

-- case: sequence_relation_joined
SELECT r.last_value AS ring, r.is_called AS ring_called, p.last_value AS plain FROM ring r, plain p;

-- case: sequence_relation_log_cnt
-- expect: unsupported
SELECT log_cnt FROM fresh;

-- case: sequence_relation_column_aliases
-- expect: unsupported
SELECT * FROM fresh AS f (a, b, c);

-- case: pg_sequence_rows
SELECT c.relname, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmax, s.seqmin, s.seqcache, s.seqcycle
FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
WHERE c.relname IN ('fresh', 'ring', 'small', 'parents_id_seq', 'children_id_seq', 'cached_one')
ORDER BY c.relname;

-- case: default_of_a_qualified_nextval_step1
CREATE TABLE qualified_default (id bigint NOT NULL);

-- case: default_of_a_qualified_nextval_step2
CREATE SEQUENCE public.qualified_default_id_seq;

-- case: default_of_a_qualified_nextval_step3
ALTER TABLE ONLY public.qualified_default ALTER COLUMN id SET DEFAULT nextval('public.qualified_default_id_seq'::regclass);

-- case: default_of_a_qualified_nextval
SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) AS default
FROM pg_attrdef d JOIN pg_class c ON c.oid = d.adrelid
JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
WHERE c.relname = 'qualified_default';

-- case: serial_of_a_quoted_table_step1
CREATE TABLE "Audit Log" ("Seq" serial PRIMARY KEY, "Who" text);

-- case: serial_of_a_quoted_table
INSERT INTO "Audit Log" ("Who") VALUES ('a'), ('b') RETURNING "Seq", "Who";

-- case: serial_of_a_quoted_table_default
SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) AS default, pg_get_serial_sequence('"Audit Log"', 'Seq') AS seq
FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
WHERE d.adrelid = '"Audit Log"'::regclass;

-- case: serial_of_a_quoted_table_position
SELECT last_value, is_called FROM "Audit Log_Seq_seq";
