-- CREATE VIEW (typed columns in the catalog) and ALTER TABLE.
CREATE TABLE orders (id int PRIMARY KEY, placed timestamptz NOT NULL, total float8, note text);
INSERT INTO orders VALUES (1, '2024-03-09 23:30:00+00', 10.5, 'a'), (2, '2024-03-10 12:00:00+00', 20, NULL), (3, '2024-11-03 05:30:00+00', 7.25, 'c');
CREATE VIEW daily AS SELECT date_trunc('day', placed) AS day, count(*) AS n, sum(total) AS total FROM orders GROUP BY 1;
CREATE VIEW recent (order_id, at) AS SELECT id, placed FROM orders WHERE placed > '2024-03-10';

-- case: view_columns_are_typed
SELECT day, n, total FROM daily ORDER BY day;

-- case: view_with_column_names
-- zone: America/New_York
SELECT order_id, at, at::date AS d FROM recent WHERE at < '2024-12-01' ORDER BY order_id;

-- case: view_in_join_and_date_math
SELECT r.order_id, r.at + interval '1 day' AS next FROM recent r JOIN orders o ON o.id = r.order_id ORDER BY 1;

-- case: create_view_twice
CREATE VIEW daily AS SELECT 1 AS x;

-- case: create_or_replace_view
CREATE OR REPLACE VIEW recent (order_id, at) AS SELECT id, placed FROM orders WHERE placed > '2024-11-01';

-- case: replaced_view
SELECT order_id FROM recent ORDER BY 1;

-- case: drop_view
DROP VIEW daily;

-- case: dropped_view_is_gone
SELECT * FROM daily;

-- case: add_column_with_default
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'open';

-- case: add_column_interval_default
ALTER TABLE orders ADD COLUMN sla interval DEFAULT '2 days';

-- case: added_columns_are_typed
-- zone: Europe/London
SELECT id, status, placed + sla AS due FROM orders ORDER BY id;

-- case: add_existing_column
ALTER TABLE orders ADD COLUMN status text;

-- case: add_column_if_not_exists
ALTER TABLE orders ADD COLUMN IF NOT EXISTS status text;

-- case: rename_column
ALTER TABLE orders RENAME COLUMN note TO remark;

-- case: renamed_column
SELECT id, remark FROM orders ORDER BY id;

-- case: old_column_name_is_gone
SELECT note FROM orders;

-- case: drop_column
ALTER TABLE orders DROP COLUMN remark;

-- case: after_drop
SELECT * FROM orders ORDER BY id;

-- case: rename_table
ALTER TABLE orders RENAME TO purchases;

-- case: renamed_table
SELECT count(*) FROM purchases;

-- case: add_column_computed_default_unsupported
-- expect: unsupported
ALTER TABLE purchases ADD COLUMN seen timestamptz DEFAULT now();

-- case: alter_type_unsupported
-- expect: unsupported
ALTER TABLE purchases ALTER COLUMN total TYPE int;

-- case: comment_on_is_a_no_op
COMMENT ON TABLE purchases IS 'orders, renamed';

-- case: create_extension_is_a_no_op
CREATE EXTENSION IF NOT EXISTS plpgsql;

-- case: create_table_for_late_columns
CREATE TABLE late_columns (id int PRIMARY KEY);

-- case: add_not_null_column_to_empty_table
ALTER TABLE late_columns ADD COLUMN name text NOT NULL;

-- case: added_not_null_accepts_values
INSERT INTO late_columns (id, name) VALUES (1, 'a') RETURNING *;

-- case: added_not_null_rejects_null
INSERT INTO late_columns (id) VALUES (2);

-- case: added_not_null_follows_rename
ALTER TABLE late_columns RENAME COLUMN name TO title;

-- case: added_not_null_renamed_rejects_null_update
UPDATE late_columns SET title = NULL;

-- case: add_not_null_column_to_table_with_rows
ALTER TABLE late_columns ADD COLUMN born date NOT NULL;

-- case: add_not_null_with_check_unsupported
-- expect: unsupported
ALTER TABLE late_columns ADD COLUMN n int NOT NULL CHECK (n > 0);

-- case: added_not_null_table_contents
SELECT * FROM late_columns;

-- case: search_path_default
SET search_path TO "$user", public;

-- case: search_path_public
SET search_path = public;

-- case: show_search_path
SHOW search_path;

-- case: search_path_other_schema
-- expect: unsupported
SET search_path TO reporting, public;
