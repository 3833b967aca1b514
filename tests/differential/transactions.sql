-- Transaction blocks and savepoints (what pgshim::Transaction runs):
-- SAVEPOINT, ROLLBACK TO [SAVEPOINT], RELEASE [SAVEPOINT], nesting and
-- reused names, and PostgreSQL's errors outside a block. Cases run in
-- order on one session, so a block spans several cases.
CREATE TABLE t (x int PRIMARY KEY);
CREATE TABLE fp (id int PRIMARY KEY);
CREATE TABLE fc (id int PRIMARY KEY, p_id int REFERENCES fp (id) DEFERRABLE INITIALLY DEFERRED);
INSERT INTO fp VALUES (1);

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

-- SET inside a block is undone with the block (or the savepoint it came
-- after), and so is DDL. (The harness sets each case's time zone, so
-- these cases watch IntervalStyle and application_name.)

-- case: begin_for_set_and_ddl
BEGIN;

-- case: set_interval_style_in_a_block
SET IntervalStyle = 'iso_8601';

-- case: interval_style_in_the_block
SELECT interval '1 day 2 hours' AS i;

-- case: create_table_in_the_block
CREATE TABLE rolled (a int);

-- case: insert_into_the_new_table
INSERT INTO rolled VALUES (1);

-- case: rollback_undoes_set_and_ddl
ROLLBACK;

-- case: interval_style_after_rollback
SHOW IntervalStyle;

-- case: table_after_rollback
SELECT a FROM rolled;

-- case: begin_for_savepoint_settings
BEGIN;

-- case: set_application_name_before_the_savepoint
SET application_name = 'before';

-- case: savepoint_for_settings
SAVEPOINT s;

-- case: set_application_name_after_the_savepoint
SET application_name = 'after';

-- case: set_interval_style_after_the_savepoint
SET IntervalStyle = 'sql_standard';

-- case: create_table_after_the_savepoint
CREATE TABLE rolled_back_to (b int);

-- case: rollback_to_the_savepoint_for_settings
ROLLBACK TO SAVEPOINT s;

-- case: application_name_after_rollback_to
SHOW application_name;

-- case: interval_style_after_rollback_to
SELECT interval '-1 day 2 hours' AS i;

-- case: savepoint_released
SAVEPOINT r;

-- case: set_application_name_in_a_released_savepoint
SET application_name = 'released';

-- case: release_keeps_the_setting
RELEASE SAVEPOINT r;

-- case: application_name_after_release
SHOW application_name;

-- case: commit_keeps_the_settings
COMMIT;

-- case: application_name_after_commit
SHOW application_name;

-- case: table_rolled_back_to_is_gone
SELECT b FROM rolled_back_to;

-- case: reset_application_name
RESET application_name;

-- case: application_name_after_reset
SHOW application_name;

-- case: aborted_begin
BEGIN;

-- case: aborted_insert_kept_until_the_error
INSERT INTO t VALUES (100);

-- case: aborted_by_a_unique_violation
INSERT INTO t VALUES (100);

-- case: aborted_select_is_refused
-- extension: a SQLite host's transaction goes on after an error
SELECT count(*) FROM t;

-- case: aborted_insert_is_refused
-- extension: a SQLite host's transaction goes on after an error
INSERT INTO t VALUES (101);

-- case: aborted_commit_rolls_back
COMMIT;

-- case: aborted_block_left_nothing
-- extension: a SQLite host's transaction goes on after an error
SELECT count(*) FROM t WHERE x >= 100;

-- case: savepoint_block_begin
BEGIN;

-- case: savepoint_block_insert
INSERT INTO t VALUES (200);

-- case: savepoint_block_savepoint
SAVEPOINT s;

-- case: savepoint_block_error_in_translation
SELECT no_such_column FROM t;

-- case: savepoint_block_refused
-- extension: a SQLite host's transaction goes on after an error
SELECT 1;

-- case: savepoint_block_rollback_to_ends_the_abort
ROLLBACK TO SAVEPOINT s;

-- case: savepoint_block_runs_again
SELECT count(*) FROM t WHERE x >= 200;

-- case: savepoint_block_runtime_error
SELECT 1 / 0;

-- case: savepoint_block_rollback
ROLLBACK;

-- case: savepoint_block_left_nothing
SELECT count(*) FROM t WHERE x >= 200;

-- case: serializable_begin
BEGIN ISOLATION LEVEL SERIALIZABLE;

-- case: serializable_insert
INSERT INTO t VALUES (300);

-- case: serializable_commit
COMMIT;

-- case: repeatable_read_read_write_begin
START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ WRITE;

-- case: repeatable_read_sees_the_commit
SELECT count(*) FROM t WHERE x >= 300;

-- case: repeatable_read_rollback
ROLLBACK;

-- case: read_committed_begin
BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED;

-- case: read_committed_insert
INSERT INTO t VALUES (301);

-- case: read_committed_rollback
ROLLBACK;

-- case: read_committed_left_nothing
SELECT count(*) FROM t WHERE x >= 300;

-- case: read_only_is_refused
-- expect: unsupported
BEGIN READ ONLY;

-- case: isolation_outside_a_block
SHOW transaction isolation level;

-- case: isolation_default
SHOW default_transaction_isolation;

-- case: isolation_serializable_begin
BEGIN ISOLATION LEVEL SERIALIZABLE;

-- case: isolation_serializable_shown
SHOW transaction_isolation;

-- case: isolation_serializable_commit
COMMIT;

-- case: isolation_after_the_block
SELECT current_setting('transaction_isolation');

-- case: isolation_repeatable_read_begin
BEGIN ISOLATION LEVEL REPEATABLE READ;

-- case: isolation_repeatable_read_shown
SHOW transaction isolation level;

-- case: isolation_repeatable_read_rollback
ROLLBACK;

-- case: isolation_read_uncommitted_begin
BEGIN ISOLATION LEVEL READ UNCOMMITTED;

-- case: isolation_read_uncommitted_shown
SHOW transaction_isolation;

-- case: isolation_read_uncommitted_reads
SELECT count(*) > 0 FROM t;

-- case: isolation_read_uncommitted_commit
COMMIT;

-- case: isolation_plain_block_is_read_committed
BEGIN;

-- case: isolation_plain_block_shown
SHOW transaction_isolation;

-- case: isolation_plain_block_end
COMMIT;

-- case: isolation_is_set_by_begin
-- expect: unsupported
SET transaction_isolation = 'serializable';

-- Deferred foreign keys: checked at COMMIT (which then rolls the block
-- back), or at once and after each statement after SET CONSTRAINTS ALL
-- IMMEDIATE, as Django's test cases do.

-- case: set_constraints_outside_a_block
-- extension: SET CONSTRAINTS is refused through the extension (a SQLite host checks deferred foreign keys at its own COMMIT)
SET CONSTRAINTS ALL IMMEDIATE;

-- case: deferred_begin
BEGIN;

-- case: deferred_insert_broken_key
INSERT INTO fc VALUES (1, 5);

-- case: deferred_row_is_there
SELECT count(*) FROM fc;

-- case: deferred_commit_fails
-- extension: a SQLite host's COMMIT fails with SQLite's message and keeps the transaction open
COMMIT;

-- case: deferred_commit_rolled_back
-- extension: the host's transaction is still open after its failed COMMIT
SELECT count(*) FROM fc;

-- case: immediate_begin
-- extension: the host's transaction is still open after its failed COMMIT
BEGIN;

-- case: immediate_insert_broken_key
INSERT INTO fc VALUES (2, 5);

-- case: immediate_checks_pending
-- extension: SET CONSTRAINTS is refused through the extension
SET CONSTRAINTS ALL IMMEDIATE;

-- case: immediate_block_aborted
-- extension: a SQLite host's transaction goes on after an error
SELECT count(*) FROM fc;

-- case: immediate_rollback
ROLLBACK;

-- case: immediate_then_insert_begin
BEGIN;

-- case: immediate_then_insert_set
-- extension: SET CONSTRAINTS is refused through the extension
SET CONSTRAINTS ALL IMMEDIATE;

-- case: immediate_then_insert_good
INSERT INTO fc VALUES (3, 1);

-- case: immediate_then_insert_broken
-- extension: without SET CONSTRAINTS the host defers the check to its COMMIT
INSERT INTO fc VALUES (4, 7);

-- case: immediate_then_insert_rollback
ROLLBACK;

-- case: deferred_again_begin
BEGIN;

-- case: deferred_again_immediate
-- extension: SET CONSTRAINTS is refused through the extension
SET CONSTRAINTS ALL IMMEDIATE;

-- case: deferred_again_deferred
-- extension: SET CONSTRAINTS is refused through the extension
SET CONSTRAINTS ALL DEFERRED;

-- case: deferred_again_broken_then_fixed
INSERT INTO fc VALUES (5, 7);

-- case: deferred_again_fix
UPDATE fc SET p_id = 1 WHERE id = 5;

-- case: deferred_again_commit
COMMIT;

-- case: deferred_again_rows
SELECT id, p_id FROM fc ORDER BY id;

-- case: set_constraints_named
-- expect: unsupported
SET CONSTRAINTS fc_p_id_fkey IMMEDIATE;
