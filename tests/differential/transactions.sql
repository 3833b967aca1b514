-- Transaction blocks and savepoints (what pgshim::Transaction runs):
-- SAVEPOINT, ROLLBACK TO [SAVEPOINT], RELEASE [SAVEPOINT], nesting and
-- reused names, and PostgreSQL's errors outside a block. Cases run in
-- order on one session, so a block spans several cases.
CREATE TABLE t (x int PRIMARY KEY);

-- case: savepoint_outside_a_block
-- extension: a SQLite host's SAVEPOINT outside a transaction starts one (pgshim's connection refuses it as PostgreSQL does)
SAVEPOINT a;

-- case: release_outside_a_block
-- extension: SQLite's RELEASE of no savepoint says "no such savepoint"
RELEASE SAVEPOINT a;

-- case: rollback_to_outside_a_block
-- extension: SQLite's ROLLBACK TO of no savepoint says "no such savepoint"
ROLLBACK TO SAVEPOINT a;

-- case: begin
BEGIN;

-- case: insert_1
INSERT INTO t VALUES (1);

-- case: savepoint_a
SAVEPOINT a;

-- case: insert_2
INSERT INTO t VALUES (2);

-- case: rollback_to_a
ROLLBACK TO SAVEPOINT a;

-- case: after_rollback_to
SELECT x FROM t ORDER BY x;

-- case: insert_3_after_rollback_to
INSERT INTO t VALUES (3);

-- case: savepoint_b
SAVEPOINT b;

-- case: insert_4
INSERT INTO t VALUES (4);

-- case: savepoint_b_again
SAVEPOINT b;

-- case: insert_5
INSERT INTO t VALUES (5);

-- case: rollback_to_latest_b
ROLLBACK TO b;

-- case: after_rollback_to_latest_b
SELECT x FROM t ORDER BY x;

-- case: release_b_and_a
RELEASE a;

-- case: commit
COMMIT;

-- case: committed
SELECT x FROM t ORDER BY x;

-- case: rollback_whole_block
BEGIN;

-- case: insert_6
INSERT INTO t VALUES (6);

-- case: rollback
ROLLBACK;

-- case: rolled_back
SELECT x FROM t ORDER BY x;

-- case: begin_again
BEGIN;

-- case: rollback_to_a_savepoint_that_is_not_there
ROLLBACK TO SAVEPOINT nope;

-- case: rollback_ends_the_failed_block
ROLLBACK;

-- case: commit_outside_a_block
-- extension: a SQLite host runs SQLite's COMMIT, which fails outside a transaction (PostgreSQL warns)
COMMIT;

-- case: rollback_outside_a_block
-- extension: a SQLite host runs SQLite's ROLLBACK, which fails outside a transaction (PostgreSQL warns)
ROLLBACK;

-- case: begin_for_a_nested_begin
BEGIN;

-- case: begin_inside_a_block
-- extension: a SQLite host runs SQLite's BEGIN, which fails inside a transaction (PostgreSQL warns)
BEGIN;

-- case: insert_7_in_the_block
INSERT INTO t VALUES (7);

-- case: commit_the_block
COMMIT;

-- case: after_the_nested_begin
SELECT x FROM t ORDER BY x;
