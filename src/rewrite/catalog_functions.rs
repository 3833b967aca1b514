//! The system information functions that catalog queries call
//! (`format_type`, `pg_table_is_visible`, `pg_get_userbyid`,
//! `pg_encoding_to_char`, `current_schema`), over the system catalogs
//! pgshim materialises (see `system_catalog`).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-info.html>

use super::expr::{Lit, Typed};
use super::functions::{Call, arity, no_function};
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::types::{PgType, scalar};

/// Reads argument `i` as an `oid`: an untyped literal by `oidin`, an
/// integer by the `integer → oid` cast (implicit in PostgreSQL).
fn oid_arg(cx: &mut Cx, c: &mut Call, i: usize) -> Result<String> {
    typed_oid_arg(cx, c, i, PgType::Oid)
}

/// Argument `i` read as a boolean (a `pretty` flag), as SQL.
fn bool_arg(cx: &mut Cx, c: &mut Call, i: usize) -> Result<String> {
    let span = c.span;
    let (x, t) = &mut c.args[i];
    let t2 = t.clone();
    cx.coerce(x, &t2, PgType::Bool, span)?;
    Ok(x.to_string())
}

/// [`oid_arg`] for an argument declared as `ty` (`regclass`): an untyped
/// literal is read by that type's input function.
fn typed_oid_arg(cx: &mut Cx, c: &mut Call, i: usize, ty: PgType) -> Result<String> {
    let span = c.span;
    let (x, t) = &mut c.args[i];
    match (&t.lit, t.ty) {
        (Lit::Unknown(_) | Lit::Null | Lit::Param(_), _) => {
            let t2 = t.clone();
            cx.coerce(x, &t2, ty, span)?;
        }
        // oid, and its alias types (regclass…), which are binary coercible.
        (_, t) if t.is_oid() => {}
        (_, PgType::Int2 | PgType::Int4) => {
            let inner = std::mem::replace(x, build::null());
            *x = build::call("pg_int4_to_oid", vec![inner]);
        }
        (_, other) => {
            return Err(Error::semantic_hint(
                format!("function {}({}) does not exist", c.name, other.sql_name()),
                span,
                "No function matches the given name and argument types. You might need to add explicit type casts.",
            ));
        }
    }
    Ok(x.to_string())
}

/// Replaces the call with SQLite SQL over the system catalogs.
fn replace_sql(cx: &mut Cx, c: &mut Call, sql: &str, ty: PgType) -> Result<Typed> {
    cx.system_catalog = true;
    let e = build::expr_from_sql(sql).map_err(|m| Error::Internal(format!("{sql}: {m}")))?;
    c.replace = Some(build::nested(e));
    Ok(Typed::new(ty))
}

/// `format_type(type_oid, typmod)`: the type's SQL name with its
/// modifier; `???` for an OID no type has.
pub(crate) fn format_type(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 2)?;
    let oid = oid_arg(cx, c, 0)?;
    let span = c.span;
    let (m, t) = &mut c.args[1];
    let t2 = t.clone();
    cx.coerce(m, &t2, PgType::Int4, span)?;
    let sql = format!(
        "pg_format_type({oid}, {m}, (SELECT CASE WHEN pgshim_t.\"typcategory\" = 'A' THEN (SELECT pgshim_e.\"typname\" || '[]' FROM temp.\"pg_catalog.pg_type\" pgshim_e WHERE pgshim_e.\"oid\" = pgshim_t.\"typelem\") ELSE pgshim_t.\"typname\" END FROM temp.\"pg_catalog.pg_type\" pgshim_t WHERE pgshim_t.\"oid\" = {oid}))"
    );
    replace_sql(cx, c, &sql, PgType::Text)
}

/// `pg_table_is_visible(oid)`: whether the search path finds the
/// relation by its bare name. Every relation pgshim has is in pg_catalog
/// or public, both on the path with pg_catalog first, so a public one is
/// hidden only by a pg_catalog relation of its name; NULL for an OID none
/// has.
pub(crate) fn pg_table_is_visible(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let oid = oid_arg(cx, c, 0)?;
    let sql = format!(
        "(SELECT pgshim_c.\"relnamespace\" = 11 OR NOT EXISTS (SELECT 1 FROM temp.\"pg_catalog.pg_class\" pgshim_p WHERE pgshim_p.\"relname\" = pgshim_c.\"relname\" AND pgshim_p.\"relnamespace\" = 11) FROM temp.\"pg_catalog.pg_class\" pgshim_c WHERE pgshim_c.\"oid\" = {oid})"
    );
    replace_sql(cx, c, &sql, PgType::Bool)
}

/// `has_table_privilege(table, privilege)` and
/// `has_schema_privilege(schema, privilege)` for the session's own role:
/// pgshim grants nothing and checks nothing, so every session may do
/// everything, as PostgreSQL's superuser may: true for a relation or
/// schema that exists. A name that does not exist is PostgreSQL's error,
/// an OID no object has gives NULL, and the privilege list (`'SELECT,
/// INSERT WITH GRANT OPTION'`) is read as PostgreSQL reads it, with its
/// error for a word it does not know. Refused: the form that names a role,
/// and a computed privilege list.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-ACCESS>
pub(crate) fn has_privilege(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() == 3 {
        return Err(Error::unsupported(
            format!("{} of a named role", c.name),
            c.span,
            "pgshim has one role per session: leave the role out",
        ));
    }
    arity(c, 2)?;
    let span = c.span;
    let schema = c.name == "has_schema_privilege";
    let allowed: &[&str] = if schema {
        &["CREATE", "USAGE"]
    } else {
        &[
            "SELECT",
            "INSERT",
            "UPDATE",
            "DELETE",
            "TRUNCATE",
            "REFERENCES",
            "TRIGGER",
        ]
    };
    match &c.args[1].1.lit {
        Lit::Null => {
            c.replace = Some(build::null());
            return Ok(Typed::new(PgType::Bool));
        }
        Lit::Unknown(list) => {
            for item in list.split(',') {
                let word = item.trim();
                let bare = word
                    .to_ascii_uppercase()
                    .strip_suffix("WITH GRANT OPTION")
                    .map(|w| w.trim_end().to_string())
                    .unwrap_or_else(|| word.to_ascii_uppercase());
                if !allowed.contains(&bare.as_str()) {
                    return Err(Error::semantic(
                        format!("unrecognized privilege type: \"{word}\""),
                        span,
                    ));
                }
            }
        }
        _ => {
            return Err(Error::unsupported(
                format!("{} of a computed privilege list", c.name),
                span,
                "write the privileges as a string literal ('SELECT')",
            ));
        }
    }
    let (x, t) = &c.args[0];
    let oid = if !schema && t.ty.is_string() && !t.is_unknown() {
        let e = regclass_in(cx, x.clone())?;
        e.to_string()
    } else if schema && t.ty.is_string() && !t.is_unknown() {
        return Err(Error::unsupported(
            "has_schema_privilege of a computed schema name",
            span,
            "write the schema as a string literal, or pass its OID",
        ));
    } else {
        let ty = if schema {
            PgType::Regnamespace
        } else {
            PgType::Regclass
        };
        typed_oid_arg(cx, c, 0, ty)?
    };
    let sql = if schema {
        format!("(SELECT 1 = 1 FROM temp.\"pg_catalog.pg_namespace\" WHERE \"oid\" = {oid})")
    } else {
        format!("(SELECT 1 = 1 FROM temp.\"pg_catalog.pg_class\" WHERE \"oid\" = {oid})")
    };
    replace_sql(cx, c, &sql, PgType::Bool)
}

/// `pg_type_is_visible(oid)`: whether the search path finds the type by
/// its bare name: a pg_catalog type always, a public one (a relation's
/// row type) unless a pg_catalog type has its name; NULL for an OID no
/// type has.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-SCHEMA>
pub(crate) fn pg_type_is_visible(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let oid = oid_arg(cx, c, 0)?;
    let sql = format!(
        "(SELECT pgshim_t.\"typnamespace\" = 11 OR NOT EXISTS (SELECT 1 FROM temp.\"pg_catalog.pg_type\" pgshim_p WHERE pgshim_p.\"typname\" = pgshim_t.\"typname\" AND pgshim_p.\"typnamespace\" = 11) FROM temp.\"pg_catalog.pg_type\" pgshim_t WHERE pgshim_t.\"oid\" = {oid})"
    );
    replace_sql(cx, c, &sql, PgType::Bool)
}

/// `pg_function_is_visible(oid)`: whether the search path finds the
/// function by its bare name. Every function pgshim has is pg_catalog's,
/// first on the path, so it is true for each; NULL for an OID none has.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-SCHEMA>
pub(crate) fn pg_function_is_visible(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let oid = oid_arg(cx, c, 0)?;
    let sql = format!(
        "(SELECT \"pronamespace\" = 11 FROM temp.\"pg_catalog.pg_proc\" WHERE \"oid\" = {oid})"
    );
    replace_sql(cx, c, &sql, PgType::Bool)
}

/// `pg_get_function_result(oid)`, `pg_get_function_arguments(oid)` and
/// `pg_get_function_identity_arguments(oid)`: a function's result type
/// and argument list as CREATE FUNCTION writes them (`timestamp with time
/// zone`; `text, timestamp with time zone`), PostgreSQL's own texts for
/// each function pg_proc has; NULL for an OID none has.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
pub(crate) fn pg_get_function_text(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let column = match c.name.as_str() {
        "pg_get_function_result" => "pgshim_result",
        "pg_get_function_arguments" => "pgshim_arguments",
        _ => "pgshim_identity",
    };
    let oid = oid_arg(cx, c, 0)?;
    let defs = crate::system_catalog::PROCDEFS;
    let sql = format!("(SELECT \"{column}\" FROM {defs} WHERE \"pgshim_oid\" = {oid})");
    replace_sql(cx, c, &sql, PgType::Text)
}

/// `pg_get_userbyid(role_oid)`: the role's name, or `unknown (OID=n)`.
pub(crate) fn pg_get_userbyid(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let oid = oid_arg(cx, c, 0)?;
    let sql = format!(
        "coalesce((SELECT \"rolname\" FROM temp.\"pg_catalog.pg_roles\" WHERE \"oid\" = {oid}), 'unknown (OID=' || {oid} || ')')"
    );
    replace_sql(cx, c, &sql, PgType::Name)
}

/// `pg_encoding_to_char(encoding)`: an encoding number's name (empty for
/// none).
pub(crate) fn pg_encoding_to_char(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let span = c.span;
    let (x, t) = &mut c.args[0];
    let t2 = t.clone();
    cx.coerce(x, &t2, PgType::Int4, span)?;
    super::strings::emit_call(c, "pg_encoding_to_char", PgType::Name)
}

/// `current_schema()`: the first schema of the search path that exists,
/// which for pgshim's one schema is `public`.
pub(crate) fn current_schema(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 0)?;
    c.replace = Some(build::string("public"));
    Ok(Typed::new(PgType::Name))
}

/// An OID alias type's input from a constant, as `regclassin`,
/// `regtypein` and `regnamespacein` read it: digits are the OID itself,
/// `-` is 0, and a name is looked up in the system catalogs when the
/// statement runs (pg_catalog first, then public, as the search path
/// does), with PostgreSQL's error for a name nothing has. Built-in type
/// names are resolved here.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-oid.html>
pub(crate) fn reg_in(
    cx: &mut Cx,
    text: &str,
    ty: PgType,
    span: Option<SourceSpan>,
) -> Result<sqlparser::ast::Expr> {
    let err = |m: String| Error::semantic(m, span);
    let trimmed = text.trim();
    if !trimmed.is_empty() && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(build::int(scalar::oid_in(trimmed).map_err(err)?));
    }
    if trimmed == "-" {
        return Ok(build::int(0));
    }
    let quote = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let (sql, missing) = match ty {
        PgType::Regclass => {
            let parts = scalar::name_list(text).map_err(err)?;
            let (schema, name) = match parts.as_slice() {
                [_] | [_, _] => qualified(&parts).map_err(err)?,
                [_, _, _] => {
                    return Err(Error::unsupported(
                        "a database-qualified regclass name",
                        span,
                        "leave out the database name",
                    ));
                }
                _ => {
                    return Err(err(format!(
                        "improper relation name (too many dotted names): {trimmed}"
                    )));
                }
            };
            (
                lookup("pg_class", "relname", "relnamespace", schema, &name),
                format!("relation \"{}\" does not exist", parts.join(".")),
            )
        }
        PgType::Regtype => {
            if let Some(builtin) = builtin_type(trimmed) {
                return Ok(build::int(i64::from(builtin.oid())));
            }
            let parts = scalar::name_list(text).map_err(err)?;
            let (schema, name) = match parts.as_slice() {
                [_] | [_, _] => qualified(&parts).map_err(err)?,
                _ => {
                    return Err(Error::unsupported(
                        "this regtype name",
                        span,
                        "name the type as type or schema.type",
                    ));
                }
            };
            (
                lookup("pg_type", "typname", "typnamespace", schema, &name),
                format!("type \"{}\" does not exist", parts.join(".")),
            )
        }
        PgType::Regnamespace => {
            let parts = scalar::name_list(text).map_err(err)?;
            let [name] = parts.as_slice() else {
                return Err(err("invalid name syntax".into()));
            };
            (
                format!(
                    "(SELECT \"oid\" FROM temp.\"pg_catalog.pg_namespace\" WHERE \"nspname\" = {})",
                    quote(name)
                ),
                format!("schema \"{name}\" does not exist"),
            )
        }
        PgType::Regproc | PgType::Regprocedure => return proc_in(text, ty, span),
        other => return Err(Error::Internal(format!("reg_in({})", other.name()))),
    };
    cx.system_catalog = true;
    let e = build::expr_from_sql(&format!("pg_reg_found({sql}, {})", quote(&missing)))
        .map_err(|m| Error::Internal(format!("{sql}: {m}")))?;
    Ok(e)
}

/// `regproc` and `regprocedure` input, among the built-in functions
/// pgshim lists (those pg_type and pg_am name): `int4in`,
/// `array_in(cstring, oid, int4)`, resolved at translation.
fn proc_in(text: &str, ty: PgType, span: Option<SourceSpan>) -> Result<sqlparser::ast::Expr> {
    let procs = crate::system_procs::TYPE_PROCS;
    let trimmed = text.trim();
    let found = if ty == PgType::Regproc {
        let name = match scalar::name_list(trimmed)
            .map_err(|m| Error::semantic(m, span))?
            .as_slice()
        {
            [n] => n.clone(),
            [s, n] if s == "pg_catalog" => n.clone(),
            _ => {
                return Err(Error::unsupported(
                    "this regproc name",
                    span,
                    "name a pg_catalog function",
                ));
            }
        };
        procs.iter().find(|(_, n, _)| *n == name)
    } else {
        let (name, args) = trimmed
            .strip_suffix(')')
            .and_then(|t| t.split_once('('))
            .ok_or_else(|| Error::semantic("expected a left parenthesis", span))?;
        let name = name.trim().to_ascii_lowercase();
        let name = name.trim_start_matches("pg_catalog.");
        let args = args
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| match builtin_type(a) {
                Some(t) => super::super::system_catalog::regtype_name(t),
                None => a.to_ascii_lowercase(),
            })
            .collect::<Vec<_>>()
            .join(",");
        let signature = format!("{name}({args})");
        procs.iter().find(|(_, _, s)| *s == signature)
    };
    match found {
        Some((oid, _, _)) => Ok(build::int(*oid)),
        None => Err(Error::unsupported(
            format!("{} of {trimmed}", ty.name()),
            span,
            "pgshim lists the built-in functions pg_type and pg_am name",
        )),
    }
}

/// A `name` or `schema.name` as the schema's OID (`None`: the search
/// path's) and the name.
fn qualified(parts: &[String]) -> std::result::Result<(Option<i64>, String), String> {
    match parts {
        [name] => Ok((None, name.clone())),
        [schema, name] => namespace_oid(schema)
            .map(|n| (Some(n), name.clone()))
            .ok_or_else(|| format!("schema \"{schema}\" does not exist")),
        _ => Err("invalid name syntax".into()),
    }
}

/// The OID of the object named `name` in catalog `rel` (its name column
/// `name_col`, its schema column `ns_col`): in `schema`, or on the search
/// path, pg_catalog first.
fn lookup(rel: &str, name_col: &str, ns_col: &str, schema: Option<i64>, name: &str) -> String {
    let filter = match schema {
        Some(n) => format!("\"{ns_col}\" = {n}"),
        None => "true".into(),
    };
    format!(
        "(SELECT \"oid\" FROM temp.\"pg_catalog.{rel}\" WHERE \"{name_col}\" = '{}' AND {filter} ORDER BY \"{ns_col}\" <> 11 LIMIT 1)",
        name.replace('\'', "''")
    )
}

/// The OID of a schema pgshim has.
fn namespace_oid(name: &str) -> Option<i64> {
    match name {
        "pg_catalog" => Some(11),
        "public" => Some(2200),
        _ => None,
    }
}

/// A built-in type named as `regtype` input names it (the SQL spellings,
/// internal names, a modifier or `[]`), where pgshim has the type; not
/// the spellings only DDL reads (`serial`).
pub(crate) fn builtin_type(text: &str) -> Option<PgType> {
    let lower = text.to_ascii_lowercase();
    let base = lower.trim_start_matches("pg_catalog.");
    let first = base
        .split(|c: char| c == '(' || c == '[' || c.is_whitespace())
        .next()
        .unwrap_or_default();
    if first.contains("serial") || first.contains('_') && !first.starts_with('_') {
        return None;
    }
    PgType::parse(base).filter(|t| *t != PgType::Void && *t != PgType::Unknown)
}

/// An OID alias type's output: the object's name as the catalogs have it
/// (qualified where the search path would not find it), `-` for 0, the
/// number for an OID nothing has.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-oid.html>
pub(crate) fn reg_out(
    cx: &mut Cx,
    e: sqlparser::ast::Expr,
    ty: PgType,
) -> Result<sqlparser::ast::Expr> {
    cx.system_catalog = true;
    let sql = reg_out_sql(ty, &e.to_string());
    build::expr_from_sql(&sql).map_err(|m| Error::Internal(format!("{sql}: {m}")))
}

/// A computed text read as a `regclass` (`pg_get_serial_sequence(…)::regclass`),
/// as `regclassin` reads it when the query runs: the name (`s`, `"S"`,
/// `public.s`) looked up on the search path (pg_catalog, then public);
/// PostgreSQL's errors for a relation or schema that does not exist. (A
/// literal is looked up when translated, see `casts`.)
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-oid.html>
pub(crate) fn regclass_in(cx: &mut Cx, e: sqlparser::ast::Expr) -> Result<sqlparser::ast::Expr> {
    cx.system_catalog = true;
    let x = e.to_string();
    let schema = format!("pg_name_part({x}, 'schema')");
    let sql = format!(
        "pg_regclass_found({x}, {}, {schema} IS NULL OR EXISTS (SELECT 1 FROM temp.\"pg_catalog.pg_namespace\" WHERE \"nspname\" = {schema}))",
        regclass_lookup(&x)
    );
    build::expr_from_sql(&sql).map_err(|m| Error::Internal(format!("{sql}: {m}")))
}

/// [`reg_out`] of the SQLite expression `e`, as SQL.
pub(crate) fn reg_out_sql(ty: PgType, e: &str) -> String {
    let kind = match ty {
        PgType::Regclass => "c",
        PgType::Regtype => "t",
        PgType::Regproc => "p",
        PgType::Regprocedure => "f",
        _ => "n",
    };
    format!(
        "pg_reg_out((SELECT \"pgshim_name\" FROM {} WHERE \"pgshim_kind\" = '{kind}' AND \"pgshim_oid\" = {e}), {e})",
        crate::system_catalog::NAMES
    )
}

/// `current_user`, `session_user`, `user`: the role the session runs as
/// (pgshim has no `SET ROLE`, so they are one name).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-SESSION-TABLE>
pub(crate) fn current_user(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 0)?;
    c.replace = Some(build::call(
        "pg_show",
        vec![build::string("session_authorization")],
    ));
    Ok(Typed::new(PgType::Name))
}

/// `current_database()`: the database the session is connected to.
pub(crate) fn current_database(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 0)?;
    c.replace = Some(build::call("pg_current_database", vec![]));
    Ok(Typed::new(PgType::Name))
}

/// `current_schemas(include_implicit)`: the search path's schemas that
/// exist, `{public}`, with `pg_catalog` first when the implicit ones are
/// asked for.
pub(crate) fn current_schemas(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let span = c.span;
    let (x, t) = &mut c.args[0];
    let t2 = t.clone();
    cx.coerce(x, &t2, PgType::Bool, span)?;
    let sql =
        format!("CASE WHEN {x} THEN '{{pg_catalog,public}}' WHEN NOT {x} THEN '{{public}}' END");
    let e = build::expr_from_sql(&sql).map_err(|m| Error::Internal(format!("{sql}: {m}")))?;
    c.replace = Some(build::nested(e));
    Ok(Typed::new(PgType::NameArray))
}

/// `version()`: PostgreSQL's version string, naming pgshim.
pub(crate) fn version(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 0)?;
    c.replace = Some(build::string(&crate::version_string()));
    Ok(Typed::new(PgType::Text))
}

/// `pg_get_expr(pg_node_tree, relation [, pretty])`: a stored expression
/// as PostgreSQL prints it. pgshim's pg_attrdef keeps each default's
/// PostgreSQL text (see `rewrite::deparse`); a default kept without it,
/// and an index predicate, are refused when shown.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
pub(crate) fn pg_get_expr(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let span = c.span;
    if !(2..=3).contains(&c.args.len()) {
        return Err(no_function(c));
    }
    let (_, t) = &c.args[0];
    if !(t.ty == PgType::PgNodeTree || t.lit == Lit::Null) {
        return Err(no_function(c));
    }
    oid_arg(cx, c, 1)?;
    if c.args.len() == 3 {
        let (x, t) = &mut c.args[2];
        let t2 = t.clone();
        cx.coerce(x, &t2, PgType::Bool, span)?;
    }
    let tree = std::mem::replace(&mut c.args[0].0, build::null());
    c.replace = Some(build::call("pg_get_expr", vec![tree]));
    Ok(Typed::new(PgType::Text))
}

/// `pg_get_indexdef(index [, column, pretty])`: the CREATE INDEX that
/// makes the index (`CREATE UNIQUE INDEX t_pkey ON public.t USING btree
/// (id)`; `pretty` leaves out a visible table's schema), or column
/// `column`'s text (from 1; 0 is the whole; past the last, empty); NULL
/// for an OID no index has. An index on an expression or with a predicate is
/// refused when shown.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
pub(crate) fn pg_get_indexdef(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let span = c.span;
    if !matches!(c.args.len(), 1 | 3) {
        return Err(no_function(c));
    }
    let oid = oid_arg(cx, c, 0)?;
    let col = if c.args.len() == 3 {
        let (x, t) = &mut c.args[1];
        let t2 = t.clone();
        cx.coerce(x, &t2, PgType::Int4, span)?;
        let col = x.to_string();
        let p = bool_arg(cx, c, 2)?;
        // The whole definition, pretty, leaves out a visible table's schema.
        format!("CASE WHEN {col} = 0 AND {p} THEN -1 ELSE {col} END")
    } else {
        "0".into()
    };
    // A column past the index's last is an empty string.
    let defs = crate::system_catalog::INDEXDEFS;
    let sql = format!(
        "pg_get_expr(coalesce((SELECT \"pgshim_def\" FROM {defs} WHERE \"pgshim_oid\" = {oid} AND \"pgshim_col\" = {col}), \
         (SELECT '' FROM {defs} WHERE \"pgshim_oid\" = {oid} AND \"pgshim_col\" = 0)))"
    );
    replace_sql(cx, c, &sql, PgType::Text)
}

/// `pg_get_constraintdef(oid [, pretty])`: a constraint's definition as
/// ALTER TABLE … ADD CONSTRAINT takes it (`FOREIGN KEY (a) REFERENCES
/// t(id) ON DELETE CASCADE`, `CHECK ((n > 0))`; pretty `CHECK (n > 0)`);
/// NULL for an OID no constraint has. A CHECK whose expression pgshim
/// does not print as PostgreSQL does is refused when shown.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
pub(crate) fn pg_get_constraintdef(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !matches!(c.args.len(), 1 | 2) {
        return Err(no_function(c));
    }
    let oid = oid_arg(cx, c, 0)?;
    let pretty = if c.args.len() == 2 {
        format!("coalesce({}, 0)", bool_arg(cx, c, 1)?)
    } else {
        "0".into()
    };
    let defs = crate::system_catalog::CONDEFS;
    let sql = format!(
        "pg_get_expr((SELECT \"pgshim_def\" FROM {defs} WHERE \"pgshim_oid\" = {oid} AND \"pgshim_pretty\" = {pretty}))"
    );
    replace_sql(cx, c, &sql, PgType::Text)
}

/// `pg_relation_is_publishable(rel)`: whether a logical-replication
/// publication could include the relation, which PostgreSQL answers true
/// for an ordinary table outside the system schemas.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/logical-replication-publication.html>
pub(crate) fn pg_relation_is_publishable(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() != 1 {
        return Err(no_function(c));
    }
    let oid = typed_oid_arg(cx, c, 0, PgType::Regclass)?;
    let sql = format!(
        "(SELECT CASE WHEN count(*) = 0 THEN NULL ELSE max(\"relkind\" = 'r' AND \"relnamespace\" = 2200) END \
         FROM temp.\"pg_catalog.pg_class\" WHERE \"oid\" = {oid})"
    );
    replace_sql(cx, c, &sql, PgType::Bool)
}

/// `pg_get_statisticsobjdef_columns(oid)` and `pg_get_triggerdef(oid [,
/// pretty])`: NULL, as PostgreSQL answers for an OID that names no
/// extended statistics object or trigger (pgshim has neither: its
/// pg_statistic_ext and pg_trigger are empty).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
pub(crate) fn no_such_object_def(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let arity = if c.name == "pg_get_triggerdef" {
        1..=2
    } else {
        1..=1
    };
    if !arity.contains(&c.args.len()) {
        return Err(no_function(c));
    }
    oid_arg(cx, c, 0)?;
    if c.args.len() == 2 {
        bool_arg(cx, c, 1)?;
    }
    replace_sql(cx, c, "NULL", PgType::Text)
}

/// `obj_description(oid, catalog)`, `obj_description(oid)` and
/// `col_description(table, column)`: the comment pg_description has for
/// the object (pgshim keeps no comments yet, so NULL).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-COMMENT-TABLE>
pub(crate) fn obj_description(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let span = c.span;
    let oid = match c.args.len() {
        1 | 2 => oid_arg(cx, c, 0)?,
        _ => return Err(no_function(c)),
    };
    let class = if c.args.len() == 2 {
        let (x, t) = &mut c.args[1];
        let t2 = t.clone();
        cx.coerce(x, &t2, PgType::Name, span)?;
        format!(
            " AND \"classoid\" = (SELECT \"oid\" FROM temp.\"pg_catalog.pg_class\" WHERE \"relname\" = {x} AND \"relnamespace\" = 11)"
        )
    } else {
        String::new()
    };
    let sql = format!(
        "(SELECT \"description\" FROM temp.\"pg_catalog.pg_description\" WHERE \"objoid\" = {oid}{class} AND \"objsubid\" = 0)"
    );
    replace_sql(cx, c, &sql, PgType::Text)
}

/// `col_description(table, column)`: see [`obj_description`].
pub(crate) fn col_description(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let span = c.span;
    arity(c, 2)?;
    let oid = oid_arg(cx, c, 0)?;
    let (x, t) = &mut c.args[1];
    let t2 = t.clone();
    cx.coerce(x, &t2, PgType::Int4, span)?;
    let sql = format!(
        "(SELECT \"description\" FROM temp.\"pg_catalog.pg_description\" WHERE \"objoid\" = {oid} AND \"classoid\" = 1259 AND \"objsubid\" = {x})"
    );
    replace_sql(cx, c, &sql, PgType::Text)
}

/// `pg_try_advisory_lock(key bigint)`, `pg_try_advisory_lock(k1 int,
/// k2 int)`, `pg_advisory_unlock(…)` and `pg_advisory_unlock_all()`:
/// session-level advisory locks, held among the connections of this
/// process (see `runtime::advisory`). The waiting `pg_advisory_lock` and
/// the transaction-level locks are not translated.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-admin.html#FUNCTIONS-ADVISORY-LOCKS>
pub(crate) fn advisory_lock(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let span = c.span;
    let name = c.name.clone();
    if name == "pg_advisory_unlock_all" {
        arity(c, 0)?;
        return super::strings::emit_call(c, "pg_advisory_unlock_all", PgType::Void);
    }
    let key_type = match c.args.len() {
        1 => PgType::Int8,
        2 => PgType::Int4,
        _ => return Err(no_function(c)),
    };
    let keys = c.args.iter().all(|(_, t)| {
        t.ty.is_integer() || t.is_unknown() || t.lit == Lit::Null || matches!(t.lit, Lit::Param(_))
    });
    if !keys {
        return Err(no_function(c));
    }
    for (x, t) in c.args.iter_mut() {
        let t2 = t.clone();
        cx.coerce(x, &t2, key_type, span)?;
    }
    super::strings::emit_call(c, &name, PgType::Bool)
}

/// The OID of the relation the SQLite text expression `x` names, as
/// `regclass` input reads the name, on the search path (pg_catalog,
/// then public); NULL when nothing has it.
fn regclass_lookup(x: &str) -> String {
    let name = format!("pg_name_part({x}, 'name')");
    let schema = format!("pg_name_part({x}, 'schema')");
    format!(
        "(SELECT \"oid\" FROM temp.\"pg_catalog.pg_class\" WHERE \"relname\" = {name} AND ({schema} IS NULL OR \"relnamespace\" = (SELECT \"oid\" FROM temp.\"pg_catalog.pg_namespace\" WHERE \"nspname\" = {schema})) ORDER BY \"relnamespace\" <> 11 LIMIT 1)"
    )
}

/// `to_regtype(text)`, `to_regclass(text)`, `to_regnamespace(text)`: the
/// name's OID, looked up as the `regtype`/`regclass`/`regnamespace` input
/// does, when the statement runs (the name may be a parameter), or NULL
/// where nothing has the name.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
pub(crate) fn to_reg(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let span = c.span;
    let (x, t) = &mut c.args[0];
    let t2 = t.clone();
    cx.coerce(x, &t2, PgType::Text, span)?;
    let name = format!("pg_name_part({x}, 'name')");
    let schema = format!("pg_name_part({x}, 'schema')");
    let in_schema = |col: &str| {
        format!(
            "({schema} IS NULL OR \"{col}\" = (SELECT \"oid\" FROM temp.\"pg_catalog.pg_namespace\" WHERE \"nspname\" = {schema}))"
        )
    };
    let (sql, ty) = match c.name.as_str() {
        "to_regtype" => (
            format!(
                "coalesce(pg_builtin_type_oid({x}), (SELECT \"oid\" FROM temp.\"pg_catalog.pg_type\" WHERE \"typname\" = {name} AND {} ORDER BY \"typnamespace\" <> 11 LIMIT 1))",
                in_schema("typnamespace")
            ),
            PgType::Regtype,
        ),
        "to_regclass" => (regclass_lookup(&x.to_string()), PgType::Regclass),
        _ => (
            format!(
                "(SELECT \"oid\" FROM temp.\"pg_catalog.pg_namespace\" WHERE \"nspname\" = {name} AND {schema} IS NULL)"
            ),
            PgType::Regnamespace,
        ),
    };
    replace_sql(cx, c, &sql, ty)
}
