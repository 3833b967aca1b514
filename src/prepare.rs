//! SQL-level prepared statements (`PREPARE`, `EXECUTE`, `DEALLOCATE`) as
//! data: a session that keeps prepared statements (the server, which
//! shares them with the protocol's named statements) runs them.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-prepare.html>

use sqlparser::ast::{Expr, Statement, UnaryOperator, Value};

use crate::error::{Error, Result};
use crate::types::PgType;

/// A `PREPARE`, `EXECUTE` or `DEALLOCATE` statement.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PreparedCommand {
    /// `PREPARE name [(types)] AS statement`.
    Prepare {
        /// The statement's name.
        name: String,
        /// The declared parameter types (`None` for `unknown`).
        types: Vec<Option<PgType>>,
        /// The statement, as PostgreSQL SQL.
        statement: String,
    },
    /// `EXECUTE name [(args)]`: each argument a constant, as the text its
    /// parameter's type reads (`None` for NULL).
    Execute {
        /// The statement's name.
        name: String,
        /// The arguments.
        args: Vec<Option<String>>,
    },
    /// `DEALLOCATE [PREPARE] name | ALL` (`None`: all).
    Deallocate(Option<String>),
}

/// Reads one statement as a prepared-statement command, or `None` when it
/// is another statement.
///
/// ```
/// use pgshim::PreparedCommand;
/// let c = pgshim::prepared_command("EXECUTE p('2024-03-10', 3, NULL)").unwrap();
/// assert_eq!(
///     c,
///     Some(PreparedCommand::Execute {
///         name: "p".into(),
///         args: vec![Some("2024-03-10".into()), Some("3".into()), None],
///     })
/// );
/// assert_eq!(pgshim::prepared_command("SELECT 1").unwrap(), None);
/// ```
pub fn prepared_command(sql: &str) -> Result<Option<PreparedCommand>> {
    let first = sql
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    if !matches!(first.as_str(), "PREPARE" | "EXECUTE" | "DEALLOCATE") {
        return Ok(None);
    }
    let mut stmts = crate::rewrite::parse(sql)?;
    let [stmt] = stmts.as_mut_slice() else {
        return Ok(None);
    };
    Ok(Some(match stmt {
        Statement::Prepare {
            name,
            data_types,
            statement,
        } => PreparedCommand::Prepare {
            name: name.value.clone(),
            types: data_types
                .iter()
                .map(|t| {
                    let name = t.to_string();
                    match PgType::parse(&name) {
                        Some(PgType::Unknown) => Ok(None),
                        Some(t) => Ok(Some(t)),
                        None => Err(Error::unsupported(
                            format!("parameter type {name}"),
                            None,
                            "",
                        )),
                    }
                })
                .collect::<Result<_>>()?,
            statement: statement.to_string(),
        },
        Statement::Execute {
            name: Some(name),
            parameters,
            immediate: false,
            into,
            using,
            ..
        } if into.is_empty() && using.is_empty() => PreparedCommand::Execute {
            name: name.to_string().trim_matches('"').to_string(),
            args: parameters.iter().map(constant).collect::<Result<_>>()?,
        },
        Statement::Deallocate { name, .. } => {
            if name.quote_style.is_none() && name.value.eq_ignore_ascii_case("all") {
                PreparedCommand::Deallocate(None)
            } else {
                PreparedCommand::Deallocate(Some(name.value.clone()))
            }
        }
        _ => return Ok(None),
    }))
}

/// An EXECUTE argument: a constant's text.
fn constant(e: &Expr) -> Result<Option<String>> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::Null => Ok(None),
            Value::SingleQuotedString(s) | Value::EscapedStringLiteral(s) => Ok(Some(s.clone())),
            Value::DollarQuotedString(d) => Ok(Some(d.value.clone())),
            Value::Number(n, _) => Ok(Some(n.clone())),
            Value::Boolean(b) => Ok(Some(if *b { "t" } else { "f" }.into())),
            _ => Err(unsupported(e)),
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => match constant(expr)? {
            Some(n) if matches!(**expr, Expr::Value(_)) => Ok(Some(format!("-{n}"))),
            _ => Err(unsupported(e)),
        },
        _ => Err(unsupported(e)),
    }
}

fn unsupported(e: &Expr) -> Error {
    Error::unsupported(
        format!("EXECUTE argument {e}"),
        None,
        "pass constants (literals or NULL)",
    )
}
