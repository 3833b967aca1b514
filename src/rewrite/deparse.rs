//! Column defaults as PostgreSQL shows them (`pg_get_expr(adbin, adrelid)`,
//! psql's `\d`, the ORMs' schema readers): the text PostgreSQL's ruleutils
//! deparses from the stored expression, for the forms applications write,
//! kept beside the translated default in the SQLite schema as a comment
//! (`DEFAULT (pg_now() /*pg:now()*/)`), so that it follows the column
//! through table rebuilds.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-CATALOG>
//! (`pg_get_expr`; `get_rule_expr` and `get_const_expr` in
//! src/backend/utils/adt/ruleutils.c): a constant prints with its type's
//! output and a `::type` label, but for a non-negative `integer`, a
//! float-looking `numeric` and a `boolean`; the implicit cast to the
//! column's type is not shown; a SQL value function keeps its keyword
//! (`CURRENT_TIMESTAMP`).
//!
//! # Differences
//! Other expressions (operators, most function calls, date/time and
//! interval constants, which PostgreSQL prints in the session's zone and
//! styles) are kept without the text: `pg_get_expr` refuses them.

use sqlparser::ast::{Expr, FunctionArguments, UnaryOperator, Value};

use crate::types::{PgType, scalar};

/// The comment's opening, before the encoded text.
const MARK: &str = "/*pg:";

/// PostgreSQL's text of the default `e` (as written, before translation)
/// of a column of type `ty`, where pgshim knows it.
///
/// ```ignore
/// assert_eq!(default_text(&parse("'open'"), PgType::Varchar).as_deref(), Some("'open'::character varying"));
/// ```
pub(crate) fn default_text(e: &Expr, ty: PgType) -> Option<String> {
    match e {
        Expr::Nested(inner) => default_text(inner, ty),
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => Some(number(n, false)),
            Value::SingleQuotedString(s) => constant(s, ty),
            Value::Boolean(b) => Some(b.to_string()),
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => match &**expr {
            Expr::Value(v) => match &v.value {
                Value::Number(n, _) => Some(number(n, true)),
                _ => None,
            },
            _ => None,
        },
        Expr::Cast {
            expr, data_type, ..
        } => {
            let target = super::casts::target_type(data_type, None).ok()?;
            if target.len.is_some() || target.scale.is_some() || target.fields.is_some() {
                return None;
            }
            match &**expr {
                Expr::Value(v) => match &v.value {
                    Value::SingleQuotedString(s) => constant(s, target.ty),
                    _ => None,
                },
                _ => None,
            }
        }
        Expr::Function(f) => {
            let name = f.name.to_string().to_ascii_lowercase();
            let no_args = match &f.args {
                FunctionArguments::None => Some(true),
                FunctionArguments::List(l) if l.args.is_empty() => Some(false),
                _ => None,
            }?;
            match (name.as_str(), no_args) {
                (
                    "current_timestamp" | "current_date" | "current_time" | "localtime"
                    | "localtimestamp",
                    true,
                ) => Some(name.to_ascii_uppercase()),
                (
                    "now"
                    | "statement_timestamp"
                    | "transaction_timestamp"
                    | "clock_timestamp"
                    | "timeofday",
                    false,
                ) => Some(format!("{name}()")),
                _ => None,
            }
        }
        _ => None,
    }
}

/// A numeric literal's constant: `integer` when it fits (non-negative
/// bare, negative quoted and labelled), else `bigint`, else `numeric`
/// (bare when it has a point or exponent and no sign).
fn number(n: &str, negative: bool) -> String {
    let text = if negative {
        format!("-{n}")
    } else {
        n.to_string()
    };
    if n.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(v) = text.parse::<i64>() {
            if i32::try_from(v).is_ok() {
                return if negative {
                    format!("'{text}'::integer")
                } else {
                    text
                };
            }
            return format!("'{text}'::bigint");
        }
        return format!("'{text}'::numeric");
    }
    if negative {
        format!("'{text}'::numeric")
    } else {
        text
    }
}

/// A string literal read as a constant of `ty`: its output text, labelled
/// with the type but for `integer` and `boolean`. `None` for the types
/// whose output depends on the session (date/time, interval) and those
/// pgshim does not print here.
fn constant(s: &str, ty: PgType) -> Option<String> {
    let quoted = |v: &str| format!("'{}'", v.replace('\'', "''"));
    let label = |v: &str| Some(format!("{}::{}", quoted(v), ty.sql_name()));
    match ty {
        PgType::Text | PgType::Varchar | PgType::Name => label(s),
        PgType::Bpchar => Some(format!("{}::bpchar", quoted(s))),
        PgType::Bool => scalar::bool_in(s).ok().map(|b| b.to_string()),
        PgType::Int4 => {
            let v = scalar::int_in(s, 32).ok()?;
            Some(if v < 0 {
                format!("'{v}'::integer")
            } else {
                v.to_string()
            })
        }
        PgType::Int2 | PgType::Int8 => label(
            &scalar::int_in(s, super::casts::bits_of(ty))
                .ok()?
                .to_string(),
        ),
        PgType::TextArray | PgType::VarcharArray if s.trim() == "{}" => label("{}"),
        _ => None,
    }
}

/// Whether a translated default is the NULL constant.
pub(crate) fn is_null(e: &Expr) -> bool {
    match e {
        Expr::Nested(inner) => is_null(inner),
        Expr::Value(v) => matches!(v.value, Value::Null),
        _ => false,
    }
}

/// A translated default `sql` as the schema keeps it: parenthesized, with
/// PostgreSQL's text in a comment where it is known.
pub(crate) fn with_text(sql: &str, shown: Option<String>) -> String {
    match shown {
        Some(t) => format!("({sql} {})", mark(&t)),
        None => format!("({sql})"),
    }
}

/// The comment that keeps `text` beside a translated default: `%` and `*`
/// are escaped, so that the text cannot end the comment.
pub(crate) fn mark(text: &str) -> String {
    format!("{MARK}{}*/", text.replace('%', "%25").replace('*', "%2A"))
}

/// PostgreSQL's text of a stored default: the comment [`mark`] wrote, or
/// for a sequence's `nextval` (serial and identity columns), its text;
/// `None` for a default kept without it.
///
/// ```ignore
/// assert_eq!(stored_text("pg_now() /*pg:now()*/").as_deref(), Some("now()"));
/// ```
pub(crate) fn stored_text(default_sql: &str) -> Option<String> {
    if let Some(at) = default_sql.rfind(MARK) {
        let rest = &default_sql[at + MARK.len()..];
        let end = rest.find("*/")?;
        return Some(rest[..end].replace("%2A", "*").replace("%25", "%"));
    }
    let inner = default_sql.trim();
    let inner = inner
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(inner)
        .trim();
    let name = inner
        .strip_prefix("pg_nextval('")?
        .strip_suffix("')")?
        .replace("''", "'");
    let shown = scalar::quote_ident(&name).replace('\'', "''");
    Some(format!("nextval('{shown}'::regclass)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(sql: &str) -> Expr {
        super::super::build::expr_from_sql(sql).unwrap()
    }

    #[test]
    fn constants_print_as_ruleutils_prints_them() {
        for (sql, ty, want) in [
            ("'open'", PgType::Varchar, Some("'open'::character varying")),
            ("'it''s'", PgType::Text, Some("'it''s'::text")),
            ("1", PgType::Int4, Some("1")),
            ("1", PgType::Int8, Some("1")),
            ("-1", PgType::Int4, Some("'-1'::integer")),
            ("1.5", PgType::Numeric, Some("1.5")),
            ("-1.5", PgType::Numeric, Some("'-1.5'::numeric")),
            ("5000000000", PgType::Int8, Some("'5000000000'::bigint")),
            ("true", PgType::Bool, Some("true")),
            ("'yes'", PgType::Bool, Some("true")),
            ("'5'", PgType::Int8, Some("'5'::bigint")),
            ("now()", PgType::Timestamptz, Some("now()")),
            (
                "CURRENT_TIMESTAMP",
                PgType::Timestamptz,
                Some("CURRENT_TIMESTAMP"),
            ),
            ("'2020-01-01'", PgType::Timestamptz, None),
            ("1 + 2", PgType::Int4, None),
        ] {
            assert_eq!(default_text(&parse(sql), ty).as_deref(), want, "{sql}");
        }
    }

    #[test]
    fn marks_round_trip_and_serials_are_read_back() {
        let text = "'*/ 100%'::text";
        let sql = format!("'x' {}", mark(text));
        assert!(!sql[6..sql.len() - 2].contains("*/"));
        assert_eq!(stored_text(&sql).as_deref(), Some(text));
        assert_eq!(
            stored_text("(pg_nextval('t_id_seq'))").as_deref(),
            Some("nextval('t_id_seq'::regclass)")
        );
        assert_eq!(stored_text("pg_now()"), None);
    }
}
