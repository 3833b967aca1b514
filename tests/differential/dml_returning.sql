-- INSERT, UPDATE, DELETE, with and without RETURNING; assignment rules.
CREATE TABLE errs (id integer, title varchar(20) NOT NULL, prio smallint DEFAULT 3, n integer);
CREATE TABLE tasks (id serial PRIMARY KEY, title varchar(20) NOT NULL, prio smallint DEFAULT 3, done boolean NOT NULL DEFAULT false, est double precision, n integer);

-- case: insert_plain
INSERT INTO tasks (title) VALUES ('first');

-- case: insert_many_returning
INSERT INTO tasks (title, prio, done) VALUES ('second', 1, 't'), ('third', DEFAULT, 'no') RETURNING id, title, prio, done;

-- case: insert_default_mixed
INSERT INTO tasks (title, prio, est) VALUES ('fourth', 2, DEFAULT), ('fifth', DEFAULT, 1.25) RETURNING *;

-- case: insert_select
INSERT INTO tasks (title, prio) SELECT title || '!', prio FROM tasks WHERE prio < 3 RETURNING id, title;

-- case: insert_assignment_rounds_float_to_int
INSERT INTO tasks (title, n, est) VALUES ('round', 2.5, 3) RETURNING n, est;

-- case: insert_assignment_rounds_half_even
INSERT INTO tasks (title, n) VALUES ('round2', 3.5::float8) RETURNING n;

-- case: after_inserts
SELECT * FROM tasks ORDER BY id;

-- case: update_plain
UPDATE tasks SET done = true WHERE prio = 1;

-- case: update_returning_expr
UPDATE tasks SET prio = prio + 1, est = coalesce(est, 0) + 0.5 WHERE NOT done RETURNING id, prio, est, prio * 10 AS scaled;

-- case: update_alias
UPDATE tasks AS t SET title = upper(t.title) WHERE t.id = 1 RETURNING t.title;

-- case: update_no_match
UPDATE tasks SET n = 1 WHERE id < 0;

-- case: delete_returning
DELETE FROM tasks WHERE title LIKE '%!' RETURNING id, title;

-- case: delete_plain
DELETE FROM tasks WHERE done;

-- case: serial_not_reused
INSERT INTO tasks (title) VALUES ('after delete') RETURNING id;

-- case: final_state
SELECT id, title, prio, done, est, n FROM tasks ORDER BY id;

-- case: insert_text_to_int_error
INSERT INTO errs (title, n) VALUES ('bad', 'abc');

-- case: insert_smallint_range
INSERT INTO errs (title, prio) VALUES ('big', 40000);

-- case: insert_smallint_range_expr
INSERT INTO errs (title, prio) VALUES ('big', 20000 * 2);

-- case: insert_varchar_too_long
INSERT INTO errs (title) VALUES ('this title is far too long');

-- case: insert_not_null_violation
INSERT INTO errs (title) VALUES (NULL);

-- case: failed_insert_takes_an_id
INSERT INTO tasks (title) VALUES (NULL);

-- case: serial_gap_after_failed_insert
INSERT INTO tasks (title) VALUES ('after failure') RETURNING id;

-- case: integer_overflow
SELECT 2147483647 + 1;

-- case: bigint_overflow
SELECT 9223372036854775807::bigint + 1;

-- case: division_by_zero
SELECT 1 / 0;

-- case: modulo_by_zero
SELECT 5 % 0;

-- case: float_division_by_zero
SELECT 1.5::float8 / 0;

-- case: integer_division
SELECT 7 / 2 AS a, -7 / 2 AS b, 7 % -3 AS c, -7 % 3 AS d;

-- case: float_to_int_rounding
SELECT 2.5::float8::int AS a, 3.5::float8::int AS b, (-2.5)::float8::int AS c, 1.5::int AS d, 2.5::int AS e;

-- case: int_input_errors
SELECT '12abc'::int;

-- case: int_input_range
SELECT '99999999999'::int;

-- case: insert_default_values
CREATE TABLE stamped (id serial PRIMARY KEY, a timestamptz DEFAULT CURRENT_TIMESTAMP, b date DEFAULT CURRENT_DATE, c interval DEFAULT '1 day', d text DEFAULT 'x');

-- case: insert_default_values_returning
-- zone: Pacific/Chatham
INSERT INTO stamped DEFAULT VALUES RETURNING id, a = now() AS a_now, b = current_date AS b_today, c, d;
