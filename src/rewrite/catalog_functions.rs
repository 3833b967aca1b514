//! The system information functions that catalog queries call
//! (`format_type`, `pg_table_is_visible`, `pg_get_userbyid`,
//! `pg_encoding_to_char`, `current_schema`), over the system catalogs
//! pgshim materialises (see `system_catalog`).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-info.html>

use super::expr::{Lit, Typed};
use super::functions::{Call, arity};
use super::{Cx, build};
use crate::error::{Error, Result};
use crate::types::PgType;

/// Reads argument `i` as an `oid`: an untyped literal by `oidin`, an
/// integer by the `integer → oid` cast (implicit in PostgreSQL).
fn oid_arg(cx: &mut Cx, c: &mut Call, i: usize) -> Result<String> {
    let span = c.span;
    let (x, t) = &mut c.args[i];
    match (&t.lit, t.ty) {
        (Lit::Unknown(_) | Lit::Null | Lit::Param(_), _) => {
            let t2 = t.clone();
            cx.coerce(x, &t2, PgType::Oid, span)?;
        }
        (_, PgType::Oid) => {}
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

/// `pg_table_is_visible(oid)`: every relation pgshim has is in
/// pg_catalog or public, both on the search path, so it is true for a
/// relation and NULL for an OID none has.
pub(crate) fn pg_table_is_visible(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let oid = oid_arg(cx, c, 0)?;
    let sql = format!("(SELECT 1 FROM temp.\"pg_catalog.pg_class\" WHERE \"oid\" = {oid})");
    replace_sql(cx, c, &sql, PgType::Bool)
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
