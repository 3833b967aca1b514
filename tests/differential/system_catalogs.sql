-- The system catalogs psql and ORMs read, computed from the file's schema
-- (pg_namespace, pg_class, pg_attribute, pg_type, pg_am, pg_index,
-- pg_roles, pg_tables, pg_views) and the functions their queries call.
-- The file's own OIDs differ from PostgreSQL's, so cases compare names,
-- kinds and flags, and join on OIDs rather than show them.
CREATE TABLE agents (id bigserial PRIMARY KEY, name text NOT NULL, email varchar(120) UNIQUE);
CREATE TABLE tickets (id bigserial PRIMARY KEY, agent_id bigint REFERENCES agents(id), title text NOT NULL, status text NOT NULL DEFAULT 'open', created_at timestamptz NOT NULL DEFAULT now(), due date, price numeric(10,2), CHECK (status <> ''));
CREATE INDEX tickets_created ON tickets (created_at);
CREATE VIEW open_tickets AS SELECT id, title FROM tickets WHERE status = 'open';
CREATE TABLE "Mixed Case" (x int);
CREATE TABLE pg_roles (x int);
CREATE TABLE pair (a int, b int, c text, PRIMARY KEY (b, a));
CREATE INDEX pair_c_a ON pair (c, a);
CREATE INDEX "Pair Desc" ON pair (c DESC, b);
CREATE INDEX pair_partial ON pair (c) WHERE a > 0;
CREATE TABLE defaults (id bigserial PRIMARY KEY, s varchar DEFAULT 'open', s2 varchar(20) DEFAULT 'x', t text DEFAULT 'it''s',
  i int DEFAULT 1, n int DEFAULT -1, b bool DEFAULT true, f float8 DEFAULT 0, num numeric(10,2) DEFAULT 1.5,
  ts timestamptz DEFAULT now(), dt date DEFAULT CURRENT_DATE, bi bigint DEFAULT 5, bs bigint DEFAULT '5',
  ts4 timestamptz DEFAULT CURRENT_TIMESTAMP, z int DEFAULT NULL, yes bool DEFAULT 'yes', big bigint DEFAULT 5000000000,
  neg numeric DEFAULT -2.5, tx text DEFAULT 'x'::varchar, st timestamptz DEFAULT statement_timestamp(), e int DEFAULT 1 + 2);
ALTER TABLE defaults ADD COLUMN added int DEFAULT 7;
ALTER TABLE defaults ALTER COLUMN s SET DEFAULT 'new';
ALTER TABLE defaults ALTER COLUMN i SET DEFAULT NULL;
ALTER TABLE defaults RENAME COLUMN t TO t2;

-- case: psql_dt
SELECT n.nspname as "Schema",
  c.relname as "Name",
  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type",
  pg_catalog.pg_get_userbyid(c.relowner) as "Owner"
FROM pg_catalog.pg_class c
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
WHERE c.relkind IN ('r','p','')
      AND n.nspname <> 'pg_catalog'
      AND n.nspname !~ '^pg_toast'
      AND n.nspname <> 'information_schema'
  AND pg_catalog.pg_table_is_visible(c.oid)
ORDER BY 1,2;

-- case: psql_di
SELECT n.nspname as "Schema",
  c.relname as "Name",
  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as "Type",
  pg_catalog.pg_get_userbyid(c.relowner) as "Owner",
  c2.relname as "Table"
FROM pg_catalog.pg_class c
     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam
     LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
     LEFT JOIN pg_catalog.pg_class c2 ON i.indrelid = c2.oid
WHERE c.relkind IN ('i','I','')
      AND n.nspname <> 'pg_catalog'
      AND n.nspname !~ '^pg_toast'
      AND n.nspname <> 'information_schema'
  AND pg_catalog.pg_table_is_visible(c.oid)
ORDER BY 1,2;

-- case: psql_dn
SELECT n.nspname AS "Name",
  pg_catalog.pg_get_userbyid(n.nspowner) AS "Owner"
FROM pg_catalog.pg_namespace n
WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
ORDER BY 1;

-- case: relations_of_the_schema
SELECT c.relname, c.relkind, c.relnatts, c.relhasindex, c.relchecks, c.relhasrules, c.relhastriggers,
       c.relpersistence, c.relisshared, c.relispartition, c.relispopulated, c.relreplident, am.amname,
       c.reloftype = 0 AS no_oftype, c.relowner = 10 AS superuser
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_am am ON am.oid = c.relam
WHERE n.nspname = 'public' ORDER BY c.relname;

-- case: columns_with_types
SELECT c.relname, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, a.atthasdef,
       a.attlen, a.attbyval, a.attalign, a.attstorage, a.attndims, a.attisdropped, a.attislocal, a.attidentity, a.attgenerated, t.typname
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relname IN ('agents', 'tickets', 'open_tickets') AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY c.relname, a.attnum;

-- case: column_collations
SELECT a.attname, a.attcollation <> 0 AS collatable
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relname = 'tickets' AND a.attnum > 0 ORDER BY a.attnum;

-- case: indexes_of_tables
SELECT t.relname AS table_name, ic.relname AS index_name, i.indisunique, i.indisprimary, i.indnatts, i.indnkeyatts, i.indisvalid, i.indisready, i.indislive, i.indimmediate, i.indisclustered
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'
ORDER BY 1, 2;

-- case: row_types_of_relations
SELECT t.typname, t.typtype, t.typcategory, t.typlen, t.typbyval, t.typdelim, t.typalign, t.typstorage,
       c.relname AS relation, e.typname AS element, a.typname AS array_type
FROM pg_type t LEFT JOIN pg_class c ON c.oid = t.typrelid LEFT JOIN pg_type e ON e.oid = t.typelem LEFT JOIN pg_type a ON a.oid = t.typarray
WHERE t.typnamespace = 2200 ORDER BY t.typname;

-- case: builtin_types
SELECT t.oid, t.typname, t.typlen, t.typbyval, t.typtype, t.typcategory, t.typispreferred, t.typdelim, t.typelem, t.typarray,
       t.typalign, t.typstorage, t.typcollation, t.typnotnull, t.typbasetype, t.typtypmod, t.typndims, t.typrelid, t.typnamespace, t.typowner
FROM pg_type t
WHERE t.typname IN ('bool','int2','int4','int8','float4','float8','numeric','text','varchar','bpchar','bytea','date','time','timestamp',
  'timestamptz','interval','timetz','oid','name','char','_int4','_text','_varchar','_int8','_numeric','_bool','_int2','_float8','void','unknown')
ORDER BY t.oid;

-- case: type_oids_rails_asks_for
SELECT t.oid, t.typname FROM pg_type AS t WHERE t.typname IN ('int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric', 'bool', 'timestamp', 'timestamptz') ORDER BY t.oid;

-- case: access_methods
SELECT oid, amname, amtype FROM pg_am ORDER BY oid;

-- case: namespaces
SELECT oid, nspname, nspowner FROM pg_namespace WHERE nspname IN ('pg_catalog', 'public', 'pg_toast') ORDER BY oid;

-- case: roles
SELECT oid, rolname, rolsuper, rolinherit, rolcreaterole, rolcreatedb, rolcanlogin, rolreplication, rolconnlimit, rolbypassrls
FROM pg_roles WHERE rolname LIKE 'pg\_%' ORDER BY oid;

-- case: superuser_role
SELECT oid, rolsuper, rolcanlogin, rolpassword, rolvaliduntil FROM pg_roles WHERE oid = 10;

-- case: pg_tables_of_public
SELECT schemaname, tablename, tableowner, tablespace, hasindexes, hasrules, hastriggers, rowsecurity FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename;

-- case: pg_views_of_public
SELECT schemaname, viewname, viewowner FROM pg_views WHERE schemaname = 'public' ORDER BY viewname;

-- case: catalogs_describe_themselves
SELECT c.oid, c.relname, c.relkind, c.relnatts FROM pg_class c WHERE c.relname IN ('pg_class', 'pg_attribute', 'pg_type', 'pg_namespace', 'pg_am', 'pg_index', 'pg_description', 'pg_inherits') ORDER BY c.oid;

-- case: catalog_columns
SELECT a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type
FROM pg_attribute a WHERE a.attrelid = 1259 AND a.attnum > 0 AND a.atttypid IN (16, 18, 19, 21, 23, 26, 700) ORDER BY a.attnum;

-- case: qualified_and_unqualified_names
SELECT count(*) = (SELECT count(*) FROM pg_class) AS same FROM pg_catalog.pg_class;

-- case: empty_catalogs
SELECT (SELECT count(*) FROM pg_description d JOIN pg_class c ON c.oid = d.objoid WHERE c.relnamespace = 2200) AS descriptions,
       (SELECT count(*) FROM pg_inherits) AS inherits;

-- case: format_type_modifiers
SELECT format_type(1043, 124) AS a, format_type(1700, 655366) AS b, format_type(1184, 3) AS c, format_type(1186, -1) AS d,
  format_type(1042, 9) AS e, format_type(1042, -1) AS f, format_type(23, NULL) AS g, format_type(99999, -1) AS h,
  format_type(NULL, 1) AS i, format_type(1005, -1) AS j, format_type(1015, 24) AS k, format_type(1083, 2) AS l,
  format_type(18, -1) AS m, format_type(19, -1) AS n, format_type(1186, 2147418118) AS o, format_type(1114, 0) AS p,
  format_type(1266, 6) AS q, format_type(1700, -1) AS r;

-- case: format_type_of_row_types
SELECT format_type(t.oid, -1) FROM pg_type t WHERE t.typname IN ('agents', '_agents') ORDER BY 1;

-- case: encodings
SELECT n, pg_encoding_to_char(n) FROM generate_series(-1, 43) AS n ORDER BY n;

-- case: visibility_and_owner_functions
SELECT pg_table_is_visible(1259) AS catalog, pg_table_is_visible(999999) AS nothing,
  pg_get_userbyid(10) AS superuser, pg_get_userbyid(12345) AS unknown, pg_get_userbyid(NULL) AS null_role,
  current_schema() AS schema;

-- case: oid_input_and_casts
SELECT '12'::oid AS a, ' 7 '::oid AS b, '-1'::oid AS c, (-1)::oid AS d, 4294967295::oid::int4 AS e, 5::oid::int8 AS f,
  12::oid = 12 AS g, '12'::oid < 13 AS h, 3000000000::int8::oid AS i, 'abc'::name AS j, 'xy'::"char" AS k, ''::"char" = '' AS l;

-- case: oid_input_errors
SELECT 'x'::oid;

-- case: oid_out_of_range
SELECT '4294967296'::oid;

-- case: bigint_to_oid_out_of_range
SELECT (-1)::int8::oid;

-- case: oid_arithmetic_refused
SELECT oid + 1 FROM pg_class LIMIT 1;

-- case: name_truncated_to_63_bytes
SELECT length(repeat('x', 70)::name) AS ascii, octet_length(repeat('é', 40)::name) AS multibyte;

-- case: relkind_compares_with_literals
SELECT relname FROM pg_class WHERE relkind = 'v' AND relnamespace = 2200;

-- case: regclass_of_names
SELECT 'tickets'::regclass::text AS bare, '"tickets"'::regclass::text AS quoted, 'public.tickets'::regclass::text AS qualified,
       ' TICKETS '::regclass::text AS folded, '"Mixed Case"'::regclass::text AS mixed, 'pg_class'::regclass::text AS catalog,
       'public.pg_roles'::regclass::text AS hidden, 'pg_catalog.pg_roles'::regclass::text AS shown;

-- case: regclass_regtype_regnamespace_columns
SELECT c.oid::regclass AS rel, c.reltype::regtype AS type, c.relnamespace::regnamespace AS nsp
FROM pg_class c WHERE c.relnamespace = 2200 ORDER BY c.relname;

-- case: regclass_numbers_and_dash
SELECT '-'::regclass AS dash, '0'::regclass AS zero, 1259::regclass AS by_number, 'pg_class'::regclass::oid AS oid,
       (-1)::regclass AS wrapped, 1259::int8::regclass AS from_bigint, '-'::regtype AS no_type;

-- case: regclass_compares_as_oid
SELECT count(*) AS columns, 'tickets'::regclass = 'tickets'::regclass::oid AS same,
       'pg_class'::regclass = 1259 AS with_integer, 'pg_class'::regclass = 'int4'::regtype AS across
FROM pg_attribute WHERE attrelid = 'tickets'::regclass AND attnum > 0;

-- case: regclass_unknown_relation
SELECT 'nope'::regclass;

-- case: regclass_unknown_qualified_relation
SELECT 'public.nope'::regclass;

-- case: regclass_unknown_schema
SELECT 'x.nope'::regclass;

-- case: regclass_too_many_dots
SELECT 'a.b.c.d'::regclass;

-- case: regclass_quoted_name_kept
SELECT '"Tickets"'::regclass;

-- case: regclass_bad_syntax
SELECT 'a b'::regclass;

-- case: regclass_empty
SELECT ''::regclass;

-- case: regclass_arithmetic_refused
SELECT 'tickets'::regclass + 1;

-- case: regtype_of_names
SELECT 'integer'::regtype AS int, 'varchar(20)'::regtype AS varchar, 'bpchar'::regtype AS bpchar, 'char'::regtype AS char,
       '"char"'::regtype AS onebyte, 'int4[]'::regtype AS arr, 'float'::regtype AS float, 'pg_catalog.int8'::regtype AS qualified,
       'timestamptz(3)'::regtype AS tstz, 'interval day'::regtype AS iv, 'tickets'::regtype AS rowtype,
       '_tickets'::regtype AS rowarray, 'name'::regtype::oid AS name_oid;

-- case: regtype_serial_is_no_type
SELECT 'serial'::regtype;

-- case: regtype_unknown
SELECT 'nope'::regtype;

-- case: regnamespace_of_names
SELECT 'public'::regnamespace AS public, 'pg_catalog'::regnamespace::oid AS catalog, 11::regnamespace AS by_number;

-- case: regnamespace_unknown
SELECT 'nope'::regnamespace;

-- case: regnamespace_dotted
SELECT 'a.b'::regnamespace;

-- case: rails_type_oid_lookup
SELECT 'character varying'::regtype::oid, 'integer'::regtype::oid;

-- case: rails_columns_by_regclass
SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
  FROM pg_attribute a
 WHERE a.attrelid = '"tickets"'::regclass
   AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum;

-- case: rails_primary_key_columns
SELECT a.attname
  FROM (
         SELECT indrelid, indkey, generate_subscripts(indkey, 1) idx
           FROM pg_index
          WHERE indrelid = '"pair"'::regclass
            AND indisprimary
       ) i
  JOIN pg_attribute a
    ON a.attrelid = i.indrelid
   AND a.attnum = i.indkey[i.idx]
 ORDER BY i.idx;

-- case: rails_primary_key_of_serial_table
SELECT a.attname
  FROM (SELECT indrelid, indkey, generate_subscripts(indkey, 1) idx FROM pg_index WHERE indrelid = '"tickets"'::regclass AND indisprimary) i
  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[i.idx]
 ORDER BY i.idx;

-- case: int2vector_output_subscripts_and_any
SELECT c.relname, i.indkey, i.indkey::text AS text, i.indkey[0] AS first, i.indkey[1] AS second, i.indkey[5] AS past_end,
       2 = ANY (i.indkey) AS has_2, i.indoption
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = 2200 ORDER BY 1;

-- case: int2vector_as_array_keeps_subscripts_from_0
SELECT c.relname, i.indkey::int2[] AS keys FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = 2200 ORDER BY 1;

-- case: generate_subscripts_of_indkey
SELECT c.relname, generate_subscripts(i.indkey, 1) AS k, i.indkey
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace = 2200 ORDER BY 1, 2;

-- case: generate_subscripts_unaliased_name
SELECT generate_subscripts(indkey, 1) FROM pg_index WHERE indrelid = 'pair'::regclass AND indisprimary ORDER BY 1;

-- case: rails_indexes_of_table
SELECT distinct i.relname, d.indisunique, d.indkey, t.oid = d.indrelid AS same_table
FROM pg_class t
INNER JOIN pg_index d ON t.oid = d.indrelid
INNER JOIN pg_class i ON d.indexrelid = i.oid
LEFT JOIN pg_namespace n ON n.oid = i.relnamespace
WHERE i.relkind IN ('i', 'I')
  AND d.indisprimary = 'f'
  AND t.relname = 'pair'
  AND n.nspname = ANY (current_schemas(false))
ORDER BY i.relname;

-- case: rails_data_sources
SELECT c.relname FROM pg_class c LEFT JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (current_schemas(false)) AND c.relkind IN ('r','v','m','p','f') ORDER BY 1;

-- case: rails_type_map_of_known_types
SELECT t.oid, t.typname, t.typelem, t.typdelim, t.typinput, r.rngsubtype, t.typtype, t.typbasetype
FROM pg_type as t
LEFT JOIN pg_range as r ON oid = rngtypid
WHERE
  t.typname IN ('int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'text', 'varchar', 'char', 'name', 'bpchar', 'bool', 'bytea', 'timestamptz', 'date', 'time', 'timestamp', 'numeric', 'interval')
  OR t.typname IN ('_int4', '_text', '_varchar', '_int8', '_bool', 'int2vector', 'regclass', 'regtype')
ORDER BY t.oid;

-- case: rails_type_map_query
-- DIFFERENCE: PostgreSQL lists every type it has (json, uuid, point, hstore's none, ...); pgshim's pg_type has the types pgshim has, so the rows are a subset
SELECT t.typname, t.typelem::regtype, t.typdelim, t.typinput, r.rngsubtype, t.typtype, t.typbasetype
FROM pg_type as t
LEFT JOIN pg_range as r ON oid = rngtypid
WHERE
  t.typname IN ('int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'text', 'varchar', 'char', 'name', 'bpchar', 'bool', 'bit', 'varbit', 'timestamptz', 'date', 'money', 'bytea', 'point', 'hstore', 'json', 'jsonb', 'cidr', 'inet', 'uuid', 'xml', 'tsvector', 'macaddr', 'citext', 'ltree', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'time', 'timestamp', 'numeric', 'interval')
  OR t.typtype IN ('r', 'e', 'd')
  OR t.typinput = 'array_in(cstring,oid,integer)'::regprocedure
  OR t.typelem != 0
ORDER BY t.typname;

-- case: regproc_columns_of_pg_type
SELECT typname, typinput, typoutput, typreceive, typsend, typmodin, typmodout, typanalyze, typsubscript,
       typinput::regprocedure AS signature, typinput::oid AS input_oid
FROM pg_type WHERE typname IN ('int4', '_int4', 'varchar', 'name', 'numeric', 'timestamptz', 'char', 'tickets', '_tickets') ORDER BY typname;

-- case: regproc_and_regprocedure_input
SELECT 'int4in'::regproc AS by_name, 'int4in'::regproc::oid AS oid, 'array_in(cstring, oid, int4)'::regprocedure AS signature,
       'pg_catalog.array_in'::regproc::oid AS qualified, 'ARRAY_IN(cstring,oid,integer)'::regprocedure::oid AS folded,
       '-'::regproc AS dash, 0::regproc AS zero;

-- case: access_method_handlers
SELECT amname, amhandler, amhandler::regprocedure AS signature FROM pg_am ORDER BY 1;

-- case: ranges_are_none_yet
SELECT count(*) FROM pg_range WHERE rngtypid < 16384 AND rngtypid IN (SELECT oid FROM pg_type WHERE typname IN ('int4', 'text'));

-- case: defaults_as_postgresql_prints_them
SELECT a.attname, a.atthasdef, pg_get_expr(d.adbin, d.adrelid) AS expr, pg_get_expr(d.adbin, d.adrelid, true) AS pretty
FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum
WHERE a.attrelid = 'defaults'::regclass AND a.attnum > 0 AND a.attname <> 'e' ORDER BY a.attnum;

-- case: default_of_an_expression
-- DIFFERENCE: pgshim keeps PostgreSQL's text of constants, now() and its kin and sequences only; PostgreSQL shows (1 + 2), pgshim refuses to show it
SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
WHERE a.attrelid = 'defaults'::regclass AND a.attname = 'e';

-- case: attrdef_rows_of_a_table
SELECT count(*), count(adbin), min(adnum) AS first, max(adnum) AS last FROM pg_attrdef WHERE adrelid = 'defaults'::regclass;

-- case: rails_columns_with_defaults
SELECT a.attname, format_type(a.atttypid, a.atttypmod),
       pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.atttypid = 'text'::regtype AS is_text, a.atttypmod
  FROM pg_attribute a
  LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum
  LEFT JOIN pg_type t ON a.atttypid = t.oid
 WHERE a.attrelid = '"tickets"'::regclass
   AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum;

-- case: psql_describe_defaults
SELECT a.attname,
  pg_catalog.format_type(a.atttypid, a.atttypmod),
  (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)
   FROM pg_catalog.pg_attrdef d
   WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef),
  a.attnotnull
FROM pg_catalog.pg_attribute a
WHERE a.attrelid = 'agents'::regclass AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attnum;

-- case: index_definitions
SELECT c.relname, pg_get_indexdef(i.indexrelid) AS def, pg_get_indexdef(i.indexrelid, 1, true) AS first,
       pg_get_indexdef(i.indexrelid, 2, false) AS second, pg_get_indexdef(i.indexrelid, 0, true) AS whole, i.indoption
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
WHERE c.relnamespace = 2200 AND c.relname <> 'pair_partial' ORDER BY 1;

-- case: index_definition_of_other_oids
SELECT pg_get_indexdef(0) AS zero, pg_get_indexdef('pair'::regclass) AS a_table;

-- case: index_definition_with_a_predicate
SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'pair_partial';

-- case: rails_indexes_with_definitions
SELECT distinct i.relname, d.indisunique, d.indkey, pg_get_indexdef(d.indexrelid), t.oid = d.indrelid AS same
FROM pg_class t
INNER JOIN pg_index d ON t.oid = d.indrelid
INNER JOIN pg_class i ON d.indexrelid = i.oid
LEFT JOIN pg_namespace n ON n.oid = i.relnamespace
WHERE i.relkind IN ('i', 'I')
  AND d.indisprimary = 'f'
  AND t.relname = 'tickets'
  AND n.nspname = ANY (current_schemas(false))
ORDER BY i.relname;

-- case: collations
SELECT oid, collname, collnamespace, collowner, collprovider, collisdeterministic, collencoding, collcollate, collctype, colliculocale
FROM pg_collation WHERE collname IN ('default', 'C', 'POSIX') ORDER BY oid;

-- case: rails_columns_full_query
SELECT a.attname, format_type(a.atttypid, a.atttypmod),
       pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.atttypid = 'int8'::regtype OR a.atttypid < 16384 AS builtin, a.atttypmod,
       c.collname, col_description(a.attrelid, a.attnum) AS comment
  FROM pg_attribute a
  LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum
  LEFT JOIN pg_type t ON a.atttypid = t.oid
  LEFT JOIN pg_collation c ON a.attcollation = c.oid AND a.attcollation <> t.typcollation
 WHERE a.attrelid = '"tickets"'::regclass
   AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum;

-- case: descriptions_of_uncommented_objects
SELECT obj_description('tickets'::regclass, 'pg_class') AS of_class, obj_description('tickets'::regclass) AS any_catalog,
       col_description('tickets'::regclass, 1) AS of_column, obj_description(2200, 'pg_namespace') AS public_schema;

-- case: advisory_locks_are_reentrant
SELECT pg_try_advisory_lock(42) AS first, pg_try_advisory_lock(42) AS again, pg_advisory_unlock(42) AS one,
       pg_advisory_unlock(42) AS two;

-- case: advisory_lock_spaces_are_separate
SELECT pg_try_advisory_lock(1, 2) AS pair, pg_try_advisory_lock(4294967298) AS bigint_key, pg_advisory_unlock(1, 2) AS pair_unlocked,
       pg_advisory_unlock(4294967298) AS bigint_unlocked;

-- case: advisory_unlock_all
SELECT pg_try_advisory_lock(7), pg_try_advisory_lock(8), pg_advisory_unlock_all();

-- case: to_regtype_to_regclass_to_regnamespace
SELECT to_regtype('integer') AS int, to_regtype('character varying') AS varchar, to_regtype('tickets') AS rowtype,
       to_regtype('nosuch') AS missing, to_regclass('tickets') AS rel, to_regclass('public.tickets') AS qualified,
       to_regclass('"Mixed Case"') AS quoted, to_regclass('nosuch') AS no_rel, to_regclass('other.tickets') AS other_schema,
       to_regnamespace('public') AS nsp, to_regnamespace('nosuch') AS no_nsp;

-- case: to_regtype_of_a_parameter
-- params: ["hstore"]
SELECT t.oid, t.typname FROM pg_type t WHERE t.oid = to_regtype($1);

-- case: to_regtype_of_a_known_parameter
-- params: ["int4"]
SELECT t.typname FROM pg_type t WHERE t.oid = to_regtype($1);

-- case: sqlalchemy_has_table
SELECT pg_catalog.pg_class.relname
FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace
WHERE pg_catalog.pg_class.relname IN ('agents'::VARCHAR, 'tickets'::VARCHAR)
  AND pg_catalog.pg_class.relkind = ANY (ARRAY['r'::VARCHAR, 'p'::VARCHAR, 'f'::VARCHAR, 'v'::VARCHAR, 'm'::VARCHAR])
  AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != 'pg_catalog'::VARCHAR
ORDER BY 1;

-- case: char_compares_with_strings_as_text
SELECT relname, relkind = 'r'::varchar AS eq, 'rx'::varchar > relkind AS gt, relkind::text < 's'::text AS lt
FROM pg_class WHERE relname IN ('tickets', 'open_tickets') ORDER BY 1;

-- case: char_and_varchar_have_no_common_type
SELECT coalesce(relkind, 'x'::varchar) FROM pg_class;

-- case: session_information_functions
SELECT current_user, session_user, user, current_schemas(false) AS path, current_schemas(true) AS implicit,
       'public' = ANY (current_schemas(false)) AS public_on_path, version() LIKE 'PostgreSQL 15.%' AS version;

-- case: max_identifier_length
SHOW max_identifier_length;

-- case: session_authorization
SHOW session_authorization;

-- case: long_identifier_cut
CREATE TABLE xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (a int);

-- case: long_identifier_found_by_its_cut
SELECT relname, length(relname) FROM pg_class WHERE relname LIKE 'xxxx%';

-- case: long_identifier_read_through_any_long_name
SELECT count(*) FROM xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;

-- case: catalog_begin
BEGIN;

-- case: catalog_sees_new_table
CREATE TABLE later (x int);

-- case: catalog_lists_later
SELECT relname FROM pg_class WHERE relnamespace = 2200 AND relkind = 'r' ORDER BY 1;

-- case: catalog_rollback
ROLLBACK;

-- case: catalog_forgets_later
SELECT relname FROM pg_class WHERE relnamespace = 2200 AND relkind = 'r' ORDER BY 1;

-- pg_constraint and pg_get_constraintdef: primary keys, unique
-- constraints (in CREATE TABLE and added by ALTER TABLE), foreign keys
-- with actions and timing, and CHECKs of the forms applications write.

-- case: constraints_tables
CREATE TABLE codes (c varchar(10) PRIMARY KEY, label text CONSTRAINT label_uniq UNIQUE);

-- case: constraints_tables_2
CREATE TABLE orders (id bigserial PRIMARY KEY, agent_id bigint REFERENCES agents(id) ON DELETE CASCADE, code varchar(10), qty int CONSTRAINT qty_positive CHECK (qty > 0), amount numeric(10,2) CHECK (amount >= 0), note varchar(40), flag boolean, lo int, hi int, CONSTRAINT orders_code_fk FOREIGN KEY (code) REFERENCES codes (c) ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED, CONSTRAINT span CHECK (lo BETWEEN 1 AND 5 AND (hi IS NULL OR hi >= lo)), CONSTRAINT note_set CHECK (note <> '' AND length(note) < 30), CONSTRAINT two UNIQUE (lo, hi), CHECK (flag = true OR qty < -1));

-- case: constraints_added_by_alter
ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE (note);

-- case: constraints_listed
SELECT c.conname, c.contype, t.relname AS on_table, c.condeferrable, c.condeferred, c.convalidated, c.confupdtype, c.confdeltype, c.confmatchtype, c.conkey, c.confkey, f.relname AS references_table, i.relname AS index
FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_class f ON f.oid = c.confrelid LEFT JOIN pg_class i ON i.oid = c.conindid
WHERE t.relname IN ('agents', 'tickets', 'codes', 'orders') ORDER BY t.relname, c.conname;

-- case: constraintdef_plain_and_pretty
SELECT c.conname, pg_get_constraintdef(c.oid) AS plain, pg_get_constraintdef(c.oid, true) AS pretty
FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname IN ('tickets', 'codes', 'orders') ORDER BY t.relname, c.conname;

-- case: constraintdef_unqualified_oid
SELECT conname, pg_get_constraintdef(oid, true) AS def FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'f' ORDER BY 1;

-- case: constraintdef_of_another_oid
SELECT pg_get_constraintdef(0) IS NULL AS none;

-- case: constraint_check_conbin
SELECT conname, pg_get_expr(conbin, conrelid) AS expr FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'c' ORDER BY 1;

-- case: constraint_foreign_key_operators
SELECT conname, conpfeqop, conppeqop, conffeqop FROM pg_constraint WHERE contype = 'f' AND conrelid = 'orders'::regclass ORDER BY 1;

-- case: constraints_rails_check_query
SELECT conname, pg_get_constraintdef(c.oid, true) AS constraintdef, c.convalidated AS valid
FROM pg_constraint c JOIN pg_class t ON c.conrelid = t.oid JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'c' AND t.relname = 'orders' AND n.nspname = ANY (current_schemas(false)) ORDER BY 1;

-- case: constraints_django_relations_query
SELECT a1.attname, c2.relname, a2.attname
FROM pg_constraint con
LEFT JOIN pg_class c1 ON con.conrelid = c1.oid
LEFT JOIN pg_class c2 ON con.confrelid = c2.oid
LEFT JOIN pg_attribute a1 ON c1.oid = a1.attrelid AND a1.attnum = con.conkey[1]
LEFT JOIN pg_attribute a2 ON c2.oid = a2.attrelid AND a2.attnum = con.confkey[1]
WHERE c1.relname = 'orders' AND con.contype = 'f' AND c1.relnamespace = c2.relnamespace AND pg_catalog.pg_table_is_visible(c1.oid)
ORDER BY 1;

-- case: constraints_django_constraints_query
SELECT c.conname, array(SELECT attname FROM unnest(c.conkey) WITH ORDINALITY cols(colid, arridx) JOIN pg_attribute AS ca ON cols.colid = ca.attnum WHERE ca.attrelid = c.conrelid ORDER BY cols.arridx), c.contype,
  (SELECT fkc.relname || '.' || fka.attname FROM pg_attribute AS fka JOIN pg_class AS fkc ON fka.attrelid = fkc.oid WHERE fka.attrelid = c.confrelid AND fka.attnum = c.confkey[1])
FROM pg_constraint AS c JOIN pg_class AS cl ON c.conrelid = cl.oid
WHERE cl.relname = 'orders' AND pg_catalog.pg_table_is_visible(cl.oid) ORDER BY 1;

-- case: catalog_collate_default_and_operator
SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relname OPERATOR(pg_catalog.~) '^(orders)$' COLLATE pg_catalog.default AND pg_catalog.pg_table_is_visible(c.oid);

-- case: partition_ancestors_of_a_table
SELECT pg_catalog.pg_partition_ancestors('orders') AS rel UNION ALL VALUES ('orders'::pg_catalog.regclass);

-- case: publishable
SELECT pg_relation_is_publishable('orders') AS t, pg_relation_is_publishable('open_tickets') AS v, pg_relation_is_publishable('pg_class') AS sys;

-- case: empty_catalogs_of_psql_describe
SELECT (SELECT count(*) FROM pg_policy) AS policies, (SELECT count(*) FROM pg_statistic_ext) AS stats, (SELECT count(*) FROM pg_publication) AS pubs, (SELECT count(*) FROM pg_publication_rel) AS pubrels, (SELECT count(*) FROM pg_publication_namespace) AS pubns;

-- case: pg_database_of_the_session
SELECT datname = current_database() AS own, pg_catalog.pg_get_userbyid(datdba) AS owner, pg_catalog.pg_encoding_to_char(encoding) AS encoding, datcollate, datctype, daticulocale, datlocprovider, datistemplate, datallowconn, datconnlimit, pg_catalog.array_to_string(datacl, E'\n') AS acl, datacl IS NULL AS no_acl FROM pg_catalog.pg_database WHERE datname = current_database();

-- case: pg_database_psql_list_query
SELECT pg_catalog.pg_get_userbyid(d.datdba) as "Owner", pg_catalog.pg_encoding_to_char(d.encoding) as "Encoding", d.datcollate as "Collate", d.datctype as "Ctype", d.daticulocale as "ICU Locale", CASE d.datlocprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' END AS "Locale Provider", pg_catalog.array_to_string(d.datacl, E'\n') AS "Access privileges" FROM pg_catalog.pg_database d WHERE d.datname = current_database() ORDER BY 1;

-- case: pg_proc_psql_df_query
SELECT n.nspname as "Schema", p.proname as "Name", pg_catalog.pg_get_function_result(p.oid) as "Result data type", pg_catalog.pg_get_function_arguments(p.oid) as "Argument data types",
 CASE p.prokind WHEN 'a' THEN 'agg' WHEN 'w' THEN 'window' WHEN 'p' THEN 'proc' ELSE 'func' END as "Type"
FROM pg_catalog.pg_proc p LEFT JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE p.proname OPERATOR(pg_catalog.~) '^(date_trunc|age|count|row_number|generate_series)$' COLLATE pg_catalog.default AND pg_catalog.pg_function_is_visible(p.oid)
ORDER BY 1, 2, 4;

-- case: pg_proc_columns_of_date_trunc
SELECT oid, proname, pronamespace, proowner, prolang, procost, prorows, provariadic, prokind, prosecdef, proleakproof, proisstrict, proretset, provolatile, proparallel, pronargs, pronargdefaults, prorettype, prosrc, proconfig, proargnames, proallargtypes, proargmodes, proacl IS NULL AS no_acl
FROM pg_proc WHERE proname = 'date_trunc' ORDER BY oid;

-- case: pg_proc_argument_texts
SELECT p.oid, pg_get_function_identity_arguments(p.oid) AS identity, pg_get_function_arguments(p.oid) AS args, pg_get_function_result(p.oid) AS result
FROM pg_proc p WHERE p.proname IN ('make_interval', 'make_timestamptz', 'string_agg', 'generate_series', 'to_char') ORDER BY 1;

-- case: pg_proc_functions_of_an_unknown_oid
SELECT pg_get_function_result(1), pg_get_function_arguments(0), pg_get_function_identity_arguments(1), pg_function_is_visible(1);

-- case: pg_proc_aggregates_and_windows
SELECT proname, prokind, count(*) FROM pg_proc WHERE proname IN ('count', 'sum', 'avg', 'min', 'max', 'array_agg', 'string_agg', 'row_number', 'rank', 'lag', 'lead', 'bool_and') GROUP BY 1, 2 ORDER BY 1, 2;

-- case: index_keys_and_options_django_query
SELECT indexname, array_agg(attname ORDER BY arridx), indisunique, indisprimary, array_agg(ordering ORDER BY arridx), amname, exprdef, s2.attoptions
FROM (
    SELECT c2.relname as indexname, idx.*, attr.attname, am.amname,
        CASE WHEN idx.indexprs IS NOT NULL THEN pg_get_indexdef(idx.indexrelid) END AS exprdef,
        CASE am.amname WHEN 'btree' THEN CASE (option & 1) WHEN 1 THEN 'DESC' ELSE 'ASC' END END as ordering,
        c2.reloptions as attoptions
    FROM (SELECT * FROM pg_index i, unnest(i.indkey, i.indoption) WITH ORDINALITY koi(key, option, arridx)) idx
    LEFT JOIN pg_class c ON idx.indrelid = c.oid
    LEFT JOIN pg_class c2 ON idx.indexrelid = c2.oid
    LEFT JOIN pg_am am ON c2.relam = am.oid
    LEFT JOIN pg_attribute attr ON attr.attrelid = c.oid AND attr.attnum = idx.key
    WHERE c.relname = 'orders' AND pg_catalog.pg_table_is_visible(c.oid)
) s2
GROUP BY indexname, indisunique, indisprimary, amname, exprdef, attoptions ORDER BY 1;

-- case: pg_sequence_rows
SELECT c.relname, s.seqtypid::regtype, s.seqstart, s.seqincrement, s.seqmax, s.seqmin, s.seqcache, s.seqcycle FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid ORDER BY 1;

-- case: pg_sequence_of_a_serial_column_sqlalchemy
SELECT a.attname, (SELECT s.seqstart FROM pg_catalog.pg_sequence s WHERE s.seqrelid = CAST(CAST(pg_catalog.pg_get_serial_sequence(CAST(CAST(a.attrelid AS REGCLASS) AS TEXT), a.attname) AS REGCLASS) AS OID)) AS start FROM pg_attribute a WHERE a.attrelid = 'orders'::regclass AND a.attnum > 0 ORDER BY a.attnum;

-- case: regclass_of_computed_text
SELECT v, v::regclass::oid = 'orders'::regclass::oid AS is_orders FROM (VALUES ('orders'), ('public.orders'), ('ORDERS'), ('"orders"'), (NULL)) t(v) WHERE v IS NULL OR lower(v) LIKE '%orders%' ORDER BY 1;

-- case: regclass_of_computed_text_missing
SELECT (x || 'nope')::regclass FROM (VALUES ('public.')) t(x);

-- case: regclass_of_computed_text_missing_schema
SELECT (x || 'nope')::regclass FROM (VALUES ('nospace.')) t(x);

-- case: regclass_of_computed_text_catalog_first
SELECT x, (x)::regclass::oid < 16384 AS is_catalog FROM (VALUES ('pg_roles'), ('public.pg_roles')) t(x) ORDER BY 1;

-- case: regclass_of_computed_text_too_many_parts
SELECT (x)::regclass FROM (VALUES ('a.b.c')) t(x);

-- case: index_classes_and_collations
SELECT c.relname, i.indclass::text, i.indcollation::text, (SELECT string_agg(oc.opcname, ',' ORDER BY k.n) FROM unnest(i.indclass) WITH ORDINALITY k(cls, n) JOIN pg_opclass oc ON oc.oid = k.cls) AS classes
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname IN ('agents', 'tickets', 'pair', 'orders') AND c.relname NOT LIKE '%partial%' ORDER BY 1;

-- case: index_opclass_sqlalchemy_lockstep
SELECT idx.ord, idx.attnum, oc.opcname, oc.opcdefault
FROM (SELECT i.indexrelid, unnest(i.indkey) AS attnum, unnest(i.indclass) AS att_opclass, generate_subscripts(i.indkey, 1) AS ord FROM pg_index i WHERE i.indexrelid = '"Pair Desc"'::regclass) AS idx
LEFT JOIN pg_opclass oc ON oc.oid = idx.att_opclass ORDER BY 1;

-- case: srfs_in_lockstep_of_different_lengths
SELECT id, unnest(ARRAY[1, 2, 3]) AS a, unnest('{x}'::text[]) AS b FROM (VALUES (1), (2)) v(id) ORDER BY 1, 2;

-- case: srfs_with_no_rows_drop_the_row
SELECT id, unnest(arr) AS a FROM (VALUES (1, '{}'::int[]), (2, NULL), (3, '{7}')) v(id, arr) ORDER BY 1;

-- case: generate_subscripts_of_other_dimensions
SELECT i.indexrelid = '"Pair Desc"'::regclass AS d, generate_subscripts(i.indkey, 2) AS s FROM pg_index i WHERE i.indexrelid = '"Pair Desc"'::regclass;

-- case: generate_subscripts_of_an_array
SELECT id, generate_subscripts(arr, 1) AS s, unnest(arr) AS v FROM (VALUES (1, '[3:4]={a,b}'::text[]), (2, '{c}')) v(id, arr) ORDER BY 1, 2;

-- case: pg_opclass_defaults
SELECT opcname, opcintype::regtype, opcdefault, opcfamily FROM pg_opclass WHERE opcmethod = 403 AND opcname IN ('text_ops', 'int8_ops', 'timestamptz_ops', 'text_pattern_ops', 'varchar_pattern_ops', 'numeric_ops') ORDER BY 1;

-- case: type_is_visible
SELECT pg_type_is_visible('int4'::regtype) AS builtin, pg_type_is_visible((SELECT reltype FROM pg_class WHERE relname = 'agents')) AS row_type, pg_type_is_visible(0) AS none;

-- case: pg_extension_rails_query
-- DIFFERENCE: PostgreSQL lists plpgsql, which every database has; pgshim has no extensions (no procedural languages)
SELECT extname FROM pg_extension ORDER BY 1;

-- case: pg_extension_none_but_plpgsql
SELECT count(*) AS others FROM pg_extension WHERE extname <> 'plpgsql';

-- case: constraint_in_lists_table
CREATE TABLE plans (plan text NOT NULL CHECK (plan IN ('free', 'pro', 'it''s')), v varchar(5) CHECK (v IN ('a', 'b')), n int CHECK (n IN (1, 2, -3)), big bigint CONSTRAINT big_in CHECK (big IN (7) OR big IS NULL));

-- case: constraintdef_in_lists
SELECT conname, pg_get_constraintdef(oid) AS plain, pg_get_constraintdef(oid, true) AS pretty FROM pg_constraint WHERE conrelid = 'plans'::regclass ORDER BY 1;

-- case: partial_indexes_table
CREATE TABLE queue (id bigserial PRIMARY KEY, status text NOT NULL, first_response_at timestamptz, n int, v varchar(10));

-- case: partial_indexes_made
CREATE INDEX queue_unanswered ON queue (status) WHERE first_response_at IS NULL;

-- case: partial_indexes_made_2
CREATE INDEX queue_busy ON queue (n) WHERE n > 0 AND status <> 'closed';

-- case: partial_indexes_made_3
CREATE UNIQUE INDEX queue_open_v ON queue (v DESC) WHERE status IN ('open', 'new') OR v IS NOT NULL;

-- case: partial_index_definitions
SELECT c.relname, pg_get_indexdef(c.oid) AS plain, pg_get_indexdef(c.oid, 0, true) AS pretty FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 'queue'::regclass AND NOT i.indisprimary ORDER BY 1;

-- case: partial_index_of_an_unshown_predicate
CREATE INDEX queue_late ON queue (n) WHERE first_response_at > '2024-01-01';

-- case: partial_index_unshown_definition
-- DIFFERENCE: PostgreSQL prints the timestamptz constant in the session's zone; pgshim refuses to show that predicate
SELECT pg_get_indexdef('queue_late'::regclass);

-- case: constraint_in_list_inside_and_table
CREATE TABLE ck_and (a int, b int, CONSTRAINT ck_and_x CHECK (a IN (1, 2) AND b > 0));

-- case: constraintdef_in_list_inside_and
SELECT pg_get_constraintdef(oid) AS plain, pg_get_constraintdef(oid, true) AS pretty FROM pg_constraint WHERE conname = 'ck_and_x';

-- case: has_table_privilege_of_tables
SELECT has_table_privilege('agents', 'select') AS sel, has_table_privilege('agents', 'SELECT, insert WITH GRANT OPTION') AS list, has_table_privilege('agents'::regclass, 'update') AS by_oid, has_table_privilege(1, 'select') AS no_oid, has_table_privilege('pg_class', 'select') AS catalog, has_table_privilege('agents', NULL) AS no_priv;

-- case: has_table_privilege_of_a_computed_name
SELECT relname, has_table_privilege(relname::text, 'select') AS sel FROM pg_class WHERE relname IN ('agents', 'tickets') ORDER BY 1;

-- case: has_table_privilege_missing
SELECT has_table_privilege('nope', 'select');

-- case: has_table_privilege_unknown_privilege
SELECT has_table_privilege('agents', 'fly');

-- case: has_schema_privilege_of_schemas
SELECT has_schema_privilege('public', 'create') AS pub, has_schema_privilege('pg_catalog', 'usage') AS cat, has_schema_privilege(11, 'USAGE') AS by_oid, has_schema_privilege(1, 'usage') AS no_oid;

-- case: has_schema_privilege_missing
SELECT has_schema_privilege('nope', 'usage');

-- case: has_schema_privilege_unknown_privilege
SELECT has_schema_privilege('public', 'select');

-- case: table_is_visible_of_an_unqualified_oid
SELECT relnamespace::regnamespace::text AS ns, pg_table_is_visible(oid) AS visible FROM pg_class WHERE relname = 'pg_roles' ORDER BY 1;

-- case: catalog_lookups_of_unqualified_columns
SELECT typname, format_type(oid, NULL) AS shown, pg_type_is_visible(oid) AS visible FROM pg_type WHERE typname IN ('int4', 'text', 'agents') ORDER BY 1;
