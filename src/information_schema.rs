//! PostgreSQL 15's `information_schema` views that ORMs and tools read
//! (`tables`, `columns`, `table_constraints`, `key_column_usage`, …),
//! materialised like the pg_catalog relations (see [`crate::system_catalog`]):
//! tables of the connection's `temp` schema (`temp."information_schema.tables"`),
//! filled right after pg_catalog's, from its filled rows, with the rules of
//! PostgreSQL's `information_schema.sql`.
//!
//! Every column is of one of the schema's domains ([`Domain`]), which
//! act as their base types; a result column of one is described as
//! PostgreSQL describes it, by the base type and the domain's modifier
//! (`yes_or_no`: `character varying(3)`).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/information-schema.html>
//!
//! # Differences
//! - Rows are those of the file's own relations, in schema `public`
//!   (`schemata` lists all four schemas): PostgreSQL also lists its
//!   system catalogs and these views themselves.
//! - The names of the `CHECK` rows PostgreSQL makes of NOT NULL columns
//!   (`2200_16386_1_not_null`) carry the table's OID, which is the file's
//!   own (as in `pg_class`).
//! - What pgshim does not know of a view (its definition, whether
//!   PostgreSQL would find it updatable) is refused when read, naming it.
//! - `routines` lists no rows: the file has no functions of its own, and
//!   pgshim does not list PostgreSQL's built-in ones there.

use std::collections::HashMap;
use std::sync::OnceLock;

use rusqlite::types::Value;

use crate::catalog::{Catalog, Column};
use crate::system_catalog::Relation;
use crate::types::{Domain, PgType};

/// One view: its name and its columns with their domains, as PostgreSQL
/// 15 declares them.
struct View {
    name: &'static str,
    columns: &'static str,
}

/// `i`: sql_identifier, `n`: cardinal_number, `c`: character_data, `y`:
/// yes_or_no, `t`: time_stamp (kept short: `routines` has 82 columns).
const VIEWS: &[View] = &[
    View {
        name: "schemata",
        columns: "catalog_name i, schema_name i, schema_owner i, default_character_set_catalog i, \
                  default_character_set_schema i, default_character_set_name i, sql_path c",
    },
    View {
        name: "tables",
        columns: "table_catalog i, table_schema i, table_name i, table_type c, \
                  self_referencing_column_name i, reference_generation c, \
                  user_defined_type_catalog i, user_defined_type_schema i, \
                  user_defined_type_name i, is_insertable_into y, is_typed y, commit_action c",
    },
    View {
        name: "columns",
        columns: "table_catalog i, table_schema i, table_name i, column_name i, \
                  ordinal_position n, column_default c, is_nullable y, data_type c, \
                  character_maximum_length n, character_octet_length n, numeric_precision n, \
                  numeric_precision_radix n, numeric_scale n, datetime_precision n, \
                  interval_type c, interval_precision n, character_set_catalog i, \
                  character_set_schema i, character_set_name i, collation_catalog i, \
                  collation_schema i, collation_name i, domain_catalog i, domain_schema i, \
                  domain_name i, udt_catalog i, udt_schema i, udt_name i, scope_catalog i, \
                  scope_schema i, scope_name i, maximum_cardinality n, dtd_identifier i, \
                  is_self_referencing y, is_identity y, identity_generation c, \
                  identity_start c, identity_increment c, identity_maximum c, \
                  identity_minimum c, identity_cycle y, is_generated c, \
                  generation_expression c, is_updatable y",
    },
    View {
        name: "views",
        columns: "table_catalog i, table_schema i, table_name i, view_definition c, \
                  check_option c, is_updatable y, is_insertable_into y, \
                  is_trigger_updatable y, is_trigger_deletable y, is_trigger_insertable_into y",
    },
    View {
        name: "table_constraints",
        columns: "constraint_catalog i, constraint_schema i, constraint_name i, \
                  table_catalog i, table_schema i, table_name i, constraint_type c, \
                  is_deferrable y, initially_deferred y, enforced y, nulls_distinct y",
    },
    View {
        name: "key_column_usage",
        columns: "constraint_catalog i, constraint_schema i, constraint_name i, \
                  table_catalog i, table_schema i, table_name i, column_name i, \
                  ordinal_position n, position_in_unique_constraint n",
    },
    View {
        name: "referential_constraints",
        columns: "constraint_catalog i, constraint_schema i, constraint_name i, \
                  unique_constraint_catalog i, unique_constraint_schema i, \
                  unique_constraint_name i, match_option c, update_rule c, delete_rule c",
    },
    View {
        name: "constraint_column_usage",
        columns: "table_catalog i, table_schema i, table_name i, column_name i, \
                  constraint_catalog i, constraint_schema i, constraint_name i",
    },
    View {
        name: "sequences",
        columns: "sequence_catalog i, sequence_schema i, sequence_name i, data_type c, \
                  numeric_precision n, numeric_precision_radix n, numeric_scale n, \
                  start_value c, minimum_value c, maximum_value c, increment c, cycle_option y",
    },
    View {
        name: "routines",
        columns: "specific_catalog i, specific_schema i, specific_name i, routine_catalog i, \
                  routine_schema i, routine_name i, routine_type c, module_catalog i, \
                  module_schema i, module_name i, udt_catalog i, udt_schema i, udt_name i, \
                  data_type c, character_maximum_length n, character_octet_length n, \
                  character_set_catalog i, character_set_schema i, character_set_name i, \
                  collation_catalog i, collation_schema i, collation_name i, \
                  numeric_precision n, numeric_precision_radix n, numeric_scale n, \
                  datetime_precision n, interval_type c, interval_precision n, \
                  type_udt_catalog i, type_udt_schema i, type_udt_name i, scope_catalog i, \
                  scope_schema i, scope_name i, maximum_cardinality n, dtd_identifier i, \
                  routine_body c, routine_definition c, external_name c, external_language c, \
                  parameter_style c, is_deterministic y, sql_data_access c, is_null_call y, \
                  sql_path c, schema_level_routine y, max_dynamic_result_sets n, \
                  is_user_defined_cast y, is_implicitly_invocable y, security_type c, \
                  to_sql_specific_catalog i, to_sql_specific_schema i, to_sql_specific_name i, \
                  as_locator y, created t, last_altered t, new_savepoint_level y, \
                  is_udt_dependent y, result_cast_from_data_type c, result_cast_as_locator y, \
                  result_cast_char_max_length n, result_cast_char_octet_length n, \
                  result_cast_char_set_catalog i, result_cast_char_set_schema i, \
                  result_cast_char_set_name i, result_cast_collation_catalog i, \
                  result_cast_collation_schema i, result_cast_collation_name i, \
                  result_cast_numeric_precision n, result_cast_numeric_precision_radix n, \
                  result_cast_numeric_scale n, result_cast_datetime_precision n, \
                  result_cast_interval_type c, result_cast_interval_precision n, \
                  result_cast_type_udt_catalog i, result_cast_type_udt_schema i, \
                  result_cast_type_udt_name i, result_cast_scope_catalog i, \
                  result_cast_scope_schema i, result_cast_scope_name i, \
                  result_cast_maximum_cardinality n, result_cast_dtd_identifier i",
    },
];

fn domain(letter: &str) -> Domain {
    match letter {
        "i" => Domain::SqlIdentifier,
        "n" => Domain::CardinalNumber,
        "y" => Domain::YesOrNo,
        "t" => Domain::TimeStamp,
        _ => Domain::CharacterData,
    }
}

fn columns(v: &View) -> impl Iterator<Item = (&'static str, Domain)> {
    v.columns.split(", ").map(|c| {
        let c = c.trim();
        let (name, d) = c.split_once(' ').unwrap_or((c, "c"));
        (name, domain(d.trim()))
    })
}

/// The columns whose values pgshim may not know (then kept as
/// [`crate::system_catalog::UNSHOWN`] text): a query reads them through
/// `pg_get_expr`, which refuses such a value and passes any other.
const CHECKED: &[(&str, &str)] = &[
    ("columns", "column_default"),
    ("columns", "data_type"),
    ("columns", "udt_name"),
    ("columns", "is_updatable"),
    ("tables", "is_insertable_into"),
    ("views", "view_definition"),
    ("views", "is_updatable"),
    ("views", "is_insertable_into"),
];

fn relations() -> &'static [Relation] {
    static RELATIONS: OnceLock<Vec<Relation>> = OnceLock::new();
    RELATIONS.get_or_init(|| {
        VIEWS
            .iter()
            .map(|v| {
                let cols = columns(v).map(|(name, d)| {
                    let declared = crate::types::typmod::format_type(d.base(), d.typmod());
                    (name.to_string(), Some(d.base()), declared)
                });
                Relation::new("information_schema", v.name, cols)
            })
            .collect()
    })
}

/// The view `information_schema.name`.
pub(crate) fn relation(name: &str) -> Option<&'static Relation> {
    relations().iter().find(|r| r.table.name == name)
}

/// The table that holds a view's rows (its relation reads it through
/// `pg_get_expr` where [`CHECKED`] says so).
fn rows_table(view: &str) -> String {
    format!("temp.\"information_schema.{view}.rows\"")
}

/// Creates the views' tables (empty).
pub(crate) fn create(conn: &rusqlite::Connection) -> rusqlite::Result<()> {
    let mut sql = String::new();
    for v in VIEWS {
        let cols: Vec<(&str, Domain)> = columns(v).collect();
        let decl = cols
            .iter()
            .map(|(n, d)| {
                let affinity = if d.base() == PgType::Int4 {
                    "INTEGER"
                } else {
                    "TEXT"
                };
                format!("\"{n}\" {affinity}")
            })
            .collect::<Vec<_>>()
            .join(", ");
        let select = cols
            .iter()
            .map(|(n, _)| {
                if CHECKED.contains(&(v.name, *n)) {
                    format!("pg_get_expr(\"{n}\") AS \"{n}\"")
                } else {
                    format!("\"{n}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(", ");
        sql.push_str(&format!(
            "CREATE TABLE IF NOT EXISTS {} ({decl});\
             CREATE VIEW IF NOT EXISTS temp.\"information_schema.{}\" AS SELECT {select} FROM \"information_schema.{}.rows\";",
            rows_table(v.name),
            v.name,
            v.name
        ));
    }
    conn.execute_batch(&sql)
}

fn int(v: i64) -> Value {
    Value::Integer(v)
}
fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}
fn yes(b: bool) -> Value {
    text(if b { "YES" } else { "NO" })
}
const NULL: Value = Value::Null;

/// A value pgshim does not know, which reading refuses (see [`CHECKED`]).
fn unknown(what: &str) -> Value {
    Value::Text(format!("{}{what}", crate::system_catalog::UNSHOWN))
}

/// A relation of schema public, from the filled pg_class.
struct Rel {
    oid: i64,
    name: String,
    kind: String,
}

/// A pg_constraint row of the file's.
struct Con {
    name: String,
    kind: String,
    deferrable: bool,
    deferred: bool,
    rel: i64,
    index: i64,
    frel: i64,
    upd: String,
    del: String,
    matching: String,
    key: Vec<i64>,
    fkey: Vec<i64>,
}

fn int_array(v: Option<String>) -> Vec<i64> {
    v.map(|s| {
        s.trim_matches(|c| c == '{' || c == '}')
            .split(',')
            .filter_map(|x| x.trim().parse().ok())
            .collect()
    })
    .unwrap_or_default()
}

/// Fills the views from the filled pg_catalog relations (and the
/// catalog's sequences), for the session's database `database`.
pub(crate) fn fill(
    conn: &rusqlite::Connection,
    catalog: &Catalog,
    database: &str,
) -> rusqlite::Result<()> {
    let db = || text(database);
    let mut rows: HashMap<&'static str, Vec<Vec<Value>>> = HashMap::new();
    let mut add = |view: &'static str, row: Vec<Value>| rows.entry(view).or_default().push(row);

    // schemata: the schemas PostgreSQL 15 has in every database (public
    // is owned by pg_database_owner).
    for (name, owner) in [
        ("information_schema", "postgres"),
        ("pg_catalog", "postgres"),
        ("pg_toast", "postgres"),
        ("public", "pg_database_owner"),
    ] {
        add(
            "schemata",
            vec![db(), text(name), text(owner), NULL, NULL, NULL, NULL],
        );
    }

    let rels: Vec<Rel> = conn
        .prepare(
            "SELECT oid, relname, relkind FROM temp.\"pg_catalog.pg_class\" \
             WHERE relnamespace = 2200 ORDER BY oid",
        )?
        .query_map([], |r| {
            Ok(Rel {
                oid: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let rel_name: HashMap<i64, &str> = rels.iter().map(|r| (r.oid, r.name.as_str())).collect();
    let rel_of: HashMap<i64, &Rel> = rels.iter().map(|r| (r.oid, r)).collect();
    // (relation, attnum) -> name.
    let mut attnames: HashMap<(i64, i64), String> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT a.attrelid, a.attnum, a.attname, a.attnotnull, a.atttypmod, d.adbin \
             FROM temp.\"pg_catalog.pg_attribute\" a \
             JOIN temp.\"pg_catalog.pg_class\" c ON c.oid = a.attrelid AND c.relnamespace = 2200 \
             LEFT JOIN temp.\"pg_catalog.pg_attrdef\" d ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
             WHERE a.attnum > 0 ORDER BY a.attrelid, a.attnum",
        )?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            let (relid, num, name): (i64, i64, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let not_null: bool = r.get(3)?;
            let typmod: i64 = r.get(4)?;
            let adbin: Option<String> = r.get(5)?;
            attnames.insert((relid, num), name.clone());
            let Some(rel) = rel_of.get(&relid).copied() else {
                continue;
            };
            let Some(table) = catalog.table(&rel.name) else {
                continue;
            };
            let Some(col) = usize::try_from(num - 1)
                .ok()
                .and_then(|i| table.columns.get(i))
            else {
                continue;
            };
            if matches!(rel.kind.as_str(), "r" | "p") && not_null {
                // PostgreSQL 15 lists a NOT NULL column as a CHECK
                // constraint named after the schema, table and column.
                add(
                    "table_constraints",
                    vec![
                        db(),
                        text("public"),
                        text(&format!("2200_{relid}_{num}_not_null")),
                        db(),
                        text("public"),
                        text(&rel.name),
                        text("CHECK"),
                        yes(false),
                        yes(false),
                        yes(true),
                        NULL,
                    ],
                );
            }
            add(
                "columns",
                column_row(
                    database,
                    rel,
                    col,
                    num,
                    not_null,
                    typmod as i32,
                    adbin,
                    catalog,
                ),
            );
        }
    }

    for rel in &rels {
        let view = rel.kind == "v";
        let table_type = match rel.kind.as_str() {
            "r" | "p" => "BASE TABLE",
            "v" => "VIEW",
            "f" => "FOREIGN",
            _ => continue,
        };
        let what = format!("whether PostgreSQL finds view \"{}\" updatable", rel.name);
        add(
            "tables",
            vec![
                db(),
                text("public"),
                text(&rel.name),
                text(table_type),
                NULL,
                NULL,
                NULL,
                NULL,
                NULL,
                if view { unknown(&what) } else { yes(true) },
                yes(false),
                NULL,
            ],
        );
        if view {
            add(
                "views",
                vec![
                    db(),
                    text("public"),
                    text(&rel.name),
                    unknown(&format!(
                        "the definition of view \"{}\" (pg_get_viewdef's text)",
                        rel.name
                    )),
                    text("NONE"),
                    unknown(&what),
                    unknown(&what),
                    yes(false),
                    yes(false),
                    yes(false),
                ],
            );
        }
    }

    // The constraints.
    let cons: Vec<Con> = conn
        .prepare(
            "SELECT oid, conname, contype, condeferrable, condeferred, conrelid, conindid, \
             confrelid, confupdtype, confdeltype, confmatchtype, conkey, confkey \
             FROM temp.\"pg_catalog.pg_constraint\" WHERE connamespace = 2200 ORDER BY oid",
        )?
        .query_map([], |r| {
            Ok(Con {
                name: r.get(1)?,
                kind: r.get(2)?,
                deferrable: r.get(3)?,
                deferred: r.get(4)?,
                rel: r.get(5)?,
                index: r.get(6)?,
                frel: r.get(7)?,
                upd: r.get(8)?,
                del: r.get(9)?,
                matching: r.get(10)?,
                key: int_array(r.get(11)?),
                fkey: int_array(r.get(12)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    // Each index's columns (indkey) and whether it treats NULLs as
    // distinct.
    let indexes: HashMap<i64, (Vec<i64>, bool)> = conn
        .prepare(
            "SELECT indexrelid, indkey, indnullsnotdistinct FROM temp.\"pg_catalog.pg_index\"",
        )?
        .query_map([], |r| {
            let keys: String = r.get(1)?;
            Ok((
                r.get::<_, i64>(0)?,
                (
                    keys.split_whitespace()
                        .filter_map(|k| k.parse().ok())
                        .collect(),
                    r.get::<_, bool>(2)?,
                ),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let attname = |rel: i64, num: i64| attnames.get(&(rel, num)).cloned();
    for c in &cons {
        let Some(table) = rel_name.get(&c.rel).copied() else {
            continue;
        };
        let kind = match c.kind.as_str() {
            "c" => "CHECK",
            "f" => "FOREIGN KEY",
            "p" => "PRIMARY KEY",
            "u" => "UNIQUE",
            _ => continue,
        };
        let nulls_distinct = if c.kind == "u" {
            indexes.get(&c.index).map_or(NULL, |(_, nd)| yes(!nd))
        } else {
            NULL
        };
        let con_cols = || vec![db(), text("public"), text(&c.name)];
        add(
            "table_constraints",
            [
                con_cols(),
                vec![
                    db(),
                    text("public"),
                    text(table),
                    text(kind),
                    yes(c.deferrable),
                    yes(c.deferred),
                    yes(true),
                    nulls_distinct,
                ],
            ]
            .concat(),
        );
        if c.kind != "c" {
            for (i, num) in c.key.iter().enumerate() {
                let Some(col) = attname(c.rel, *num) else {
                    continue;
                };
                // A foreign key's column: the place of the column it
                // references among the referenced index's columns.
                let in_unique = if c.kind == "f" {
                    c.fkey
                        .get(i)
                        .and_then(|f| {
                            indexes
                                .get(&c.index)
                                .and_then(|(keys, _)| keys.iter().position(|k| k == f))
                        })
                        .map_or(NULL, |p| int(p as i64 + 1))
                } else {
                    NULL
                };
                add(
                    "key_column_usage",
                    [
                        con_cols(),
                        vec![
                            db(),
                            text("public"),
                            text(table),
                            text(&col),
                            int(i as i64 + 1),
                            in_unique,
                        ],
                    ]
                    .concat(),
                );
            }
        }
        // constraint_column_usage: a foreign key uses the referenced
        // table's columns; the others their own table's.
        let (used_rel, used) = if c.kind == "f" {
            (c.frel, &c.fkey)
        } else {
            (c.rel, &c.key)
        };
        if let Some(used_table) = rel_name.get(&used_rel).copied() {
            let mut seen = Vec::new();
            for num in used {
                if seen.contains(num) {
                    continue;
                }
                seen.push(*num);
                let Some(col) = attname(used_rel, *num) else {
                    continue;
                };
                add(
                    "constraint_column_usage",
                    [
                        vec![db(), text("public"), text(used_table), text(&col)],
                        con_cols(),
                    ]
                    .concat(),
                );
            }
        }
        if c.kind == "f" {
            let unique = cons
                .iter()
                .find(|u| {
                    matches!(u.kind.as_str(), "p" | "u") && u.index == c.index && u.rel == c.frel
                })
                .map(|u| u.name.as_str());
            let rule = |a: &str| match a {
                "c" => "CASCADE",
                "n" => "SET NULL",
                "d" => "SET DEFAULT",
                "r" => "RESTRICT",
                _ => "NO ACTION",
            };
            add(
                "referential_constraints",
                [
                    con_cols(),
                    vec![
                        unique.map_or(NULL, |_| db()),
                        unique.map_or(NULL, |_| text("public")),
                        unique.map_or(NULL, text),
                        text(match c.matching.as_str() {
                            "f" => "FULL",
                            "p" => "PARTIAL",
                            _ => "NONE",
                        }),
                        text(rule(&c.upd)),
                        text(rule(&c.del)),
                    ],
                ]
                .concat(),
            );
        }
    }

    // sequences: an identity column's is not listed (PostgreSQL's
    // internal dependency).
    for name in catalog.sequence_names() {
        let Some(s) = catalog.sequence(name) else {
            continue;
        };
        if s.identity {
            continue;
        }
        add(
            "sequences",
            vec![
                db(),
                text("public"),
                text(name),
                text(&crate::types::typmod::format_type(s.data_type, -1)),
                numeric_precision(s.data_type, -1).map_or(NULL, int),
                int(2),
                int(0),
                text(&s.start.to_string()),
                text(&s.min.to_string()),
                text(&s.max.to_string()),
                text(&s.increment.to_string()),
                yes(s.cycle),
            ],
        );
    }

    for (v, rel) in VIEWS.iter().zip(relations()) {
        let table = rows_table(v.name);
        conn.execute(&format!("DELETE FROM {table}"), [])?;
        let width = rel.table.columns.len();
        let marks = (1..=width)
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let mut insert = conn.prepare(&format!("INSERT INTO {table} VALUES ({marks})"))?;
        for row in rows.get(v.name).map(Vec::as_slice).unwrap_or(&[]) {
            debug_assert_eq!(row.len(), width, "{}", v.name);
            insert.execute(rusqlite::params_from_iter(row.iter()))?;
        }
    }
    Ok(())
}

/// `_pg_numeric_precision`: the binary precision of the integer and
/// float types, numeric's declared precision.
fn numeric_precision(ty: PgType, typmod: i32) -> Option<i64> {
    match ty {
        PgType::Int2 => Some(16),
        PgType::Int4 => Some(32),
        PgType::Int8 => Some(64),
        PgType::Float4 => Some(24),
        PgType::Float8 => Some(53),
        PgType::Numeric if typmod >= 4 => Some(i64::from(((typmod - 4) >> 16) & 0xffff)),
        _ => None,
    }
}

/// One row of `information_schema.columns` (the rules of PostgreSQL's
/// `_pg_char_max_length`, `_pg_char_octet_length`, `_pg_numeric_*` and
/// `_pg_datetime_precision`).
#[allow(clippy::too_many_arguments)]
fn column_row(
    database: &str,
    rel: &Rel,
    col: &Column,
    num: i64,
    not_null: bool,
    typmod: i32,
    adbin: Option<String>,
    catalog: &Catalog,
) -> Vec<Value> {
    let ty = col.ty;
    let (data_type, udt) = match ty {
        Some(t) if t.is_array() => ("ARRAY".to_string(), t.name().to_string()),
        Some(t) => (crate::system_catalog::regtype_name(t), t.name().to_string()),
        None => (String::new(), String::new()),
    };
    let known = ty.is_some();
    let opt_int = |v: Option<i64>| v.map_or(NULL, int);
    let chars = matches!(ty, Some(PgType::Varchar | PgType::Bpchar));
    let max_length = (chars && typmod >= 4).then(|| i64::from(typmod - 4));
    // UTF8: at most 4 bytes a character; 2^30 for no declared length.
    let octet_length = match ty {
        Some(PgType::Text | PgType::Varchar | PgType::Bpchar) => {
            Some(max_length.map_or(1 << 30, |n| n * 4))
        }
        _ => None,
    };
    let (precision, radix, scale) = match ty {
        Some(t @ (PgType::Int2 | PgType::Int4 | PgType::Int8)) => {
            (numeric_precision(t, typmod), Some(2), Some(0))
        }
        Some(t @ (PgType::Float4 | PgType::Float8)) => {
            (numeric_precision(t, typmod), Some(2), None)
        }
        Some(PgType::Numeric) => (
            numeric_precision(PgType::Numeric, typmod),
            Some(10),
            (typmod >= 4).then(|| i64::from((typmod - 4) & 0xffff)),
        ),
        _ => (None, None, None),
    };
    let datetime = match ty {
        Some(PgType::Date) => Some(0),
        Some(PgType::Time | PgType::Timetz | PgType::Timestamp | PgType::Timestamptz) => {
            Some(if typmod < 0 { 6 } else { i64::from(typmod) })
        }
        Some(PgType::Interval) => Some(if typmod < 0 {
            6
        } else {
            i64::from(typmod & 0xffff)
        }),
        _ => None,
    };
    let table = rel.kind != "v";
    let identity = catalog
        .identity_sequence(&rel.name, &col.name)
        .filter(|_| table);
    // An identity column has no default in PostgreSQL (its sequence is
    // its identity's).
    let default = match (&identity, adbin) {
        (Some(_), _) | (_, None) => NULL,
        (None, Some(d)) => Value::Text(d),
    };
    let what = format!(
        "whether PostgreSQL finds column \"{}\" of view \"{}\" updatable",
        col.name, rel.name
    );
    let db = || text(database);
    let unknown_type = || {
        unknown(&format!(
            "the type of column \"{}\" of \"{}\" ({})",
            col.name, rel.name, col.declared
        ))
    };
    let mut row = vec![
        db(),
        text("public"),
        text(&rel.name),
        text(&col.name),
        int(num),
        default,
        yes(!not_null),
        if known {
            text(&data_type)
        } else {
            unknown_type()
        },
        opt_int(max_length),
        opt_int(octet_length),
        opt_int(precision),
        opt_int(radix),
        opt_int(scale),
        opt_int(datetime),
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        NULL,
        db(),
        text("pg_catalog"),
        if known { text(&udt) } else { unknown_type() },
        NULL,
        NULL,
        NULL,
        NULL,
        text(&num.to_string()),
        yes(false),
        yes(identity.is_some()),
    ];
    match identity {
        Some(s) => row.extend([
            text("BY DEFAULT"),
            text(&s.start.to_string()),
            text(&s.increment.to_string()),
            text(&s.max.to_string()),
            text(&s.min.to_string()),
            yes(s.cycle),
        ]),
        None => row.extend([NULL, NULL, NULL, NULL, NULL, yes(false)]),
    }
    row.extend([
        text("NEVER"),
        NULL,
        if table { yes(true) } else { unknown(&what) },
    ]);
    row
}
