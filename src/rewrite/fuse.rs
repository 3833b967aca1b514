//! Interval aggregates over a timestamptz difference read both instants.
//!
//! `avg(resolved_at - created_at)` (and sum, min, max) would have SQLite
//! call `pg_timestamptz_mi` per row, which writes the interval as text for
//! the aggregate to read back. The aggregate's `_mi` variant takes the two
//! instants and subtracts them itself, with the same rule
//! (`timestamptz_mi`: exact elapsed time as days and hours). DISTINCT and
//! window uses keep the plain form; FILTER stays as it is.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-aggregate.html>
//! (avg, sum, min and max of interval) and
//! <https://www.postgresql.org/docs/current/functions-datetime.html#OPERATORS-DATETIME-TABLE>
//! (`timestamp with time zone - timestamp with time zone`).

use std::ops::ControlFlow;

use sqlparser::ast::{
    Expr, Function, FunctionArg, FunctionArgExpr, FunctionArguments, Ident, ObjectNamePart,
    VisitMut,
};

use super::hoist::call_name;

/// The interval aggregates with a fused variant (`<name>_mi`).
const FUSABLE: &[&str] = &[
    "pg_interval_avg",
    "pg_interval_max",
    "pg_interval_min",
    "pg_interval_sum",
];

/// Whether `f` is an interval aggregate that might take a difference.
pub(crate) fn is_fusable(f: &Function) -> bool {
    FUSABLE.contains(&call_name(f))
}

/// The single plain argument of a call, if it has exactly one.
fn only_arg(f: &mut Function) -> Option<&mut Expr> {
    let FunctionArguments::List(list) = &mut f.args else {
        return None;
    };
    if list.duplicate_treatment.is_some() || !list.clauses.is_empty() || list.args.len() != 1 {
        return None;
    }
    match &mut list.args[0] {
        FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
        _ => None,
    }
}

/// Rewrites `pg_interval_X(pg_timestamptz_mi(a, b))` to
/// `pg_interval_X_mi(a, b)` throughout `node`.
pub(crate) fn fuse_differences<V: VisitMut>(node: &mut V) {
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        let Expr::Function(f) = x else {
            return ControlFlow::<()>::Continue(());
        };
        if !is_fusable(f) || f.over.is_some() || !f.within_group.is_empty() {
            return ControlFlow::Continue(());
        }
        let name = format!("{}_mi", call_name(f));
        let Some(Expr::Function(inner)) = only_arg(f) else {
            return ControlFlow::Continue(());
        };
        if call_name(inner) != "pg_timestamptz_mi"
            || !matches!(&inner.args, FunctionArguments::List(l) if l.args.len() == 2)
        {
            return ControlFlow::Continue(());
        }
        f.args = std::mem::replace(&mut inner.args, FunctionArguments::None);
        f.name.0 = vec![ObjectNamePart::Identifier(Ident::new(name))];
        ControlFlow::Continue(())
    });
}
