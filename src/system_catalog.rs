//! The system catalogs that psql and ORMs read (`pg_catalog.pg_class`,
//! `pg_attribute`, `pg_type`, …), derived from the SQLite schema and
//! pgshim's [`Catalog`] in this one place.
//!
//! They are relations pgshim materialises per schema version: plain tables
//! in the connection's `temp` schema (`temp."pg_catalog.pg_class"`), filled
//! when a statement that reads them runs and the schema moved since they
//! were last filled. A catalog query is then an ordinary SQLite query with
//! indexes on the keys: nothing rescans the schema per row. Being tables of
//! the connection's own `temp` database, they follow its transaction: a
//! ROLLBACK of DDL takes back their refill with it, and the version they
//! were filled at (kept beside them) says so.
//!
//! OIDs: PostgreSQL's fixed ones for the built-in namespaces, types, access
//! methods and the catalogs themselves; the file's own relations (tables,
//! views, indexes, sequences) and their row types are numbered from 16384 in
//! the order SQLite keeps them, so an OID is stable while the schema is.
//! Columns of types pgshim has not (`aclitem[]`, `pg_node_tree`, `regproc`,
//! `xid`, `int2vector`, `oidvector`) are there, with no type: a query that
//! uses one is refused, naming the type.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/catalogs.html>

use std::sync::OnceLock;

use rusqlite::types::Value;

use crate::catalog::{Catalog, Column, Table};
use crate::error::Result;
use crate::types::PgType;

/// `pg_catalog`'s namespace OID.
const PG_CATALOG: i64 = 11;
/// `public`'s namespace OID.
const PUBLIC: i64 = 2200;
/// `information_schema`'s namespace OID.
const INFORMATION_SCHEMA: i64 = crate::types::INFORMATION_SCHEMA_OID as i64;
/// The bootstrap superuser, which owns everything in the file.
const SUPERUSER: i64 = 10;
/// Its name: the file has no users of its own.
const SUPERUSER_NAME: &str = "postgres";
/// The first OID of the file's own objects (`FirstNormalObjectId`).
const FIRST_OBJECT: i64 = 16384;

/// A system relation: where it lives, its OID and its columns as
/// PostgreSQL 15 declares them (`name type` pairs, `format_type`'s words).
struct Spec {
    name: &'static str,
    oid: i64,
    /// `r` a catalog table, `v` a system view.
    kind: &'static str,
    columns: &'static str,
    /// Columns to index (the keys catalog queries join on).
    keys: &'static [&'static str],
}

const SPECS: &[Spec] = &[
    Spec {
        name: "pg_namespace",
        oid: 2615,
        kind: "r",
        columns: "oid oid, nspname name, nspowner oid, nspacl aclitem[]",
        keys: &["oid"],
    },
    Spec {
        name: "pg_class",
        oid: 1259,
        kind: "r",
        columns: "oid oid, relname name, relnamespace oid, reltype oid, reloftype oid, \
                  relowner oid, relam oid, relfilenode oid, reltablespace oid, relpages integer, \
                  reltuples real, relallvisible integer, reltoastrelid oid, relhasindex boolean, \
                  relisshared boolean, relpersistence \"char\", relkind \"char\", \
                  relnatts smallint, relchecks smallint, relhasrules boolean, \
                  relhastriggers boolean, relhassubclass boolean, relrowsecurity boolean, \
                  relforcerowsecurity boolean, relispopulated boolean, relreplident \"char\", \
                  relispartition boolean, relrewrite oid, relfrozenxid xid, relminmxid xid, \
                  relacl aclitem[], reloptions text[], relpartbound pg_node_tree",
        keys: &["oid", "relname"],
    },
    Spec {
        name: "pg_attribute",
        oid: 1249,
        kind: "r",
        columns: "attrelid oid, attname name, atttypid oid, attstattarget integer, \
                  attlen smallint, attnum smallint, attndims integer, attcacheoff integer, \
                  atttypmod integer, attbyval boolean, attalign \"char\", attstorage \"char\", \
                  attcompression \"char\", attnotnull boolean, atthasdef boolean, \
                  atthasmissing boolean, attidentity \"char\", attgenerated \"char\", \
                  attisdropped boolean, attislocal boolean, attinhcount integer, \
                  attcollation oid, attacl aclitem[], attoptions text[], attfdwoptions text[], \
                  attmissingval anyarray",
        keys: &["attrelid"],
    },
    Spec {
        name: "pg_type",
        oid: 1247,
        kind: "r",
        columns: "oid oid, typname name, typnamespace oid, typowner oid, typlen smallint, \
                  typbyval boolean, typtype \"char\", typcategory \"char\", \
                  typispreferred boolean, typisdefined boolean, typdelim \"char\", \
                  typrelid oid, typsubscript regproc, typelem oid, typarray oid, \
                  typinput regproc, typoutput regproc, typreceive regproc, typsend regproc, \
                  typmodin regproc, typmodout regproc, typanalyze regproc, typalign \"char\", \
                  typstorage \"char\", typnotnull boolean, typbasetype oid, typtypmod integer, \
                  typndims integer, typcollation oid, typdefaultbin pg_node_tree, \
                  typdefault text, typacl aclitem[]",
        keys: &["oid", "typname"],
    },
    Spec {
        name: "pg_am",
        oid: 2601,
        kind: "r",
        columns: "oid oid, amname name, amhandler regproc, amtype \"char\"",
        keys: &["oid"],
    },
    Spec {
        name: "pg_index",
        oid: 2610,
        kind: "r",
        columns: "indexrelid oid, indrelid oid, indnatts smallint, indnkeyatts smallint, \
                  indisunique boolean, indnullsnotdistinct boolean, indisprimary boolean, \
                  indisexclusion boolean, indimmediate boolean, indisclustered boolean, \
                  indisvalid boolean, indcheckxmin boolean, indisready boolean, \
                  indislive boolean, indisreplident boolean, indkey int2vector, \
                  indcollation oidvector, indclass oidvector, indoption int2vector, \
                  indexprs pg_node_tree, indpred pg_node_tree",
        keys: &["indexrelid", "indrelid"],
    },
    Spec {
        name: "pg_description",
        oid: 2609,
        kind: "r",
        columns: "objoid oid, classoid oid, objsubid integer, description text",
        keys: &[],
    },
    Spec {
        name: "pg_attrdef",
        oid: 2604,
        kind: "r",
        columns: "oid oid, adrelid oid, adnum smallint, adbin pg_node_tree",
        keys: &["adrelid"],
    },
    Spec {
        name: "pg_collation",
        oid: 3456,
        kind: "r",
        columns: "oid oid, collname name, collnamespace oid, collowner oid, collprovider \"char\", \
                  collisdeterministic boolean, collencoding integer, collcollate text, collctype text, \
                  colliculocale text, collversion text",
        keys: &["oid"],
    },
    Spec {
        name: "pg_range",
        oid: 3541,
        kind: "r",
        columns: "rngtypid oid, rngsubtype oid, rngmultitypid oid, rngcollation oid, \
                  rngsubopc oid, rngcanonical regproc, rngsubdiff regproc",
        keys: &["rngtypid"],
    },
    Spec {
        name: "pg_constraint",
        oid: 2606,
        kind: "r",
        columns: "oid oid, conname name, connamespace oid, contype \"char\", condeferrable boolean, \
                  condeferred boolean, convalidated boolean, conrelid oid, contypid oid, conindid oid, \
                  conparentid oid, confrelid oid, confupdtype \"char\", confdeltype \"char\", \
                  confmatchtype \"char\", conislocal boolean, coninhcount integer, \
                  connoinherit boolean, conkey smallint[], confkey smallint[], conpfeqop oid[], \
                  conppeqop oid[], conffeqop oid[], confdelsetcols smallint[], conexclop oid[], \
                  conbin pg_node_tree",
        keys: &["oid", "conrelid", "confrelid"],
    },
    Spec {
        name: "pg_trigger",
        oid: 2620,
        kind: "r",
        columns: "oid oid, tgrelid oid, tgparentid oid, tgname name, tgfoid oid, tgtype smallint, \
                  tgenabled \"char\", tgisinternal boolean, tgconstrrelid oid, tgconstrindid oid, \
                  tgconstraint oid, tgdeferrable boolean, tginitdeferred boolean, tgnargs smallint, \
                  tgattr int2vector, tgargs bytea, tgqual pg_node_tree, tgoldtable name, tgnewtable name",
        keys: &[],
    },
    Spec {
        name: "pg_policy",
        oid: 3256,
        kind: "r",
        columns: "oid oid, polname name, polrelid oid, polcmd \"char\", polpermissive boolean, \
                  polroles oid[], polqual pg_node_tree, polwithcheck pg_node_tree",
        keys: &[],
    },
    Spec {
        name: "pg_statistic_ext",
        oid: 3381,
        kind: "r",
        columns: "oid oid, stxrelid oid, stxname name, stxnamespace oid, stxowner oid, \
                  stxstattarget integer, stxkeys int2vector, stxkind \"char\"[], stxexprs pg_node_tree",
        keys: &[],
    },
    Spec {
        name: "pg_publication",
        oid: 6104,
        kind: "r",
        columns: "oid oid, pubname name, pubowner oid, puballtables boolean, pubinsert boolean, \
                  pubupdate boolean, pubdelete boolean, pubtruncate boolean, pubviaroot boolean",
        keys: &[],
    },
    Spec {
        name: "pg_publication_namespace",
        oid: 6237,
        kind: "r",
        columns: "oid oid, pnpubid oid, pnnspid oid",
        keys: &[],
    },
    Spec {
        name: "pg_publication_rel",
        oid: 6106,
        kind: "r",
        columns: "oid oid, prpubid oid, prrelid oid, prqual pg_node_tree, prattrs int2vector",
        keys: &[],
    },
    Spec {
        name: "pg_database",
        oid: 1262,
        kind: "r",
        columns: "oid oid, datname name, datdba oid, encoding integer, datlocprovider \"char\", \
                  datistemplate boolean, datallowconn boolean, datconnlimit integer, \
                  datfrozenxid xid, datminmxid xid, dattablespace oid, datcollate text, \
                  datctype text, daticulocale text, datcollversion text, datacl aclitem[]",
        keys: &["oid"],
    },
    Spec {
        name: "pg_proc",
        oid: 1255,
        kind: "r",
        columns: "oid oid, proname name, pronamespace oid, proowner oid, prolang oid, \
                  procost real, prorows real, provariadic oid, prosupport regproc, \
                  prokind \"char\", prosecdef boolean, proleakproof boolean, \
                  proisstrict boolean, proretset boolean, provolatile \"char\", \
                  proparallel \"char\", pronargs smallint, pronargdefaults smallint, \
                  prorettype oid, proargtypes oidvector, proallargtypes oid[], \
                  proargmodes \"char\"[], proargnames text[], proargdefaults pg_node_tree, \
                  protrftypes oid[], prosrc text, probin text, prosqlbody pg_node_tree, \
                  proconfig text[], proacl aclitem[]",
        keys: &["oid", "proname"],
    },
    Spec {
        name: "pg_opclass",
        oid: 2616,
        kind: "r",
        columns: "oid oid, opcmethod oid, opcname name, opcnamespace oid, opcowner oid, \
                  opcfamily oid, opcintype oid, opcdefault boolean, opckeytype oid",
        keys: &["oid"],
    },
    Spec {
        name: "pg_extension",
        oid: 3079,
        kind: "r",
        columns: "oid oid, extname name, extowner oid, extnamespace oid, extrelocatable boolean, \
                  extversion text, extconfig oid[], extcondition text[]",
        keys: &[],
    },
    Spec {
        name: "pg_enum",
        oid: 3501,
        kind: "r",
        columns: "oid oid, enumtypid oid, enumsortorder real, enumlabel name",
        keys: &["enumtypid"],
    },
    Spec {
        name: "pg_sequence",
        oid: 2224,
        kind: "r",
        columns: "seqrelid oid, seqtypid oid, seqstart bigint, seqincrement bigint, \
                  seqmax bigint, seqmin bigint, seqcache bigint, seqcycle boolean",
        keys: &["seqrelid"],
    },
    Spec {
        name: "pg_inherits",
        oid: 2611,
        kind: "r",
        columns: "inhrelid oid, inhparent oid, inhseqno integer, inhdetachpending boolean",
        keys: &[],
    },
    Spec {
        name: "pg_roles",
        oid: 12000,
        kind: "v",
        columns: "rolname name, rolsuper boolean, rolinherit boolean, rolcreaterole boolean, \
                  rolcreatedb boolean, rolcanlogin boolean, rolreplication boolean, \
                  rolconnlimit integer, rolpassword text, \
                  rolvaliduntil timestamp with time zone, rolbypassrls boolean, \
                  rolconfig text[], oid oid",
        keys: &["oid"],
    },
    Spec {
        name: "pg_tables",
        oid: 12033,
        kind: "v",
        columns: "schemaname name, tablename name, tableowner name, tablespace name, \
                  hasindexes boolean, hasrules boolean, hastriggers boolean, \
                  rowsecurity boolean",
        keys: &[],
    },
    Spec {
        name: "pg_views",
        oid: 12038,
        kind: "v",
        columns: "schemaname name, viewname name, viewowner name, definition text",
        keys: &[],
    },
];

/// A system relation as the translator sees it.
pub(crate) struct Relation {
    /// Its name in SQLite (`temp."pg_catalog.pg_class"`).
    pub sqlite_name: String,
    /// That name in `temp`, unquoted (`pg_catalog.pg_class`).
    pub stored: String,
    /// Its columns, typed (`None` where pgshim has not the type).
    pub table: Table,
}

impl Relation {
    /// The relation `schema.name`, kept in `temp` under that name, with
    /// these `(name, type, declared type)` columns.
    pub(crate) fn new(
        schema: &str,
        name: &str,
        columns: impl Iterator<Item = (String, Option<PgType>, String)>,
    ) -> Relation {
        Relation {
            sqlite_name: format!("temp.\"{schema}.{name}\""),
            stored: format!("{schema}.{name}"),
            table: Table {
                name: name.to_string(),
                columns: columns
                    .map(|(name, ty, declared)| Column {
                        name,
                        ty,
                        declared,
                        default_sql: None,
                        not_null: false,
                    })
                    .collect(),
                primary_key: vec![],
            },
        }
    }
}

fn relations() -> &'static [Relation] {
    static RELATIONS: OnceLock<Vec<Relation>> = OnceLock::new();
    RELATIONS.get_or_init(|| {
        SPECS
            .iter()
            .map(|s| {
                let cols = columns(s).map(|(name, declared)| {
                    (
                        name.to_string(),
                        PgType::parse(declared),
                        declared.to_string(),
                    )
                });
                Relation::new("pg_catalog", s.name, cols)
            })
            .collect()
    })
}

fn columns(s: &Spec) -> impl Iterator<Item = (&'static str, &'static str)> {
    s.columns.split(", ").map(|c| {
        let c = c.trim();
        let (name, ty) = c.split_once(' ').unwrap_or((c, "text"));
        (name, ty.trim())
    })
}

/// The system relation `name` in `schema` (`None`: unqualified, which
/// finds pg_catalog first, as PostgreSQL's search path does; not
/// information_schema, which is not on it).
pub(crate) fn relation(schema: Option<&str>, name: &str) -> Option<&'static Relation> {
    match schema {
        None | Some("pg_catalog") => relations().iter().find(|r| r.table.name == name),
        Some("information_schema") => crate::information_schema::relation(name),
        _ => None,
    }
}

/// The SQLite storage class a column of this declared type gets in the
/// materialised table (declared types there only set affinity).
fn affinity(declared: &str) -> &'static str {
    match PgType::parse(declared) {
        Some(t) if t.is_integer() || t.is_oid() || t == PgType::Bool => "INTEGER",
        Some(PgType::Float4 | PgType::Float8) => "REAL",
        Some(_) => "TEXT",
        None => "",
    }
}

/// The relations whose rows are PostgreSQL's alone, the same for every
/// file and session: filled when the relations are created, not at each
/// schema change.
const FIXED: &[&str] = &["pg_proc", "pg_opclass", "pg_am", "pg_collation"];

/// The table that records which schema the relations were filled from.
const STAMP: &str = "temp.\"pg_catalog.pgshim_stamp\"";

/// Fills the system relations for the connection's schema unless they
/// were filled at this `stamp` already (see the module comment).
///
/// `databases` are the databases pg_database lists (the session's
/// [`databases`](crate::Session::databases)); `stamp` must change when
/// they do.
pub(crate) fn ensure(
    conn: &rusqlite::Connection,
    catalog: &Catalog,
    stamp: &str,
    database: &str,
    databases: &[String],
) -> Result<()> {
    let current: Option<String> = conn
        .query_row(&format!("SELECT stamp FROM {STAMP}"), [], |r| r.get(0))
        .ok();
    if current.as_deref() == Some(stamp) {
        return Ok(());
    }
    let fill = || -> rusqlite::Result<()> {
        let created = current.is_none();
        if created {
            create(conn)?;
        }
        let rows = Rows::read(conn, catalog, databases)?;
        for (spec, rel) in SPECS.iter().zip(relations()) {
            // What no schema changes is written once, with the tables.
            if FIXED.contains(&spec.name) && !created {
                continue;
            }
            conn.execute(&format!("DELETE FROM {}", rel.sqlite_name), [])?;
            let width = rel.table.columns.len();
            let marks = (1..=width)
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let mut insert =
                conn.prepare(&format!("INSERT INTO {} VALUES ({marks})", rel.sqlite_name))?;
            for row in rows.of(spec.name) {
                debug_assert_eq!(row.len(), width, "{}", spec.name);
                insert.execute(rusqlite::params_from_iter(row.iter()))?;
            }
        }
        conn.execute(&format!("DELETE FROM {INDEXDEFS}"), [])?;
        let mut insert = conn.prepare(&format!("INSERT INTO {INDEXDEFS} VALUES (?1, ?2, ?3)"))?;
        for row in rows.of("pgshim_indexdefs") {
            insert.execute(rusqlite::params_from_iter(row.iter()))?;
        }
        conn.execute(&format!("DELETE FROM {CONDEFS}"), [])?;
        let mut insert = conn.prepare(&format!("INSERT INTO {CONDEFS} VALUES (?1, ?2, ?3)"))?;
        for row in rows.of("pgshim_condefs") {
            insert.execute(rusqlite::params_from_iter(row.iter()))?;
        }
        fill_names(conn)?;
        crate::information_schema::fill(conn, catalog, database)?;
        conn.execute(&format!("DELETE FROM {STAMP}"), [])?;
        conn.execute(&format!("INSERT INTO {STAMP} VALUES (?1)"), [stamp])?;
        Ok(())
    };
    conn.execute_batch("SAVEPOINT pgshim_catalog")?;
    match fill() {
        Ok(()) => {
            conn.execute_batch("RELEASE pgshim_catalog")?;
            Ok(())
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK TO pgshim_catalog; RELEASE pgshim_catalog");
            Err(e.into())
        }
    }
}

/// `pg_get_indexdef`'s texts: per index OID, the whole definition
/// (column 0; -1 as `pretty` prints it) and each column's.
pub(crate) const INDEXDEFS: &str = "temp.\"pg_catalog.pgshim_indexdefs\"";

/// `pg_get_function_result`'s, `pg_get_function_arguments`' and
/// `pg_get_function_identity_arguments`' texts, per function OID.
pub(crate) const PROCDEFS: &str = "temp.\"pg_catalog.pgshim_procdefs\"";

/// `pg_get_constraintdef`'s texts: per constraint OID, plain (0) and
/// pretty (1).
pub(crate) const CONDEFS: &str = "temp.\"pg_catalog.pgshim_condefs\"";

/// (The helper tables' columns are named, and they are WITHOUT ROWID,
/// so that the argument of a lookup, `pg_get_constraintdef(oid)` in a
/// query of pg_constraint, cannot name one of their columns or SQLite's
/// `oid` alias of their rowid instead of the outer query's column.)
///
/// The names the OID alias types show (`regclass`, `regtype`,
/// `regnamespace` output), by kind (`c`, `t`, `n`) and OID.
pub(crate) const NAMES: &str = "temp.\"pg_catalog.pgshim_names\"";

/// Fills [`NAMES`] from the filled relations: a relation's or type's
/// name is qualified with its schema where the search path would not find
/// it by the bare name (a `public` table named like a `pg_catalog` one,
/// whose row type PostgreSQL also has), and quoted as `quote_ident`
/// quotes.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-oid.html>
/// (`regclassout`, `regtypeout`, `regnamespaceout` in regproc.c).
fn fill_names(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    use crate::types::scalar::quote_ident;
    conn.execute(&format!("DELETE FROM {NAMES}"), [])?;
    let mut names: Vec<(&str, i64, String)> = Vec::new();
    let qualified = |hidden: bool, nsp: i64, nspname: &str, name: &str| {
        if hidden || (nsp != PG_CATALOG && nsp != PUBLIC) {
            format!("{}.{}", quote_ident(nspname), quote_ident(name))
        } else {
            quote_ident(name)
        }
    };
    {
        let mut stmt = conn.prepare(
            "SELECT c.oid, c.relname, c.relnamespace, n.nspname, \
             c.relnamespace <> 11 AND EXISTS (SELECT 1 FROM temp.\"pg_catalog.pg_class\" p \
             WHERE p.relname = c.relname AND p.relnamespace = 11) \
             FROM temp.\"pg_catalog.pg_class\" c \
             JOIN temp.\"pg_catalog.pg_namespace\" n ON n.oid = c.relnamespace",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (name, nspname): (String, String) = (r.get(1)?, r.get(3)?);
            names.push((
                "c",
                r.get(0)?,
                qualified(r.get(4)?, r.get(2)?, &nspname, &name),
            ));
        }
    }
    {
        let mut stmt = conn.prepare(
            "SELECT t.oid, t.typname, t.typnamespace, n.nspname, t.typcategory, t.typelem, \
             t.typnamespace <> 11 AND (EXISTS (SELECT 1 FROM temp.\"pg_catalog.pg_type\" p \
             WHERE p.typname = t.typname AND p.typnamespace = 11) \
             OR EXISTS (SELECT 1 FROM temp.\"pg_catalog.pg_class\" p \
             WHERE p.relname = t.typname AND p.relnamespace = 11)) \
             FROM temp.\"pg_catalog.pg_type\" t \
             JOIN temp.\"pg_catalog.pg_namespace\" n ON n.oid = t.typnamespace",
        )?;
        let mut rows = stmt.query([])?;
        let mut by_oid = std::collections::HashMap::new();
        let mut arrays = Vec::new();
        while let Some(r) = rows.next()? {
            let oid: i64 = r.get(0)?;
            let (name, nspname, category): (String, String, String) =
                (r.get(1)?, r.get(3)?, r.get(4)?);
            let shown = match PgType::of_oid(oid as u32) {
                Some(ty) => regtype_name(ty),
                None if category == "A" => {
                    arrays.push((oid, r.get::<_, i64>(5)?));
                    continue;
                }
                None => qualified(r.get(6)?, r.get(2)?, &nspname, &name),
            };
            by_oid.insert(oid, shown);
        }
        for (oid, elem) in arrays {
            if let Some(e) = by_oid.get(&elem) {
                let shown = format!("{e}[]");
                by_oid.insert(oid, shown);
            }
        }
        names.extend(by_oid.into_iter().map(|(oid, n)| ("t", oid, n)));
    }
    {
        let mut stmt = conn.prepare("SELECT oid, nspname FROM temp.\"pg_catalog.pg_namespace\"")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            names.push(("n", r.get(0)?, quote_ident(&r.get::<_, String>(1)?)));
        }
    }
    for (oid, name, signature) in crate::system_procs::TYPE_PROCS {
        names.push(("p", *oid, quote_ident(name)));
        names.push(("f", *oid, signature.to_string()));
    }
    let mut insert = conn.prepare(&format!("INSERT INTO {NAMES} VALUES (?1, ?2, ?3)"))?;
    for (kind, oid, name) in names {
        insert.execute(rusqlite::params![kind, oid, name])?;
    }
    Ok(())
}

/// A built-in type's `regtype` output: `format_type` without a modifier,
/// which names `bpchar` `character`.
pub(crate) fn regtype_name(ty: PgType) -> String {
    let elem = ty.element().unwrap_or(ty);
    let base = match elem {
        PgType::Bpchar => "character".to_string(),
        other => crate::types::typmod::format_type(other, -1),
    };
    if ty.is_array() {
        format!("{base}[]")
    } else {
        base
    }
}

fn create(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    let mut sql = format!(
        "CREATE TABLE IF NOT EXISTS {STAMP} (stamp TEXT);\
         CREATE TABLE IF NOT EXISTS {NAMES} (pgshim_kind TEXT, pgshim_oid INTEGER, pgshim_name TEXT, PRIMARY KEY (pgshim_kind, pgshim_oid)) WITHOUT ROWID;\
         CREATE TABLE IF NOT EXISTS {INDEXDEFS} (pgshim_oid INTEGER, pgshim_col INTEGER, pgshim_def TEXT, PRIMARY KEY (pgshim_oid, pgshim_col)) WITHOUT ROWID;\
         CREATE TABLE IF NOT EXISTS {CONDEFS} (pgshim_oid INTEGER, pgshim_pretty INTEGER, pgshim_def TEXT, PRIMARY KEY (pgshim_oid, pgshim_pretty)) WITHOUT ROWID;\
         CREATE TABLE IF NOT EXISTS {PROCDEFS} (pgshim_oid INTEGER PRIMARY KEY, pgshim_result TEXT, pgshim_arguments TEXT, pgshim_identity TEXT) WITHOUT ROWID;"
    );
    for (spec, rel) in SPECS.iter().zip(relations()) {
        let cols = columns(spec)
            .map(|(n, t)| format!("\"{n}\" {}", affinity(t)))
            .collect::<Vec<_>>()
            .join(", ");
        sql.push_str(&format!(
            "CREATE TABLE IF NOT EXISTS {} ({cols});",
            rel.sqlite_name
        ));
        for k in spec.keys {
            sql.push_str(&format!(
                "CREATE INDEX IF NOT EXISTS temp.\"pg_catalog.{}.{k}\" ON \"pg_catalog.{}\" (\"{k}\");",
                spec.name, spec.name
            ));
        }
    }
    conn.execute_batch(&sql)?;
    crate::information_schema::create(conn)?;
    let mut insert = conn.prepare(&format!(
        "INSERT OR REPLACE INTO {PROCDEFS} VALUES (?1, ?2, ?3, ?4)"
    ))?;
    for p in crate::system_procs::PROCS {
        insert.execute(rusqlite::params![p.oid, p.result, p.arguments, p.identity])?;
    }
    Ok(())
}

/// One built-in type's `pg_type` facts, as PostgreSQL 15 has them.
struct BuiltinType {
    ty: PgType,
    len: i64,
    byval: bool,
    category: &'static str,
    preferred: bool,
    elem: i64,
    array: i64,
    align: &'static str,
    storage: &'static str,
    collation: i64,
    input: &'static str,
    output: &'static str,
    modin: &'static str,
}

macro_rules! bt {
    ($ty:ident, $len:expr, $byval:expr, $cat:expr, $pref:expr, $elem:expr, $array:expr, $align:expr, $storage:expr, $coll:expr, $in:expr, $out:expr, $modin:expr) => {
        BuiltinType {
            ty: PgType::$ty,
            len: $len,
            byval: $byval,
            category: $cat,
            preferred: $pref,
            elem: $elem,
            array: $array,
            align: $align,
            storage: $storage,
            collation: $coll,
            input: $in,
            output: $out,
            modin: $modin,
        }
    };
}

/// The types pgshim has, with their `pg_type` rows (recorded from
/// PostgreSQL 15's catalog).
const BUILTIN_TYPES: &[BuiltinType] = &[
    bt!(
        Bool, 1, true, "B", true, 0, 1000, "c", "p", 0, "boolin", "boolout", "-"
    ),
    bt!(
        Bytea, -1, false, "U", false, 0, 1001, "i", "x", 0, "byteain", "byteaout", "-"
    ),
    bt!(
        Char, 1, true, "Z", false, 0, 1002, "c", "p", 0, "charin", "charout", "-"
    ),
    bt!(
        Name, 64, false, "S", false, 18, 1003, "c", "p", 950, "namein", "nameout", "-"
    ),
    bt!(
        Int8, 8, true, "N", false, 0, 1016, "d", "p", 0, "int8in", "int8out", "-"
    ),
    bt!(
        Int2, 2, true, "N", false, 0, 1005, "s", "p", 0, "int2in", "int2out", "-"
    ),
    bt!(
        Int4, 4, true, "N", false, 0, 1007, "i", "p", 0, "int4in", "int4out", "-"
    ),
    bt!(
        Text, -1, false, "S", true, 0, 1009, "i", "x", 100, "textin", "textout", "-"
    ),
    bt!(
        Oid, 4, true, "N", true, 0, 1028, "i", "p", 0, "oidin", "oidout", "-"
    ),
    bt!(
        Int2vector,
        -1,
        false,
        "A",
        false,
        21,
        1006,
        "i",
        "p",
        0,
        "int2vectorin",
        "int2vectorout",
        "-"
    ),
    bt!(
        Oidvector,
        -1,
        false,
        "A",
        false,
        26,
        1013,
        "i",
        "p",
        0,
        "oidvectorin",
        "oidvectorout",
        "-"
    ),
    bt!(
        Regclass,
        4,
        true,
        "N",
        false,
        0,
        2210,
        "i",
        "p",
        0,
        "regclassin",
        "regclassout",
        "-"
    ),
    bt!(
        Regtype,
        4,
        true,
        "N",
        false,
        0,
        2211,
        "i",
        "p",
        0,
        "regtypein",
        "regtypeout",
        "-"
    ),
    bt!(
        Regnamespace,
        4,
        true,
        "N",
        false,
        0,
        4090,
        "i",
        "p",
        0,
        "regnamespacein",
        "regnamespaceout",
        "-"
    ),
    bt!(
        Regproc,
        4,
        true,
        "N",
        false,
        0,
        1008,
        "i",
        "p",
        0,
        "regprocin",
        "regprocout",
        "-"
    ),
    bt!(
        Regprocedure,
        4,
        true,
        "N",
        false,
        0,
        2207,
        "i",
        "p",
        0,
        "regprocedurein",
        "regprocedureout",
        "-"
    ),
    bt!(
        PgNodeTree,
        -1,
        false,
        "Z",
        false,
        0,
        0,
        "i",
        "x",
        100,
        "pg_node_tree_in",
        "pg_node_tree_out",
        "-"
    ),
    bt!(
        OidArray,
        -1,
        false,
        "A",
        false,
        26,
        0,
        "i",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        CharArray,
        -1,
        false,
        "A",
        false,
        18,
        0,
        "i",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        Aclitem,
        12,
        false,
        "U",
        false,
        0,
        1034,
        "i",
        "p",
        0,
        "aclitemin",
        "aclitemout",
        "-"
    ),
    bt!(
        AclitemArray,
        -1,
        false,
        "A",
        false,
        1033,
        0,
        "i",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        Json, -1, false, "U", false, 0, 199, "i", "x", 0, "json_in", "json_out", "-"
    ),
    bt!(
        NameArray,
        -1,
        false,
        "A",
        false,
        19,
        0,
        "i",
        "x",
        950,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        Float4,
        4,
        true,
        "N",
        false,
        0,
        1021,
        "i",
        "p",
        0,
        "float4in",
        "float4out",
        "-"
    ),
    bt!(
        Float8,
        8,
        true,
        "N",
        true,
        0,
        1022,
        "d",
        "p",
        0,
        "float8in",
        "float8out",
        "-"
    ),
    bt!(
        Unknown,
        -2,
        false,
        "X",
        false,
        0,
        0,
        "c",
        "p",
        0,
        "unknownin",
        "unknownout",
        "-"
    ),
    bt!(
        BoolArray,
        -1,
        false,
        "A",
        false,
        16,
        0,
        "i",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        Int2Array,
        -1,
        false,
        "A",
        false,
        21,
        0,
        "i",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        Int4Array,
        -1,
        false,
        "A",
        false,
        23,
        0,
        "i",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        TextArray,
        -1,
        false,
        "A",
        false,
        25,
        0,
        "i",
        "x",
        100,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        VarcharArray,
        -1,
        false,
        "A",
        false,
        1043,
        0,
        "i",
        "x",
        100,
        "array_in",
        "array_out",
        "varchartypmodin"
    ),
    bt!(
        Int8Array,
        -1,
        false,
        "A",
        false,
        20,
        0,
        "d",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        Float8Array,
        -1,
        false,
        "A",
        false,
        701,
        0,
        "d",
        "x",
        0,
        "array_in",
        "array_out",
        "-"
    ),
    bt!(
        Bpchar,
        -1,
        false,
        "S",
        false,
        0,
        1014,
        "i",
        "x",
        100,
        "bpcharin",
        "bpcharout",
        "bpchartypmodin"
    ),
    bt!(
        Varchar,
        -1,
        false,
        "S",
        false,
        0,
        1015,
        "i",
        "x",
        100,
        "varcharin",
        "varcharout",
        "varchartypmodin"
    ),
    bt!(
        Date, 4, true, "D", false, 0, 1182, "i", "p", 0, "date_in", "date_out", "-"
    ),
    bt!(
        Time,
        8,
        true,
        "D",
        false,
        0,
        1183,
        "d",
        "p",
        0,
        "time_in",
        "time_out",
        "timetypmodin"
    ),
    bt!(
        Timestamp,
        8,
        true,
        "D",
        false,
        0,
        1115,
        "d",
        "p",
        0,
        "timestamp_in",
        "timestamp_out",
        "timestamptypmodin"
    ),
    bt!(
        Timestamptz,
        8,
        true,
        "D",
        true,
        0,
        1185,
        "d",
        "p",
        0,
        "timestamptz_in",
        "timestamptz_out",
        "timestamptztypmodin"
    ),
    bt!(
        Interval,
        16,
        false,
        "T",
        true,
        0,
        1187,
        "d",
        "p",
        0,
        "interval_in",
        "interval_out",
        "intervaltypmodin"
    ),
    bt!(
        NumericArray,
        -1,
        false,
        "A",
        false,
        1700,
        0,
        "i",
        "x",
        0,
        "array_in",
        "array_out",
        "numerictypmodin"
    ),
    bt!(
        Timetz,
        12,
        false,
        "D",
        false,
        0,
        1270,
        "d",
        "p",
        0,
        "timetz_in",
        "timetz_out",
        "timetztypmodin"
    ),
    bt!(
        Numeric,
        -1,
        false,
        "N",
        false,
        0,
        1231,
        "i",
        "m",
        0,
        "numeric_in",
        "numeric_out",
        "numerictypmodin"
    ),
    bt!(
        Void, 4, true, "P", false, 0, 0, "i", "p", 0, "void_in", "void_out", "-"
    ),
];

/// The access methods (`pg_am`).
const ACCESS_METHODS: &[(i64, &str, &str, &str)] = &[
    (2, "heap", "heap_tableam_handler", "t"),
    (403, "btree", "bthandler", "i"),
    (405, "hash", "hashhandler", "i"),
    (783, "gist", "gisthandler", "i"),
    (2742, "gin", "ginhandler", "i"),
    (4000, "spgist", "spghandler", "i"),
    (3580, "brin", "brinhandler", "i"),
];

/// PostgreSQL 15's predefined roles (`pg_roles` lists them beside the
/// superuser).
const PREDEFINED_ROLES: &[(i64, &str)] = &[
    (3373, "pg_monitor"),
    (3374, "pg_read_all_settings"),
    (3375, "pg_read_all_stats"),
    (3377, "pg_stat_scan_tables"),
    (4200, "pg_signal_backend"),
    (4544, "pg_checkpoint"),
    (4569, "pg_read_server_files"),
    (4570, "pg_write_server_files"),
    (4571, "pg_execute_server_program"),
    (6171, "pg_database_owner"),
    (6181, "pg_read_all_data"),
    (6182, "pg_write_all_data"),
];

fn int(v: i64) -> Value {
    Value::Integer(v)
}
fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}
fn flag(b: bool) -> Value {
    Value::Integer(i64::from(b))
}
const NULL: Value = Value::Null;

/// The operator class pgshim kept beside each column of an index's
/// definition in the SQLite schema (see `rewrite::ddl`), in order.
fn operator_classes(
    conn: &rusqlite::Connection,
    index: &str,
) -> rusqlite::Result<Vec<Option<String>>> {
    use sqlparser::tokenizer::{Token, Tokenizer, Whitespace};
    let sql: Option<String> = conn
        .query_row(
            "SELECT sql FROM main.sqlite_schema WHERE type = 'index' AND name = ?1",
            [index],
            |r| r.get(0),
        )
        .ok()
        .flatten();
    let Some(sql) = sql else {
        return Ok(Vec::new());
    };
    let Ok(tokens) = Tokenizer::new(&sqlparser::dialect::SQLiteDialect {}, &sql).tokenize() else {
        return Ok(Vec::new());
    };
    // The column list: the first parenthesis after ON.
    let Some(on) = tokens
        .iter()
        .position(|t| matches!(t, Token::Word(w) if w.value.eq_ignore_ascii_case("on")))
    else {
        return Ok(Vec::new());
    };
    let mut classes = vec![None];
    let mut depth = 0;
    for t in &tokens[on..] {
        match t {
            Token::LParen => depth += 1,
            Token::RParen if depth == 1 => break,
            Token::RParen => depth -= 1,
            Token::Comma if depth == 1 => classes.push(None),
            Token::Whitespace(Whitespace::MultiLineComment(c)) if depth == 1 => {
                if let (Some(last), Some(text)) = (
                    classes.last_mut(),
                    crate::rewrite::deparse::stored_text(&format!("/*{c}*/")),
                ) {
                    *last = Some(text);
                }
            }
            _ => {}
        }
    }
    Ok(classes)
}

/// A `pg_node_tree` value `pg_get_expr` refuses to show, naming `what`.
fn unshown(what: &str) -> String {
    format!("{UNSHOWN}{what}")
}

/// How a `pg_node_tree` value that pgshim cannot show begins.
pub(crate) const UNSHOWN: char = '\u{1}';

/// An index's `indclass` and `indcollation` (oidvector texts): per
/// column the operator class its definition names, else its type's
/// default btree class, and its type's collation, as CREATE INDEX picks
/// them (recorded from PostgreSQL by scripts/gen-pg-procs); 0 for an
/// expression, whose type pgshim does not keep.
fn index_classes(catalog: &Catalog, i: &IndexInfo) -> (String, String) {
    let table = catalog.table(&i.table);
    let mut classes = Vec::new();
    let mut collations = Vec::new();
    for (k, def) in i.column_defs.iter().enumerate() {
        let ty = i
            .column_names
            .get(k)
            .and_then(|n| table.and_then(|t| t.column(n)))
            .and_then(|c| c.ty);
        let default = ty.and_then(|t| {
            crate::system_procs::DEFAULT_INDEX_CLASSES
                .iter()
                .find(|(name, _, _)| *name == t.sql_name())
        });
        let named = def
            .as_ref()
            .and_then(|(_, _, class)| class.as_deref())
            .and_then(|c| {
                crate::system_procs::BTREE_OPCLASSES
                    .iter()
                    .find(|(_, name, ..)| *name == c)
                    .map(|(oid, ..)| *oid)
            });
        classes.push(named.or(default.map(|d| d.1)).unwrap_or(0).to_string());
        collations.push(default.map_or(0, |d| d.2).to_string());
    }
    (classes.join(" "), collations.join(" "))
}

/// A database's OID: PostgreSQL's for `postgres` (5), and for any other
/// name a number of its own from 16384 on, the same for the same name
/// (FNV-1a of the name), as a database keeps its OID while it exists.
fn database_oid(name: &str) -> i64 {
    if name == "postgres" {
        return 5;
    }
    let hash = name.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    FIRST_OBJECT + i64::from(hash % 0x7fff_0000)
}

/// A `regproc` value: the OID of the built-in function named `name` (one
/// of [`TYPE_PROCS`](crate::system_procs::TYPE_PROCS)), 0 for `-`.
fn proc(name: &str) -> Value {
    let oid = crate::system_procs::TYPE_PROCS
        .binary_search_by(|(_, n, _)| n.as_bytes().cmp(name.as_bytes()))
        .map_or(0, |i| crate::system_procs::TYPE_PROCS[i].0);
    debug_assert!(oid != 0 || name == "-", "no function {name}");
    int(oid)
}

/// One of the file's relations, as SQLite keeps it.
struct Object {
    kind: String,
    name: String,
    oid: i64,
}

/// An index of the file, as `PRAGMA index_list` describes it.
struct IndexInfo {
    oid: i64,
    name: String,
    table_oid: i64,
    unique: bool,
    primary: bool,
    columns: i64,
    /// `indkey`: the columns' numbers (int2vector text).
    keys: String,
    /// `indoption`: per column, 3 for DESC (int2vector text).
    options: String,
    /// Each column as `pg_get_indexdef` shows it, whether it is DESC,
    /// and its operator class if not the default (`None`: an
    /// expression).
    column_defs: Vec<Option<(String, bool, Option<String>)>>,
    /// The indexed table's name.
    table: String,
    partial: bool,
    /// A partial index's predicate as pg_get_indexdef shows it, plain
    /// and pretty, where pgshim kept its source and prints it as
    /// PostgreSQL does.
    predicate: Option<(String, String)>,
    /// Its columns' names as stored (empty for an expression).
    column_names: Vec<String>,
    /// The kind of the constraint the index is of (`p`, `u`), if any.
    constraint: Option<&'static str>,
}

impl IndexInfo {
    /// `pg_get_indexdef(oid)`: the CREATE INDEX that makes the index, or
    /// `None` where an expression or predicate is not kept. `pretty`
    /// leaves out the schema of a table the search path finds.
    fn definition(&self, pretty: bool) -> Option<String> {
        use crate::types::scalar::quote_ident;
        let predicate = match (&self.predicate, self.partial) {
            (_, false) => String::new(),
            (Some((plain, nice)), true) => format!(" WHERE {}", if pretty { nice } else { plain }),
            (None, true) => return None,
        };
        let cols = self
            .column_defs
            .iter()
            .map(|c| {
                c.as_ref().map(|(n, desc, class)| {
                    let mut t = n.clone();
                    if let Some(class) = class {
                        t.push(' ');
                        t.push_str(class);
                    }
                    if *desc {
                        t.push_str(" DESC");
                    }
                    t
                })
            })
            .collect::<Option<Vec<_>>>()?
            .join(", ");
        let visible = relation(None, &self.table).is_none();
        Some(format!(
            "CREATE {}INDEX {} ON {}{} USING btree ({cols}){predicate}",
            if self.unique { "UNIQUE " } else { "" },
            quote_ident(&self.name),
            if pretty && visible { "" } else { "public." },
            quote_ident(&self.table)
        ))
    }
}

/// The rows of every system relation for one schema.
struct Rows {
    by_relation: std::collections::HashMap<&'static str, Vec<Vec<Value>>>,
}

impl Rows {
    fn of(&self, name: &str) -> &[Vec<Value>] {
        self.by_relation.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    fn read(
        conn: &rusqlite::Connection,
        catalog: &Catalog,
        databases: &[String],
    ) -> rusqlite::Result<Rows> {
        let mut next = FIRST_OBJECT;
        let mut defaults: Vec<(i64, i64, String, String)> = Vec::new();
        let mut objects = Vec::new();
        {
            let mut stmt = conn.prepare(&format!(
                "SELECT type, name, tbl_name FROM main.sqlite_schema \
                 WHERE type IN ('table', 'view', 'index') \
                 AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND {} ORDER BY rowid",
                crate::catalog::application_tables("tbl_name")
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let kind: String = r.get(0)?;
                let oid = next;
                // A table or view has a row type and its array type too.
                next += if kind == "index" { 1 } else { 3 };
                objects.push(Object {
                    kind,
                    name: r.get(1)?,
                    oid,
                });
            }
        }
        // SQLite's automatic indexes (PRIMARY KEY, UNIQUE) get
        // PostgreSQL's names; they follow the file's objects.
        let mut indexes = Vec::new();
        let mut constraints: Vec<(i64, String, Vec<ConstraintDef>)> = Vec::new();
        for t in objects.iter().filter(|o| o.kind == "table") {
            let sql: String = conn.query_row(
                "SELECT coalesce(sql, '') FROM main.sqlite_schema WHERE type = 'table' AND name = ?1",
                [&t.name],
                |r| r.get(0),
            )?;
            let t_constraints = declared_constraints(&t.name, &sql);
            let mut stmt = conn.prepare("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1) ORDER BY seq DESC")?;
            let list = stmt
                .query_map([&t.name], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, bool>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, bool>(3)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (name, unique, origin, partial) in list {
                let info: Vec<(String, i64, bool)> = conn
                    .prepare(
                        "SELECT coalesce(name, ''), cid, \"desc\" FROM pragma_index_xinfo(?1) WHERE key ORDER BY seqno",
                    )?
                    .query_map([&name], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                let cols: Vec<String> = info.iter().map(|(n, _, _)| n.clone()).collect();
                // Column numbers from 1; 0 for an expression (cid -2).
                let keys = info
                    .iter()
                    .map(|(_, cid, _)| (cid + 1).max(0).to_string())
                    .collect::<Vec<_>>()
                    .join(" ");
                // INDOPTION_DESC | INDOPTION_NULLS_FIRST: DESC sorts NULLs
                // first, as in PostgreSQL.
                let options = info
                    .iter()
                    .map(|(_, _, desc)| if *desc { "3" } else { "0" })
                    .collect::<Vec<_>>()
                    .join(" ");
                // pg_get_indexdef's text of each column; an expression's
                // is not kept.
                let classes = operator_classes(conn, &name)?;
                let column_defs: Vec<Option<(String, bool, Option<String>)>> = info
                    .iter()
                    .enumerate()
                    .map(|(k, (n, cid, desc))| {
                        (*cid >= 0).then(|| {
                            let class = classes.get(k).cloned().flatten();
                            (crate::types::scalar::quote_ident(n), *desc, class)
                        })
                    })
                    .collect();
                let declared = |kind: &str| {
                    t_constraints
                        .iter()
                        .find(|c| c.kind == kind && c.columns == cols)
                        .map(|c| c.name.clone())
                };
                let pg_name = match origin.as_str() {
                    "pk" => declared("p").unwrap_or(format!("{}_pkey", t.name)),
                    "u" => declared("u").unwrap_or(format!("{}_{}_key", t.name, cols.join("_"))),
                    _ => name.clone(),
                };
                // A UNIQUE constraint added by ALTER TABLE is such an index.
                let constraint = match origin.as_str() {
                    "pk" => Some("p"),
                    "u" => Some("u"),
                    _ if unique
                        && index_sql(conn, &name)?
                            .contains(crate::rewrite::ddl::UNIQUE_CONSTRAINT) =>
                    {
                        Some("u")
                    }
                    _ => None,
                };
                let oid = match objects.iter().find(|o| o.kind == "index" && o.name == name) {
                    Some(o) => o.oid,
                    None => {
                        next += 1;
                        next - 1
                    }
                };
                let predicate = if partial {
                    let sql = index_sql(conn, &name)?;
                    sql.rfind(" WHERE ")
                        .and_then(|at| crate::rewrite::deparse::stored_text(&sql[at..]))
                        .zip(catalog.table(&t.name))
                        .and_then(|(source, table)| {
                            crate::rewrite::deparse::predicate_text(&source, &table.columns)
                        })
                } else {
                    None
                };
                indexes.push(IndexInfo {
                    oid,
                    name: pg_name,
                    table_oid: t.oid,
                    unique,
                    primary: origin == "pk",
                    columns: cols.len() as i64,
                    column_names: cols.clone(),
                    keys,
                    options,
                    column_defs,
                    table: t.name.clone(),
                    partial,
                    predicate,
                    constraint,
                });
            }
            constraints.push((t.oid, t.name.clone(), t_constraints));
        }
        let mut by_relation: std::collections::HashMap<&'static str, Vec<Vec<Value>>> =
            Default::default();
        let mut add = |rel: &'static str, row: Vec<Value>| {
            by_relation.entry(rel).or_default().push(row);
        };

        // pg_namespace.
        for (oid, name, owner) in [
            (99, "pg_toast", SUPERUSER),
            (PG_CATALOG, "pg_catalog", SUPERUSER),
            (PUBLIC, "public", 6171),
            (INFORMATION_SCHEMA, "information_schema", SUPERUSER),
        ] {
            add("pg_namespace", vec![int(oid), text(name), int(owner), NULL]);
        }
        // PostgreSQL's own comments on its schemas.
        for (oid, description) in [
            (99, "reserved schema for TOAST tables"),
            (PG_CATALOG, "system catalog schema"),
            (PUBLIC, "standard public schema"),
        ] {
            add(
                "pg_description",
                vec![int(oid), int(2615), int(0), text(description)],
            );
        }

        // pg_roles.
        add(
            "pg_roles",
            vec![
                text(SUPERUSER_NAME),
                flag(true),
                flag(true),
                flag(true),
                flag(true),
                flag(true),
                flag(true),
                int(-1),
                text("********"),
                NULL,
                flag(true),
                NULL,
                int(SUPERUSER),
            ],
        );
        for (oid, name) in PREDEFINED_ROLES {
            add(
                "pg_roles",
                vec![
                    text(name),
                    flag(false),
                    flag(true),
                    flag(false),
                    flag(false),
                    flag(false),
                    flag(false),
                    int(-1),
                    text("********"),
                    NULL,
                    flag(false),
                    NULL,
                    int(*oid),
                ],
            );
        }

        // pg_database: UTF8 (6), C collation (pgshim compares text by
        // its bytes), no templates (a file has none to copy from).
        for name in databases {
            add(
                "pg_database",
                vec![
                    int(database_oid(name)),
                    text(name),
                    int(SUPERUSER),
                    int(6),
                    text("c"),
                    flag(false),
                    flag(true),
                    int(-1),
                    NULL,
                    NULL,
                    int(1663),
                    text("C"),
                    text("C"),
                    NULL,
                    NULL,
                    NULL,
                ],
            );
        }

        // pg_proc: the functions pgshim translates, as PostgreSQL has
        // them (prosupport 0: pgshim plans no calls through support
        // functions; prosqlbody NULL).
        for p in crate::system_procs::PROCS {
            let opt = |v: Option<&str>| v.map_or(NULL, text);
            add(
                "pg_proc",
                vec![
                    int(p.oid),
                    text(p.name),
                    int(PG_CATALOG),
                    int(SUPERUSER),
                    int(p.lang),
                    Value::Real(p.cost),
                    Value::Real(p.rows),
                    int(p.variadic),
                    int(0),
                    text(p.kind),
                    flag(false),
                    flag(p.leakproof),
                    flag(p.strict),
                    flag(p.retset),
                    text(p.volatile),
                    text(p.parallel),
                    int(p.nargs),
                    int(p.nargdefaults),
                    int(p.rettype),
                    text(p.argtypes),
                    opt(p.allargtypes),
                    opt(p.argmodes),
                    opt(p.argnames),
                    NULL,
                    NULL,
                    text(p.src),
                    NULL,
                    NULL,
                    NULL,
                    NULL,
                ],
            );
        }

        // pg_opclass: PostgreSQL's btree operator classes (the access
        // method of every index pgshim has).
        for (oid, name, family, intype, default) in crate::system_procs::BTREE_OPCLASSES {
            add(
                "pg_opclass",
                vec![
                    int(*oid),
                    int(403),
                    text(name),
                    int(PG_CATALOG),
                    int(SUPERUSER),
                    int(*family),
                    int(*intype),
                    flag(*default),
                    int(0),
                ],
            );
        }

        // pg_collation: the database default and the libc collations
        // every PostgreSQL has (not the operating system's locales,
        // which initdb imports).
        for (oid, name, provider, locale) in [
            (100, "default", "d", None),
            (950, "C", "c", Some("C")),
            (951, "POSIX", "c", Some("POSIX")),
        ] {
            let locale = locale.map_or(NULL, text);
            add(
                "pg_collation",
                vec![
                    int(oid),
                    text(name),
                    int(PG_CATALOG),
                    int(SUPERUSER),
                    text(provider),
                    flag(true),
                    int(-1),
                    locale.clone(),
                    locale,
                    NULL,
                    NULL,
                ],
            );
        }

        // pg_am.
        for (oid, name, handler, kind) in ACCESS_METHODS {
            add(
                "pg_am",
                vec![int(*oid), text(name), proc(handler), text(kind)],
            );
        }

        // pg_type: the built-in types, then each relation's row type.
        for b in BUILTIN_TYPES {
            let pseudo = matches!(b.ty, PgType::Void | PgType::Unknown);
            let subscript = if b.ty.is_array() || b.ty.vector_element().is_some() {
                "array_subscript_handler"
            } else if b.ty == PgType::Name {
                "raw_array_subscript_handler"
            } else {
                "-"
            };
            let (recv, send) = if b.ty.is_array() {
                ("array_recv".to_string(), "array_send".to_string())
            } else if b.ty == PgType::Aclitem {
                // aclitem has no binary format.
                ("-".to_string(), "-".to_string())
            } else {
                let base = b.input.trim_end_matches("in").trim_end_matches('_');
                let sep = if b.input.ends_with("_in") { "_" } else { "" };
                (format!("{base}{sep}recv"), format!("{base}{sep}send"))
            };
            let modout = b.modin.replace("typmodin", "typmodout");
            add(
                "pg_type",
                vec![
                    int(i64::from(b.ty.oid())),
                    text(b.ty.name()),
                    int(PG_CATALOG),
                    int(SUPERUSER),
                    int(b.len),
                    flag(b.byval),
                    text(if pseudo { "p" } else { "b" }),
                    text(b.category),
                    flag(b.preferred),
                    flag(true),
                    text(","),
                    int(0),
                    proc(subscript),
                    int(b.elem),
                    int(b.array),
                    proc(b.input),
                    proc(b.output),
                    proc(&recv),
                    proc(&send),
                    proc(b.modin),
                    proc(if b.modin == "-" { "-" } else { &modout }),
                    proc(if b.ty.is_array() {
                        "array_typanalyze"
                    } else {
                        "-"
                    }),
                    text(b.align),
                    text(b.storage),
                    flag(false),
                    int(0),
                    int(-1),
                    int(0),
                    int(b.collation),
                    NULL,
                    NULL,
                    NULL,
                ],
            );
        }

        // pg_type: information_schema's domains, over their base types
        // (their array types are not there: typarray 0).
        for d in crate::types::Domain::ALL {
            let Some(b) = BUILTIN_TYPES.iter().find(|b| b.ty == d.base()) else {
                continue;
            };
            // The base type's send function (`nameout`: `namesend`).
            let send = match b.output.strip_suffix("_out") {
                Some(base) => format!("{base}_send"),
                None => format!("{}send", b.output.trim_end_matches("out")),
            };
            let default = d == crate::types::Domain::TimeStamp;
            add(
                "pg_type",
                vec![
                    int(i64::from(d.oid())),
                    text(d.name()),
                    int(INFORMATION_SCHEMA),
                    int(SUPERUSER),
                    int(b.len),
                    flag(b.byval),
                    text("d"),
                    text(b.category),
                    flag(false),
                    flag(true),
                    text(","),
                    int(0),
                    proc("-"),
                    int(0),
                    int(0),
                    proc("domain_in"),
                    proc(b.output),
                    proc("domain_recv"),
                    proc(&send),
                    proc("-"),
                    proc("-"),
                    proc("-"),
                    text(b.align),
                    text(b.storage),
                    flag(false),
                    int(i64::from(d.base().oid())),
                    int(i64::from(d.typmod())),
                    int(0),
                    int(b.collation),
                    if default {
                        Value::Text(unshown("the default of domain \"time_stamp\""))
                    } else {
                        NULL
                    },
                    if default {
                        text("CURRENT_TIMESTAMP(2)")
                    } else {
                        NULL
                    },
                    NULL,
                ],
            );
        }

        // pg_class, pg_attribute, the row types, pg_tables and pg_views:
        // the catalogs themselves first, then the file's relations.
        for (spec, rel) in SPECS.iter().zip(relations()) {
            let columns = rel.table.columns.len() as i64;
            let class = Class {
                has_index: spec.kind == "r" && !spec.keys.is_empty(),
                ..Class::plain(spec.oid, spec.name, PG_CATALOG, spec.kind, columns)
            };
            add("pg_class", class.row());
            for (i, c) in rel.table.columns.iter().enumerate() {
                add(
                    "pg_attribute",
                    attribute_row(spec.oid, i as i64 + 1, c, false),
                );
            }
        }
        // Foreign keys put triggers on both tables (PostgreSQL's RI triggers).
        let mut with_triggers = std::collections::HashSet::new();
        for o in objects.iter().filter(|o| o.kind == "table") {
            let parents: Vec<String> = conn
                .prepare("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1)")?
                .query_map([&o.name], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if !parents.is_empty() {
                with_triggers.insert(o.name.to_ascii_lowercase());
                with_triggers.extend(parents.into_iter().map(|p| p.to_ascii_lowercase()));
            }
        }
        for o in objects.iter().filter(|o| o.kind != "index") {
            let Some(table) = catalog.table(&o.name) else {
                continue;
            };
            let kind = if o.kind == "view" { "v" } else { "r" };
            let has_index = indexes.iter().any(|i| i.table_oid == o.oid);
            let triggers = with_triggers.contains(&o.name.to_ascii_lowercase());
            let class = Class {
                oid: o.oid,
                name: &o.name,
                namespace: PUBLIC,
                row_type: o.oid + 1,
                kind,
                columns: table.columns.len() as i64,
                has_index,
                checks: if kind == "r" {
                    check_count(conn, &o.name)?
                } else {
                    0
                },
                triggers,
            };
            add("pg_class", class.row());
            for (i, c) in table.columns.iter().enumerate() {
                // An identity column's sequence is no default of it
                // (attidentity says so, and pg_attrdef has no row).
                let identity = kind == "r" && catalog.identity_sequence(&o.name, &c.name).is_some();
                let mut row = attribute_row(o.oid, i as i64 + 1, c, true);
                if identity {
                    row[ATTHASDEF] = flag(false);
                    row[ATTIDENTITY] = text("d");
                }
                add("pg_attribute", row);
                if let (Some(d), "r", false) = (&c.default_sql, kind, identity) {
                    defaults.push((o.oid, i as i64 + 1, d.clone(), c.name.clone()));
                }
            }
            add("pg_type", row_type(o.oid + 1, &o.name, o.oid, o.oid + 2));
            add(
                "pg_type",
                array_type(o.oid + 2, &format!("_{}", o.name), o.oid + 1),
            );
            if kind == "r" {
                add(
                    "pg_tables",
                    vec![
                        text("public"),
                        text(&o.name),
                        text(SUPERUSER_NAME),
                        NULL,
                        flag(has_index),
                        flag(false),
                        flag(triggers),
                        flag(false),
                    ],
                );
            } else {
                add(
                    "pg_views",
                    vec![text("public"), text(&o.name), text(SUPERUSER_NAME), NULL],
                );
            }
        }
        for i in &indexes {
            let what = format!("the definition of index \"{}\"", i.name);
            let shown = |d: Option<String>| d.unwrap_or_else(|| unshown(&what));
            // Column 0 is the whole definition; -1 the pretty one.
            add(
                "pgshim_indexdefs",
                vec![int(i.oid), int(0), text(&shown(i.definition(false)))],
            );
            add(
                "pgshim_indexdefs",
                vec![int(i.oid), int(-1), text(&shown(i.definition(true)))],
            );
            for (k, c) in i.column_defs.iter().enumerate() {
                add(
                    "pgshim_indexdefs",
                    vec![
                        int(i.oid),
                        int(k as i64 + 1),
                        text(&shown(c.as_ref().map(|(n, _, _)| n.clone()))),
                    ],
                );
            }
            let class = Class::plain(i.oid, &i.name, PUBLIC, "i", i.columns);
            add("pg_class", class.row());
            let (classes, collations) = index_classes(catalog, i);
            add(
                "pg_index",
                vec![
                    int(i.oid),
                    int(i.table_oid),
                    int(i.columns),
                    int(i.columns),
                    flag(i.unique),
                    flag(false),
                    flag(i.primary),
                    flag(false),
                    flag(true),
                    flag(false),
                    flag(true),
                    flag(false),
                    flag(true),
                    flag(true),
                    flag(false),
                    text(&i.keys),
                    text(&collations),
                    text(&classes),
                    text(&i.options),
                    NULL,
                    if i.partial {
                        Value::Text(unshown(&format!("the predicate of index \"{}\"", i.name)))
                    } else {
                        NULL
                    },
                ],
            );
        }
        // pg_constraint, after the indexes they use.
        for (rel, table, defs) in &constraints {
            let Some(t) = catalog.table(table) else {
                continue;
            };
            let attnum = |c: &str| {
                t.columns
                    .iter()
                    .position(|x| x.name == c)
                    .map_or(0, |i| i as i64 + 1)
            };
            let array = |nums: &[i64]| {
                Value::Text(crate::types::array::format(
                    &nums.iter().map(|n| Some(n.to_string())).collect::<Vec<_>>(),
                ))
            };
            // The unique and primary-key indexes are their constraints.
            for i in indexes.iter().filter(|i| i.table_oid == *rel) {
                let Some(kind) = i.constraint else { continue };
                let def = defs.iter().find(|d| d.kind == kind && d.name == i.name);
                let cols = &i.column_names;
                let nums: Vec<i64> = cols.iter().map(|c| attnum(c)).collect();
                let (deferrable, deferred) =
                    def.map_or((false, false), |d| (d.deferrable, d.deferred));
                let words = if kind == "p" { "PRIMARY KEY" } else { "UNIQUE" };
                let text = format!(
                    "{words} ({}){}",
                    cols.iter()
                        .map(|c| crate::types::scalar::quote_ident(c))
                        .collect::<Vec<_>>()
                        .join(", "),
                    timing_text(deferrable, deferred)
                );
                add(
                    "pgshim_condefs",
                    vec![int(next), int(0), Value::Text(text.clone())],
                );
                add("pgshim_condefs", vec![int(next), int(1), Value::Text(text)]);
                add(
                    "pg_constraint",
                    constraint_row(
                        next,
                        &i.name,
                        kind,
                        (deferrable, deferred),
                        *rel,
                        i.oid,
                        0,
                        (" ", " ", " "),
                        array(&nums),
                        NULL,
                        NULL,
                    ),
                );
                next += 1;
            }
            for d in defs {
                match d.kind {
                    "f" => {
                        let Some(fk) = &d.fk else { continue };
                        let Some(target) = catalog.table(&fk.table) else {
                            continue;
                        };
                        let target_oid = objects
                            .iter()
                            .find(|o| o.kind == "table" && o.name == fk.table)
                            .map_or(0, |o| o.oid);
                        let ref_cols = if fk.columns.is_empty() {
                            target.primary_key.clone()
                        } else {
                            fk.columns.clone()
                        };
                        let ref_nums: Vec<i64> = ref_cols
                            .iter()
                            .map(|c| {
                                target
                                    .columns
                                    .iter()
                                    .position(|x| &x.name == c)
                                    .map_or(0, |i| i as i64 + 1)
                            })
                            .collect();
                        // The referenced table's unique index on those
                        // columns, in any order.
                        let mut wanted = ref_cols.clone();
                        wanted.sort();
                        let index = indexes
                            .iter()
                            .find(|i| {
                                let mut cols = i.column_names.clone();
                                cols.sort();
                                i.table_oid == target_oid && i.unique && cols == wanted
                            })
                            .map_or(0, |i| i.oid);
                        let nums: Vec<i64> = d.columns.iter().map(|c| attnum(c)).collect();
                        let quote = |cs: &[String]| {
                            cs.iter()
                                .map(|c| crate::types::scalar::quote_ident(c))
                                .collect::<Vec<_>>()
                                .join(", ")
                        };
                        let mut text = format!(
                            "FOREIGN KEY ({}) REFERENCES {}({})",
                            quote(&d.columns),
                            crate::types::scalar::quote_ident(&fk.table),
                            quote(&ref_cols)
                        );
                        if fk.full {
                            text.push_str(" MATCH FULL");
                        }
                        for (what, a) in [("UPDATE", fk.on_update), ("DELETE", fk.on_delete)] {
                            let word = match a {
                                "r" => "RESTRICT",
                                "c" => "CASCADE",
                                "n" => "SET NULL",
                                "d" => "SET DEFAULT",
                                _ => continue,
                            };
                            text.push_str(&format!(" ON {what} {word}"));
                        }
                        text.push_str(&timing_text(d.deferrable, d.deferred));
                        add(
                            "pgshim_condefs",
                            vec![int(next), int(0), Value::Text(text.clone())],
                        );
                        add("pgshim_condefs", vec![int(next), int(1), Value::Text(text)]);
                        let ops = |cols: &[String], of: &Table| {
                            cols.iter()
                                .map(|c| {
                                    of.column(c).and_then(|c| c.ty).map_or(0, equality_operator)
                                })
                                .collect::<Vec<i64>>()
                        };
                        let eqops = ops(&d.columns, t);
                        let known = !eqops.contains(&0) && eqops == ops(&ref_cols, target);
                        let eq = if known { array(&eqops) } else { NULL };
                        add(
                            "pg_constraint",
                            constraint_row(
                                next,
                                &d.name,
                                "f",
                                (d.deferrable, d.deferred),
                                *rel,
                                index,
                                target_oid,
                                (fk.on_update, fk.on_delete, if fk.full { "f" } else { "s" }),
                                array(&nums),
                                array(&ref_nums),
                                eq,
                            ),
                        );
                        next += 1;
                    }
                    "c" => {
                        let shown = d
                            .check
                            .as_deref()
                            .and_then(|src| crate::rewrite::deparse::check_text(src, &t.columns));
                        let what = format!("the definition of check constraint \"{}\"", d.name);
                        let (plain, pretty) = match shown {
                            Some((p, q)) => (p, q),
                            None => (unshown(&what), unshown(&what)),
                        };
                        // conkey: the columns the expression reads.
                        // In the order the expression first reads them.
                        let nums: Vec<i64> = d
                            .check
                            .as_deref()
                            .map(|src| mentioned(src, &t.columns))
                            .unwrap_or_default();
                        let conbin = plain
                            .strip_prefix("CHECK (")
                            .and_then(|x| x.strip_suffix(')'))
                            .map_or_else(|| plain.clone(), str::to_string);
                        add(
                            "pgshim_condefs",
                            vec![int(next), int(0), Value::Text(plain)],
                        );
                        add(
                            "pgshim_condefs",
                            vec![int(next), int(1), Value::Text(pretty)],
                        );
                        let mut row = constraint_row(
                            next,
                            &d.name,
                            "c",
                            (false, false),
                            *rel,
                            0,
                            0,
                            (" ", " ", " "),
                            array(&nums),
                            NULL,
                            NULL,
                        );
                        if let Some(last) = row.last_mut() {
                            *last = Value::Text(conbin);
                        }
                        add("pg_constraint", row);
                        next += 1;
                    }
                    _ => {}
                }
            }
        }
        for name in catalog.sequence_names() {
            let class = Class::plain(next, name, PUBLIC, "S", 3);
            add("pg_class", class.row());
            if let Some(s) = catalog.sequence(name) {
                add(
                    "pg_sequence",
                    vec![
                        int(next),
                        int(i64::from(s.data_type.oid())),
                        int(s.start),
                        int(s.increment),
                        int(s.max),
                        int(s.min),
                        int(s.cache),
                        flag(s.cycle),
                    ],
                );
            }
            next += 1;
        }
        // pg_attrdef: each default's PostgreSQL text, which pg_get_expr
        // shows (see rewrite::deparse), or what it refuses.
        for (rel, num, sql, column) in defaults {
            let adbin = match crate::rewrite::deparse::stored_text(&sql) {
                Some(t) => t,
                None => unshown(&format!(
                    "the default of column \"{column}\" (pgshim keeps PostgreSQL's text of constants, now() and its kin and sequences, for defaults set since it records them)"
                )),
            };
            add(
                "pg_attrdef",
                vec![int(next), int(rel), int(num), Value::Text(adbin)],
            );
            next += 1;
        }
        Ok(Rows { by_relation })
    }
}

/// A `pg_class` row's facts.
struct Class<'a> {
    oid: i64,
    name: &'a str,
    namespace: i64,
    row_type: i64,
    kind: &'static str,
    columns: i64,
    has_index: bool,
    checks: i64,
    triggers: bool,
}

impl<'a> Class<'a> {
    /// A relation with no row type, index, checks or triggers.
    fn plain(oid: i64, name: &'a str, namespace: i64, kind: &'static str, columns: i64) -> Self {
        Class {
            oid,
            name,
            namespace,
            row_type: 0,
            kind,
            columns,
            has_index: false,
            checks: 0,
            triggers: false,
        }
    }

    fn row(&self) -> Vec<Value> {
        let (am, filenode, replident) = match self.kind {
            "r" => (2, self.oid, "d"),
            "i" => (403, self.oid, "n"),
            "S" => (0, self.oid, "n"),
            _ => (0, 0, "n"),
        };
        vec![
            int(self.oid),
            text(self.name),
            int(self.namespace),
            int(self.row_type),
            int(0),
            int(SUPERUSER),
            int(am),
            int(filenode),
            int(0),
            int(0),
            Value::Real(if self.kind == "S" { 1.0 } else { -1.0 }),
            int(0),
            int(0),
            flag(self.has_index),
            flag(false),
            text("p"),
            text(self.kind),
            int(self.columns),
            int(self.checks),
            flag(self.kind == "v"),
            flag(self.triggers),
            flag(false),
            flag(false),
            flag(false),
            flag(true),
            text(replident),
            flag(false),
            int(0),
            NULL,
            NULL,
            NULL,
            NULL,
            NULL,
        ]
    }
}

/// `pg_attribute.atthasdef`'s place in an [`attribute_row`].
const ATTHASDEF: usize = 14;
/// `pg_attribute.attidentity`'s place in an [`attribute_row`].
const ATTIDENTITY: usize = 16;

/// A `pg_attribute` row: column `num` of relation `rel`.
fn attribute_row(rel: i64, num: i64, c: &Column, user: bool) -> Vec<Value> {
    let facts = c.ty.and_then(|t| BUILTIN_TYPES.iter().find(|b| b.ty == t));
    let (oid, len, byval, align, storage, collation) = match facts {
        Some(b) => (
            i64::from(b.ty.oid()),
            b.len,
            b.byval,
            b.align,
            b.storage,
            b.collation,
        ),
        None => (0, -1, false, "i", "x", 0),
    };
    let has_default = user && c.default_sql.is_some();
    vec![
        int(rel),
        text(&c.name),
        int(oid),
        int(-1),
        int(len),
        int(num),
        int(i64::from(c.ty.is_some_and(PgType::is_array))),
        int(-1),
        int(i64::from(c.typmod())),
        flag(byval),
        text(align),
        text(storage),
        text(""),
        flag(c.not_null),
        flag(has_default),
        flag(false),
        text(""),
        text(""),
        flag(false),
        flag(true),
        int(0),
        int(collation),
        NULL,
        NULL,
        NULL,
        NULL,
    ]
}

/// The row type PostgreSQL makes for a table or view.
fn row_type(oid: i64, name: &str, relid: i64, array: i64) -> Vec<Value> {
    composite_type(
        oid,
        name,
        relid,
        0,
        array,
        "c",
        "C",
        "record_in",
        "record_out",
        "x",
    )
}

/// The array type of a row type.
fn array_type(oid: i64, name: &str, elem: i64) -> Vec<Value> {
    composite_type(
        oid,
        name,
        0,
        elem,
        0,
        "b",
        "A",
        "array_in",
        "array_out",
        "x",
    )
}

#[allow(clippy::too_many_arguments)]
fn composite_type(
    oid: i64,
    name: &str,
    relid: i64,
    elem: i64,
    array: i64,
    typtype: &str,
    category: &str,
    input: &str,
    output: &str,
    storage: &str,
) -> Vec<Value> {
    let array_of = typtype == "b";
    vec![
        int(oid),
        text(name),
        int(PUBLIC),
        int(SUPERUSER),
        int(-1),
        flag(false),
        text(typtype),
        text(category),
        flag(false),
        flag(true),
        text(","),
        int(relid),
        proc(if array_of {
            "array_subscript_handler"
        } else {
            "-"
        }),
        int(elem),
        int(array),
        proc(input),
        proc(output),
        proc(if array_of {
            "array_recv"
        } else {
            "record_recv"
        }),
        proc(if array_of {
            "array_send"
        } else {
            "record_send"
        }),
        proc("-"),
        proc("-"),
        proc(if array_of { "array_typanalyze" } else { "-" }),
        text("d"),
        text(storage),
        flag(false),
        int(0),
        int(-1),
        int(0),
        int(0),
        NULL,
        NULL,
        NULL,
    ]
}

/// How many CHECK constraints a table's SQL declares: pgshim writes each
/// with its name (`CONSTRAINT "t_x_check" CHECK (…)`); the unnamed checks
/// it adds itself (`pg_varchar_fits`) are not PostgreSQL constraints.
fn check_count(conn: &rusqlite::Connection, table: &str) -> rusqlite::Result<i64> {
    let sql: String = conn.query_row(
        "SELECT coalesce(sql, '') FROM main.sqlite_schema WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    let mut n = 0;
    for (i, _) in sql.match_indices("CONSTRAINT \"") {
        let rest = &sql[i + "CONSTRAINT \"".len()..];
        if let Some(end) = rest.find('"')
            && rest[end + 1..].starts_with(" CHECK (")
        {
            n += 1;
        }
    }
    Ok(n)
}

/// A table's constraint as pg_constraint lists it, read from the table's
/// SQL in the SQLite schema (pgshim writes every FOREIGN KEY and CHECK
/// with its PostgreSQL name, and a CHECK with its source text).
struct ConstraintDef {
    name: String,
    /// `p`, `u`, `f` or `c`.
    kind: &'static str,
    columns: Vec<String>,
    fk: Option<ForeignKeyDef>,
    /// A CHECK's source text.
    check: Option<String>,
    deferrable: bool,
    deferred: bool,
}

struct ForeignKeyDef {
    table: String,
    /// Empty: the referenced table's primary key.
    columns: Vec<String>,
    on_update: &'static str,
    on_delete: &'static str,
    full: bool,
}

/// The constraints declared in `sql`, a table's CREATE TABLE as SQLite
/// keeps it; unnamed CHECKs are pgshim's own (`pg_varchar_fits`), not
/// PostgreSQL constraints.
/// The name of `table`'s foreign key over `columns`, as pg_constraint
/// lists it.
pub(crate) fn foreign_key_name(
    conn: &rusqlite::Connection,
    table: &str,
    columns: &[String],
) -> rusqlite::Result<Option<String>> {
    let sql: String = conn.query_row(
        "SELECT coalesce(sql, '') FROM main.sqlite_schema WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    Ok(declared_constraints(table, &sql)
        .into_iter()
        .find(|c| c.kind == "f" && c.columns == columns)
        .map(|c| c.name))
}

fn declared_constraints(table: &str, sql: &str) -> Vec<ConstraintDef> {
    use sqlparser::ast::{
        ColumnOption, ConstraintCharacteristics, DeferrableInitial, ReferentialAction, Statement,
        TableConstraint,
    };
    let dialect = sqlparser::dialect::SQLiteDialect {};
    let Ok(mut stmts) = sqlparser::parser::Parser::parse_sql(&dialect, sql) else {
        return Vec::new();
    };
    let Some(Statement::CreateTable(ct)) = stmts.pop() else {
        return Vec::new();
    };
    let checks = check_sources(sql);
    let action = |a: Option<ReferentialAction>| match a {
        Some(ReferentialAction::Restrict) => "r",
        Some(ReferentialAction::Cascade) => "c",
        Some(ReferentialAction::SetNull) => "n",
        Some(ReferentialAction::SetDefault) => "d",
        _ => "a",
    };
    let timing = |c: &Option<ConstraintCharacteristics>| {
        let c = c.as_ref();
        let deferred = c.is_some_and(|c| c.initially == Some(DeferrableInitial::Deferred));
        (
            c.and_then(|c| c.deferrable).unwrap_or(false) || deferred,
            deferred,
        )
    };
    let name_of = |i: &sqlparser::ast::Ident| i.value.clone();
    let index_cols = |cols: &[sqlparser::ast::IndexColumn]| -> Vec<String> {
        cols.iter()
            .map(|c| match &c.column.expr {
                sqlparser::ast::Expr::Identifier(i) => i.value.to_ascii_lowercase(),
                other => other.to_string(),
            })
            .collect()
    };
    let fk_def = |fk: &sqlparser::ast::ForeignKeyConstraint| ForeignKeyDef {
        table: fk
            .foreign_table
            .0
            .last()
            .and_then(|p| p.as_ident())
            .map(|i| i.value.clone())
            .unwrap_or_default(),
        columns: fk.referred_columns.iter().map(name_of).collect(),
        on_update: action(fk.on_update),
        on_delete: action(fk.on_delete),
        full: matches!(
            fk.match_kind,
            Some(sqlparser::ast::ConstraintReferenceMatchKind::Full)
        ),
    };
    let mut out = Vec::new();
    let mut add = |name: String, kind, columns, fk, check, (deferrable, deferred)| {
        out.push(ConstraintDef {
            name,
            kind,
            columns,
            fk,
            check,
            deferrable,
            deferred,
        });
    };
    for col in &ct.columns {
        let cname = col.name.value.clone();
        for opt in &col.options {
            let given = opt.name.as_ref().map(name_of);
            match &opt.option {
                ColumnOption::PrimaryKey(pk) => add(
                    given.unwrap_or(format!("{table}_pkey")),
                    "p",
                    vec![cname.clone()],
                    None,
                    None,
                    timing(&pk.characteristics),
                ),
                ColumnOption::Unique(u) => add(
                    given.unwrap_or(format!("{table}_{cname}_key")),
                    "u",
                    vec![cname.clone()],
                    None,
                    None,
                    timing(&u.characteristics),
                ),
                ColumnOption::ForeignKey(fk) => add(
                    given.unwrap_or(format!("{table}_{cname}_fkey")),
                    "f",
                    vec![cname.clone()],
                    Some(fk_def(fk)),
                    None,
                    timing(&fk.characteristics),
                ),
                ColumnOption::Check(_) => {
                    if let Some(n) = given {
                        let source = checks.get(&n).cloned();
                        add(n, "c", Vec::new(), None, source, (false, false));
                    }
                }
                _ => {}
            }
        }
    }
    for c in &ct.constraints {
        match c {
            TableConstraint::PrimaryKey(pk) => add(
                pk.name
                    .as_ref()
                    .map(name_of)
                    .unwrap_or(format!("{table}_pkey")),
                "p",
                index_cols(&pk.columns),
                None,
                None,
                timing(&pk.characteristics),
            ),
            TableConstraint::Unique(u) => {
                let cols = index_cols(&u.columns);
                add(
                    u.name
                        .as_ref()
                        .map(name_of)
                        .unwrap_or(format!("{table}_{}_key", cols.join("_"))),
                    "u",
                    cols,
                    None,
                    None,
                    timing(&u.characteristics),
                )
            }
            TableConstraint::ForeignKey(fk) => {
                let cols: Vec<String> = fk
                    .columns
                    .iter()
                    .map(|i| i.value.to_ascii_lowercase())
                    .collect();
                add(
                    fk.name
                        .as_ref()
                        .map(name_of)
                        .unwrap_or(format!("{table}_{}_fkey", cols.join("_"))),
                    "f",
                    cols,
                    Some(fk_def(fk)),
                    None,
                    timing(&fk.characteristics),
                )
            }
            TableConstraint::Check(ck) => {
                if let Some(n) = ck.name.as_ref().map(name_of) {
                    let source = checks.get(&n).cloned();
                    add(n, "c", Vec::new(), None, source, (false, false));
                }
            }
            _ => {}
        }
    }
    out
}

/// Each named CHECK's source text, from the comment pgshim keeps inside
/// it (`CONSTRAINT "t_x_check" CHECK ("x" > 0 /*pg:x > 0*/)`).
fn check_sources(sql: &str) -> std::collections::HashMap<String, String> {
    use sqlparser::tokenizer::{Token, Tokenizer, Whitespace};
    let mut out = std::collections::HashMap::new();
    let Ok(tokens) = Tokenizer::new(&sqlparser::dialect::SQLiteDialect {}, sql).tokenize() else {
        return out;
    };
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| {
            !matches!(
                t,
                Token::Whitespace(Whitespace::Space | Whitespace::Newline)
            )
        })
        .collect();
    let mut i = 0;
    while i + 3 < words.len() {
        let is = |t: &Token, w: &str| matches!(t, Token::Word(x) if x.value.eq_ignore_ascii_case(w) && x.quote_style.is_none());
        if is(words[i], "constraint") && is(words[i + 2], "check") && words[i + 3] == &Token::LParen
        {
            let Token::Word(name) = words[i + 1] else {
                i += 1;
                continue;
            };
            let mut depth = 0;
            for t in &words[i + 3..] {
                match t {
                    Token::LParen => depth += 1,
                    Token::RParen => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::Whitespace(Whitespace::MultiLineComment(c)) if depth == 1 => {
                        if let Some(text) =
                            crate::rewrite::deparse::stored_text(&format!("/*{c}*/"))
                        {
                            out.insert(name.value.clone(), text);
                        }
                    }
                    _ => {}
                }
            }
        }
        i += 1;
    }
    out
}

/// A pg_constraint row. `actions` are confupdtype, confdeltype and
/// confmatchtype (blank but for a foreign key).
#[allow(clippy::too_many_arguments)]
fn constraint_row(
    oid: i64,
    name: &str,
    kind: &str,
    (deferrable, deferred): (bool, bool),
    rel: i64,
    index: i64,
    frel: i64,
    actions: (&str, &str, &str),
    key: Value,
    fkey: Value,
    eqops: Value,
) -> Vec<Value> {
    let (upd, del, matching) = actions;
    vec![
        int(oid),
        text(name),
        int(PUBLIC),
        text(kind),
        flag(deferrable),
        flag(deferred),
        flag(true),
        int(rel),
        int(0),
        int(index),
        int(0),
        int(frel),
        text(upd),
        text(del),
        text(matching),
        flag(true),
        int(0),
        flag(false),
        key,
        fkey,
        eqops.clone(),
        eqops.clone(),
        eqops,
        NULL,
        NULL,
        NULL,
    ]
}

/// `DEFERRABLE` / `INITIALLY DEFERRED` as pg_get_constraintdef ends.
fn timing_text(deferrable: bool, deferred: bool) -> String {
    let mut t = String::new();
    if deferrable {
        t.push_str(" DEFERRABLE");
    }
    if deferred {
        t.push_str(" INITIALLY DEFERRED");
    }
    t
}

/// The btree equality operator of a type pgshim has (`int8 = int8` is
/// 410), as a foreign key's conpfeqop lists it; 0 when not known.
fn equality_operator(ty: PgType) -> i64 {
    match ty {
        PgType::Bool => 91,
        PgType::Int2 => 94,
        PgType::Int4 => 96,
        PgType::Int8 => 410,
        PgType::Text | PgType::Varchar => 98,
        PgType::Oid => 607,
        PgType::Float8 => 670,
        PgType::Numeric => 1752,
        PgType::Date => 1093,
        PgType::Timestamp => 2060,
        PgType::Timestamptz => 1320,
        PgType::Interval => 1330,
        PgType::Time => 1108,
        _ => 0,
    }
}

/// The numbers of the columns the source text of an expression names,
/// in the order it first names them (PostgreSQL's `pull_var_clause`
/// order, which conkey keeps).
fn mentioned(source: &str, columns: &[Column]) -> Vec<i64> {
    use sqlparser::tokenizer::{Token, Tokenizer};
    let Ok(tokens) = Tokenizer::new(&sqlparser::dialect::PostgreSqlDialect {}, source).tokenize()
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for t in tokens {
        let Token::Word(w) = t else { continue };
        let name = if w.quote_style.is_some() {
            w.value
        } else {
            w.value.to_ascii_lowercase()
        };
        if let Some(i) = columns.iter().position(|c| c.name == name) {
            let n = i as i64 + 1;
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// An index's CREATE INDEX as SQLite keeps it ('' for an automatic one).
fn index_sql(conn: &rusqlite::Connection, index: &str) -> rusqlite::Result<String> {
    conn.query_row(
        "SELECT coalesce(sql, '') FROM main.sqlite_schema WHERE type = 'index' AND name = ?1",
        [index],
        |r| r.get(0),
    )
    .or(Ok(String::new()))
}
