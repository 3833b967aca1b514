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
    let text = inner
        .strip_prefix("pg_nextval('")?
        .strip_suffix("')")?
        .replace("''", "'");
    // The sequence as the runtime reads it: regclass input (`public.s`,
    // `"S"`).
    let name = crate::runtime::sequences::relation_name(&text).ok()?;
    let shown = scalar::quote_ident(&name).replace('\'', "''");
    Some(format!("nextval('{shown}'::regclass)"))
}

/// A CHECK constraint's expression as PostgreSQL's `pg_get_constraintdef`
/// shows it (`CHECK ((priority >= 1))`, pretty `CHECK (priority >= 1)`),
/// from its source text as written in the DDL, for the forms
/// applications write: comparisons of columns, constants and `length`,
/// `char_length`, `lower` or `upper` of a column; AND, OR, BETWEEN and IS
/// [NOT] NULL; `None` for another form. `columns` are the table's.
///
/// Returns the plain text and the pretty one.
///
/// # PostgreSQL
/// `get_rule_expr` in src/backend/utils/adt/ruleutils.c: a stored CHECK
/// keeps the implicit casts its operators needed (`(name)::text`,
/// `(0)::numeric`); plain output parenthesizes every operator, pretty
/// output only where precedence needs it.
pub(crate) fn check_text(
    source: &str,
    columns: &[crate::catalog::Column],
) -> Option<(String, String)> {
    let (plain, pretty) = predicate_text(source, columns)?;
    Some((format!("CHECK ({plain})"), format!("CHECK ({pretty})")))
}

/// A partial index's predicate as `pg_get_indexdef` shows it after
/// `WHERE` (`(first_response_at IS NULL)`, pretty `first_response_at IS
/// NULL`), from its source text, for the forms [`check_text`] reads;
/// `None` for another. Returns the plain text and the pretty one.
///
/// # PostgreSQL
/// `pg_get_indexdef_worker` in src/backend/utils/adt/ruleutils.c.
pub(crate) fn predicate_text(
    source: &str,
    columns: &[crate::catalog::Column],
) -> Option<(String, String)> {
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let e = sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(source)
        .ok()?
        .parse_expr()
        .ok()?;
    let node = check_node(&e, columns)?;
    if node.ty() != Some(PgType::Bool) {
        return None;
    }
    Some((node.show(false, None), node.show(true, None)))
}

/// A typed node of a stored CHECK expression.
enum Node {
    Column(String, PgType),
    /// A constant: its plain and pretty text and type.
    Const(String, String, PgType),
    /// An untyped literal, typed by the operator it meets.
    Unknown(String),
    /// A number literal as PostgreSQL's parser types it (`integer`, else
    /// `bigint`, else `numeric`), with its sign.
    Number(String),
    Cast(Box<Node>, PgType),
    Op(&'static str, Box<Node>, Box<Node>),
    /// AND or OR of the operands; `true` for BETWEEN's AND, which stays
    /// one operand of an enclosing AND.
    Bool(&'static str, Vec<Node>, bool),
    NullTest(Box<Node>, bool),
    Func(String, Box<Node>, PgType),
    /// `x = ANY (ARRAY[…])`, what PostgreSQL makes of `x IN (…)`, with
    /// the cast of the array (`::text[]` for varchar elements).
    AnyArray(Box<Node>, Vec<Node>, Option<&'static str>),
}

impl Node {
    fn ty(&self) -> Option<PgType> {
        match self {
            Node::Column(_, t) | Node::Const(_, _, t) | Node::Cast(_, t) | Node::Func(_, _, t) => {
                Some(*t)
            }
            Node::Number(n) => Some(number_type(n)),
            Node::Unknown(_) => None,
            Node::Op(..) | Node::Bool(..) | Node::NullTest(..) | Node::AnyArray(..) => {
                Some(PgType::Bool)
            }
        }
    }

    /// The text, `parent` being the enclosing node's kind (`None` at the
    /// top), which decides pretty output's parentheses.
    fn show(&self, pretty: bool, parent: Option<&'static str>) -> String {
        match self {
            Node::Column(n, _) => scalar::quote_ident(n),
            Node::Const(plain, nice, _) => {
                if pretty {
                    nice.clone()
                } else {
                    plain.clone()
                }
            }
            Node::Number(n) => match n.strip_prefix('-') {
                Some(digits) => number(digits, true),
                None => number(n, false),
            },
            Node::Unknown(s) => format!("'{}'", s.replace('\'', "''")),
            Node::Cast(inner, ty) => {
                let name = crate::types::typmod::format_type(*ty, -1);
                let simple = matches!(**inner, Node::Column(..) | Node::Func(..));
                match (&**inner, pretty) {
                    (Node::Number(n), _) if !n.starts_with('-') => {
                        if pretty {
                            format!("{n}::{name}")
                        } else {
                            format!("({n})::{name}")
                        }
                    }
                    (_, true) if simple => format!("{}::{name}", inner.show(true, Some("cast"))),
                    _ => format!("({})::{name}", inner.show(pretty, Some("cast"))),
                }
            }
            Node::Func(f, arg, _) => format!("{f}({})", arg.show(pretty, Some("func"))),
            Node::Op(op, l, r) => {
                let text = format!(
                    "{} {op} {}",
                    l.show(pretty, Some("op")),
                    r.show(pretty, Some("op"))
                );
                if pretty && matches!(parent, None | Some("AND") | Some("OR")) {
                    text
                } else {
                    format!("({text})")
                }
            }
            Node::AnyArray(lhs, elems, cast) => {
                let array = format!(
                    "ARRAY[{}]",
                    elems
                        .iter()
                        .map(|e| e.show(pretty, Some("array")))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                let array = match (cast, pretty) {
                    (Some(c), true) => format!("{array}::{c}"),
                    (Some(c), false) => format!("({array})::{c}"),
                    (None, _) => array,
                };
                let text = format!("{} = ANY ({array})", lhs.show(pretty, Some("op")));
                // Unlike an operator's, its parentheses stay inside AND
                // and OR when pretty.
                if pretty && parent.is_none() {
                    text
                } else {
                    format!("({text})")
                }
            }
            Node::NullTest(arg, not) => {
                let text = format!(
                    "{} IS {}NULL",
                    arg.show(pretty, Some("nulltest")),
                    if *not { "NOT " } else { "" }
                );
                if pretty && matches!(parent, None | Some("AND") | Some("OR")) {
                    text
                } else {
                    format!("({text})")
                }
            }
            Node::Bool(op, args, _) => {
                let text = args
                    .iter()
                    .map(|a| a.show(pretty, Some(op)))
                    .collect::<Vec<_>>()
                    .join(&format!(" {op} "));
                // Pretty: AND inside OR, and either at the top, go bare.
                let bare = match parent {
                    None => true,
                    Some("OR") => *op == "AND" || *op == "OR",
                    Some("AND") => *op == "AND",
                    _ => false,
                };
                if pretty && bare {
                    text
                } else {
                    format!("({text})")
                }
            }
        }
    }
}

/// The type PostgreSQL's parser gives a number literal.
fn number_type(n: &str) -> PgType {
    let digits = n.trim_start_matches('-');
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        match n.parse::<i64>() {
            Ok(v) if i32::try_from(v).is_ok() => PgType::Int4,
            Ok(_) => PgType::Int8,
            Err(_) => PgType::Numeric,
        }
    } else {
        PgType::Numeric
    }
}

fn check_node(e: &Expr, columns: &[crate::catalog::Column]) -> Option<Node> {
    use sqlparser::ast::BinaryOperator as B;
    match e {
        Expr::Nested(inner) => check_node(inner, columns),
        Expr::Identifier(id) => {
            let name = if id.quote_style.is_some() {
                id.value.clone()
            } else {
                id.value.to_ascii_lowercase()
            };
            let c = columns.iter().find(|c| c.name == name)?;
            // Any type: IS NULL reads every one the same way, and the
            // operators below accept only the types they print exactly.
            Some(Node::Column(name, c.ty?))
        }
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => Some(Node::Number(n.clone())),
            Value::SingleQuotedString(s) => Some(Node::Unknown(s.clone())),
            Value::Boolean(b) => Some(Node::Const(b.to_string(), b.to_string(), PgType::Bool)),
            _ => None,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => match &**expr {
            Expr::Value(v) => match &v.value {
                Value::Number(n, _) => Some(Node::Number(format!("-{n}"))),
                _ => None,
            },
            _ => None,
        },
        Expr::In {
            expr,
            target: sqlparser::ast::InTarget::List(list),
            negated: false,
            ..
        } => in_list(check_node(expr, columns)?, list, columns),
        Expr::IsNull(x) | Expr::IsNotNull(x) => {
            let arg = check_node(x, columns)?;
            arg.ty()?;
            Some(Node::NullTest(
                Box::new(arg),
                matches!(e, Expr::IsNotNull(_)),
            ))
        }
        Expr::Between {
            expr,
            negated: false,
            low,
            high,
        } => {
            let lo = comparison(">=", check_node(expr, columns)?, check_node(low, columns)?)?;
            let hi = comparison("<=", check_node(expr, columns)?, check_node(high, columns)?)?;
            // Its own AND, which an enclosing AND does not absorb.
            Some(Node::Bool("AND", vec![lo, hi], true))
        }
        Expr::BinaryOp { left, op, right } => {
            let (l, r) = (check_node(left, columns)?, check_node(right, columns)?);
            match op {
                B::And | B::Or => {
                    if l.ty() != Some(PgType::Bool) || r.ty() != Some(PgType::Bool) {
                        return None;
                    }
                    let word = if *op == B::And { "AND" } else { "OR" };
                    // PostgreSQL flattens a chain of the same operator.
                    let mut args = Vec::new();
                    for side in [l, r] {
                        match side {
                            Node::Bool(w, inner, false) if w == word => args.extend(inner),
                            other => args.push(other),
                        }
                    }
                    Some(Node::Bool(word, args, false))
                }
                B::Eq => comparison("=", l, r),
                B::NotEq => comparison("<>", l, r),
                B::Lt => comparison("<", l, r),
                B::LtEq => comparison("<=", l, r),
                B::Gt => comparison(">", l, r),
                B::GtEq => comparison(">=", l, r),
                _ => None,
            }
        }
        Expr::Function(f) => {
            let name = f.name.to_string().to_ascii_lowercase();
            if !matches!(name.as_str(), "length" | "char_length" | "lower" | "upper") {
                return None;
            }
            let sqlparser::ast::FunctionArguments::List(list) = &f.args else {
                return None;
            };
            let [sqlparser::ast::FunctionArg::Unnamed(sqlparser::ast::FunctionArgExpr::Expr(a))] =
                list.args.as_slice()
            else {
                return None;
            };
            let arg = match check_node(a, columns)? {
                Node::Column(n, PgType::Text) => Node::Column(n, PgType::Text),
                Node::Column(n, PgType::Varchar) => {
                    Node::Cast(Box::new(Node::Column(n, PgType::Varchar)), PgType::Text)
                }
                _ => return None,
            };
            let ty = if name.ends_with("length") {
                PgType::Int4
            } else {
                PgType::Text
            };
            Some(Node::Func(name, Box::new(arg), ty))
        }
        _ => None,
    }
}

/// `x IN (a, b)` as PostgreSQL stores it, `x = ANY (ARRAY[a, b])`, for a
/// text or varchar `x` with string literals (typed as `x`'s type; a
/// varchar side is compared as text, the array cast to text[]) and an
/// integer `x` with integer literals; a list of one is `x = a`.
fn in_list(lhs: Node, list: &[Expr], columns: &[crate::catalog::Column]) -> Option<Node> {
    // One element is a plain comparison (`x = 7`).
    if let [one] = list {
        return comparison("=", lhs, check_node(one, columns)?);
    }
    let ty = lhs.ty()?;
    let mut elems = Vec::new();
    for e in list {
        let n = check_node(e, columns)?;
        let n = match (ty, n) {
            (PgType::Text, Node::Unknown(s)) => {
                let text = constant(&s, PgType::Text)?;
                Node::Const(text.clone(), text, PgType::Text)
            }
            (PgType::Varchar, Node::Unknown(s)) => {
                let text = format!("'{}'::character varying", s.replace('\'', "''"));
                Node::Const(text.clone(), text, PgType::Varchar)
            }
            (t, n @ Node::Number(_)) if t.is_integer() && n.ty() == Some(PgType::Int4) => n,
            _ => return None,
        };
        elems.push(n);
    }
    match ty {
        PgType::Varchar => Some(Node::AnyArray(
            Box::new(widen(lhs, PgType::Text)),
            elems,
            Some("text[]"),
        )),
        _ => Some(Node::AnyArray(Box::new(lhs), elems, None)),
    }
}

/// `l op r` with the implicit casts PostgreSQL's operator resolution
/// adds: integers meet each other as they are and numeric or double
/// precision through a cast; varchar is compared as text; an untyped
/// literal takes the other side's type.
fn comparison(op: &'static str, l: Node, r: Node) -> Option<Node> {
    // The operand types whose implicit casts are printed here.
    let known = |t: Option<PgType>| {
        t.is_none_or(|t| {
            matches!(
                t,
                PgType::Int2
                    | PgType::Int4
                    | PgType::Int8
                    | PgType::Numeric
                    | PgType::Float8
                    | PgType::Text
                    | PgType::Varchar
                    | PgType::Bool
            )
        })
    };
    if !known(l.ty()) || !known(r.ty()) {
        return None;
    }
    let (l, r) = match (l.ty(), r.ty()) {
        (None, None) => return None,
        (None, Some(t)) => (typed_literal(l, t)?, widen_varchar(r)),
        (Some(t), None) => {
            let r = typed_literal(r, t)?;
            (widen_varchar(l), r)
        }
        (Some(a), Some(b)) => {
            if a.is_integer() && b.is_integer() || a == b && a != PgType::Varchar {
                (l, r)
            } else if a.is_numeric_category() && b.is_numeric_category() {
                let wide = if a.is_float() || b.is_float() {
                    PgType::Float8
                } else {
                    PgType::Numeric
                };
                (widen(l, wide), widen(r, wide))
            } else if a.is_string() && b.is_string() {
                (widen(l, PgType::Text), widen(r, PgType::Text))
            } else {
                return None;
            }
        }
    };
    Some(Node::Op(op, Box::new(l), Box::new(r)))
}

/// A varchar operand meets text operators as text.
fn widen_varchar(n: Node) -> Node {
    if n.ty() == Some(PgType::Varchar) {
        widen(n, PgType::Text)
    } else {
        n
    }
}

fn widen(n: Node, to: PgType) -> Node {
    if n.ty() == Some(to) {
        return n;
    }
    Node::Cast(Box::new(n), to)
}

/// An untyped literal compared with a value of type `ty` (a varchar
/// side makes both text).
fn typed_literal(n: Node, ty: PgType) -> Option<Node> {
    let Node::Unknown(s) = n else {
        return Some(n);
    };
    let ty = if ty == PgType::Varchar {
        PgType::Text
    } else {
        ty
    };
    // The types a CHECK's operands have here; constant() prints them
    // as it prints defaults.
    if !matches!(
        ty,
        PgType::Text | PgType::Bool | PgType::Int2 | PgType::Int4 | PgType::Int8
    ) {
        return None;
    }
    let text = constant(&s, ty)?;
    Some(Node::Const(text.clone(), text, ty))
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
        // Read as regclass input, as the runtime reads it.
        assert_eq!(
            stored_text("(pg_nextval('public.orders_id_seq'))").as_deref(),
            Some("nextval('orders_id_seq'::regclass)")
        );
        assert_eq!(
            stored_text("(pg_nextval('\"Audit Log_Seq_seq\"'))").as_deref(),
            Some("nextval('\"Audit Log_Seq_seq\"'::regclass)")
        );
        assert_eq!(stored_text("pg_now()"), None);
    }
}
