-- The locking clause: FOR UPDATE / FOR SHARE [OF …] [SKIP LOCKED] return
-- the rows they lock (pgshim takes the file's write lock instead of row
-- locks, see docs/compatibility.md), and PostgreSQL's refusals where the
-- rows are not a table's. Cases run in order on one session.
CREATE TABLE lk (id int PRIMARY KEY, v int, at timestamptz);
INSERT INTO lk VALUES (1, 10, '2024-03-10 06:30:00+00'), (2, 20, '2024-11-03 05:30:00+00'), (3, 30, NULL);

-- case: for_update
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT id, v, at FROM lk ORDER BY id FOR UPDATE;

-- case: for_share_where
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT id, v FROM lk WHERE v > 15 ORDER BY id FOR SHARE;

-- case: for_update_of_alias_skip_locked
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT a.id FROM lk a WHERE a.id >= 2 ORDER BY a.id LIMIT 1 FOR UPDATE OF a SKIP LOCKED;

-- case: for_update_join_of_one
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT a.id, b.v FROM lk a JOIN lk b ON b.id = a.id + 1 ORDER BY a.id FOR UPDATE OF a;

-- case: for_update_then_for_share
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT id FROM lk WHERE id = 1 FOR UPDATE FOR SHARE;

-- case: for_update_no_from
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT 1 AS one FOR UPDATE;

-- case: for_update_subquery_in_from
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT s.id FROM (SELECT id FROM lk WHERE id < 3) s ORDER BY s.id FOR UPDATE;

-- case: for_update_cte
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
WITH c AS (SELECT id, v FROM lk) SELECT id, v FROM c ORDER BY id FOR UPDATE;

-- case: for_update_in_a_subquery
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT id FROM lk WHERE id IN (SELECT id FROM lk WHERE v >= 20 FOR UPDATE) ORDER BY id;

-- case: for_update_with_params
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
-- params: [2]
SELECT v FROM lk WHERE id = $1 FOR UPDATE;

-- case: block_begin
BEGIN;

-- case: block_for_update
-- extension: the loaded extension refuses FOR UPDATE/SHARE (a host transaction takes no row locks)
SELECT v FROM lk WHERE id = 1 FOR UPDATE;

-- case: block_update
UPDATE lk SET v = v + 1 WHERE id = 1;

-- case: block_commit
COMMIT;

-- case: block_after
SELECT v FROM lk WHERE id = 1;

-- case: aggregate_refused
SELECT count(*) FROM lk FOR UPDATE;

-- case: distinct_refused
SELECT DISTINCT v FROM lk FOR SHARE;

-- case: group_by_refused
SELECT v FROM lk GROUP BY v FOR UPDATE;

-- case: having_refused
SELECT 1 FROM lk HAVING true FOR UPDATE;

-- case: union_refused
SELECT v FROM lk UNION SELECT v FROM lk FOR SHARE;

-- case: window_refused
SELECT row_number() OVER () FROM lk FOR UPDATE;

-- case: set_returning_refused
SELECT generate_series(1, 2) FROM lk FOR UPDATE;

-- case: of_unknown_relation
SELECT * FROM lk FOR UPDATE OF nope;

-- case: of_table_hidden_by_alias
SELECT * FROM lk a FOR UPDATE OF lk;

-- case: nowait
-- expect: unsupported
SELECT * FROM lk FOR UPDATE NOWAIT;
