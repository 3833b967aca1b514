CREATE DATABASE pgshim_db_a;
CREATE DATABASE pgshim_db_a;
CREATE DATABASE pgshim_db_b ENCODING = 'utf8' TEMPLATE template0;
\l pgshim_db_*
\c pgshim_db_a
SELECT current_database();
CREATE TABLE t (x int);
INSERT INTO t VALUES (1);
DROP DATABASE pgshim_db_a;
\c pgshim_db_b
SELECT count(*) FROM pg_class WHERE relname = 't';
BEGIN;
CREATE DATABASE pgshim_db_c;
ROLLBACK;
SELECT 1 \; CREATE DATABASE pgshim_db_c;
\c pgshim_db_a
SELECT x FROM t;
\c postgres
DROP DATABASE pgshim_db_a;
DROP DATABASE pgshim_db_a;
DROP DATABASE IF EXISTS pgshim_db_a;
DROP DATABASE pgshim_db_b;
DROP DATABASE pgshim_db_c;
\l pgshim_db_*
