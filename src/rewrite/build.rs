//! The only place that constructs sqlparser nodes.
//!
//! sqlparser's node structs change with every release; keeping every
//! construction here means one file absorbs that.

use sqlparser::ast::{
    DuplicateTreatment, Expr, Function, FunctionArg, FunctionArgExpr, FunctionArgumentList,
    FunctionArguments, Ident, ObjectName, ObjectNamePart, Value, ValueWithSpan,
};
use sqlparser::tokenizer::Span;

/// A double-quoted identifier, so SQLite sees the exact name.
pub(crate) fn ident(name: &str) -> Ident {
    Ident::with_quote('"', name)
}

/// A call `name(args…)` to a SQL function.
pub(crate) fn call(name: &str, args: Vec<Expr>) -> Expr {
    call_with(name, args, false)
}

/// `call` (an aggregate call) with `FILTER (WHERE filter)`, if any.
pub(crate) fn with_filter(mut call: Expr, filter: Option<Box<Expr>>) -> Expr {
    if let Expr::Function(f) = &mut call {
        f.filter = filter;
    }
    call
}

/// A call `name(DISTINCT args…)` (or without DISTINCT when `distinct` is false).
pub(crate) fn call_with(name: &str, args: Vec<Expr>, distinct: bool) -> Expr {
    Expr::Function(Function {
        name: ObjectName(vec![ObjectNamePart::Identifier(Ident::new(name))]),
        uses_odbc_syntax: false,
        parameters: FunctionArguments::None,
        args: FunctionArguments::List(FunctionArgumentList {
            duplicate_treatment: distinct.then_some(DuplicateTreatment::Distinct),
            args: args
                .into_iter()
                .map(|a| FunctionArg::Unnamed(FunctionArgExpr::Expr(a)))
                .collect(),
            clauses: vec![],
        }),
        within_group: vec![],
        filter: None,
        null_treatment: None,
        over: None,
    })
}

/// A string literal.
pub(crate) fn string(s: &str) -> Expr {
    value(Value::SingleQuotedString(s.to_string()))
}

/// An integer literal (negative values are written as a literal with `-`).
pub(crate) fn int(v: i64) -> Expr {
    value(Value::Number(v.to_string(), false))
}

/// A floating-point literal that SQLite reads back as exactly `v`.
pub(crate) fn float(v: f64) -> Expr {
    if v.is_finite() {
        // `{:?}` prints the shortest text that reads back exactly, always
        // with a `.` or an exponent, so SQLite reads it as REAL.
        value(Value::Number(format!("{v:?}"), false))
    } else if v.is_nan() {
        // SQLite has no NaN; pgshim never stores one.
        null()
    } else {
        // 1e999 overflows to +/-Inf in SQLite.
        value(Value::Number(
            if v > 0.0 {
                "1e999".into()
            } else {
                "-1e999".into()
            },
            false,
        ))
    }
}

/// SQL NULL.
pub(crate) fn null() -> Expr {
    value(Value::Null)
}

/// `(expr)`.
pub(crate) fn nested(e: Expr) -> Expr {
    Expr::Nested(Box::new(e))
}

/// `CAST(expr AS <sqlite type>)` with a SQLite storage class name.
pub(crate) fn sqlite_cast(e: Expr, sqlite_type: &str) -> Expr {
    use sqlparser::ast::{CastKind, DataType};
    let data_type = match sqlite_type {
        "INTEGER" => DataType::Integer(None),
        "REAL" => DataType::Real,
        _ => DataType::Text,
    };
    Expr::Cast {
        kind: CastKind::Cast,
        expr: Box::new(e),
        data_type,
        format: None,
    }
}

fn value(v: Value) -> Expr {
    Expr::Value(ValueWithSpan {
        value: v,
        span: Span::empty(),
    })
}

/// `e COLLATE name` (SQLite collation, e.g. `pg_interval`).
pub(crate) fn collate(e: Expr, collation: &str) -> Expr {
    Expr::Collate {
        expr: Box::new(nested(e)),
        collation: sqlparser::ast::ObjectName::from(vec![ident(collation)]),
    }
}

/// A derived table `(<select>) AS "alias"` from SQLite SQL text that pgshim
/// wrote itself (a table-valued function call with rewritten arguments).
pub(crate) fn derived_table(
    select_sql: &str,
    alias: &str,
) -> Result<sqlparser::ast::TableFactor, String> {
    let dialect = sqlparser::dialect::SQLiteDialect {};
    let query = sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(select_sql)
        .and_then(|mut p| p.parse_query())
        .map_err(|e| e.to_string())?;
    Ok(sqlparser::ast::TableFactor::Derived {
        lateral: false,
        subquery: query,
        alias: Some(sqlparser::ast::TableAlias {
            explicit: true,
            name: ident(alias),
            columns: vec![],
            at: None,
        }),
        sample: None,
    })
}

/// A FROM item parsed from its text (`pg_generate_series(…) AS g`), in
/// the dialect the text is written in.
pub(crate) fn from_item(
    item_sql: &str,
    dialect: &dyn sqlparser::dialect::Dialect,
) -> Result<sqlparser::ast::TableWithJoins, String> {
    let sql = format!("SELECT 1 FROM {item_sql}");
    let stmts = sqlparser::parser::Parser::parse_sql(dialect, &sql).map_err(|e| e.to_string())?;
    match stmts.into_iter().next() {
        Some(sqlparser::ast::Statement::Query(q)) => match *q.body {
            sqlparser::ast::SetExpr::Select(s) => s.from.into_iter().next(),
            _ => None,
        },
        _ => None,
    }
    .ok_or_else(|| format!("not a FROM item: {item_sql}"))
}

/// Parses SQLite SQL text that pgshim wrote itself (from already rewritten
/// pieces) into a query.
pub(crate) fn query_from_sql(sql: &str) -> Result<sqlparser::ast::Query, String> {
    let dialect = sqlparser::dialect::SQLiteDialect {};
    sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_query())
        .map(|q| *q)
        .map_err(|e| e.to_string())
}

/// Parses an expression pgshim wrote itself.
pub(crate) fn expr_from_sql(sql: &str) -> Result<Expr, String> {
    let dialect = sqlparser::dialect::SQLiteDialect {};
    sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(sql)
        .and_then(|mut p| p.parse_expr())
        .map_err(|e| e.to_string())
}

/// `e [NOT] IN (list)`.
pub(crate) fn in_list(e: Expr, list: Vec<Expr>, negated: bool) -> Expr {
    Expr::In {
        expr: Box::new(e),
        target: sqlparser::ast::InTarget::List(list),
        negated,
        global: false,
    }
}

/// `e [NOT] IN (subquery)`.
pub(crate) fn in_subquery(e: Expr, q: Box<sqlparser::ast::Query>, negated: bool) -> Expr {
    Expr::In {
        expr: Box::new(e),
        target: sqlparser::ast::InTarget::Subquery(q),
        negated,
        global: false,
    }
}

/// `l op r`.
pub(crate) fn binary(l: Expr, op: sqlparser::ast::BinaryOperator, r: Expr) -> Expr {
    Expr::BinaryOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    }
}

/// `parts[0] op parts[1] op …` (NULL for no parts): OR/AND chains of
/// comparisons that an IN list, BETWEEN or `op ANY (ARRAY[…])` becomes.
pub(crate) fn chain(parts: Vec<Expr>, op: sqlparser::ast::BinaryOperator) -> Expr {
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_else(null);
    parts.fold(first, |acc, p| binary(acc, op.clone(), p))
}

/// `NOT e` when `negated`, else `e`.
pub(crate) fn not_if(negated: bool, e: Expr) -> Expr {
    if negated {
        Expr::UnaryOp {
            op: sqlparser::ast::UnaryOperator::Not,
            expr: Box::new(e),
        }
    } else {
        e
    }
}
