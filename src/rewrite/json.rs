//! json values built from SQL values: `json_build_object`. (The json
//! and jsonb types as column types and their operators come with issue
//! 17; pgshim's `json` is so far only this function's result.)
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-json.html#FUNCTIONS-JSON-CREATION-TABLE>

use super::Cx;
use super::expr::{Lit, Typed};
use super::functions::Call;
use crate::error::{Error, Result};
use crate::types::PgType;

/// `json_build_object(k1, v1, …)`: an object of alternating keys and
/// values, written as PostgreSQL writes it (`{"a" : 1, "b" : true}`):
/// keys as their text, numbers bare (NaN quoted), booleans, NULL as
/// null, strings escaped. An odd number of arguments and a NULL key are
/// PostgreSQL's errors, when a row is built. Values of date/time and other
/// types (which json writes in ISO 8601, not their text output) are
/// refused.
pub(crate) fn build_object(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let span = c.span;
    let mut kinds = String::new();
    let mut args = Vec::new();
    for (mut x, t) in std::mem::take(&mut c.args) {
        if t.is_unknown() && t.lit != Lit::Null {
            cx.coerce(&mut x, &t, PgType::Text, span)?;
        }
        let kind = match t.ty {
            _ if t.lit == Lit::Null || t.is_unknown() => 's',
            PgType::Bool => 'b',
            ty if ty.is_integer() || ty.is_float() || ty == PgType::Numeric => 'n',
            ty if ty.is_string() || ty == PgType::Char || ty.is_oid() => 's',
            other => {
                return Err(Error::unsupported(
                    format!("json_build_object of a {} value", other.sql_name()),
                    span,
                    "numbers, booleans and strings are translated; cast the value to text",
                ));
            }
        };
        if t.ty == PgType::Numeric {
            x = super::build::call("pg_numeric_text", vec![x]);
        }
        kinds.push(kind);
        args.push(x);
    }
    args.insert(0, super::build::string(&kinds));
    c.replace = Some(super::build::call("pg_json_build_object", args));
    Ok(Typed::new(PgType::Json))
}
