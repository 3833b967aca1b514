//! Evaluating statement-constant date/time inputs once per statement.
//!
//! PostgreSQL reads a parameter or a `now()` once per statement:
//! `created_at >= date_trunc('day', $1::timestamptz)` compares every row with
//! one value, and an index on `created_at` serves the range. The SQLite
//! functions that read date/time text (`pg_timestamptz_in`, …) and the
//! transaction clock (`pg_now`) cannot be registered as deterministic,
//! since `'now'` and `now()` change between statements; SQLite would then
//! call them for every row and could not use an index. So the largest
//! subexpressions that refer to no column and call only scalar functions
//! are wrapped in an uncorrelated scalar subquery, `(SELECT …)`, which
//! SQLite evaluates once per statement execution and treats as a constant
//! for index lookups. Evaluation stays lazy: a subquery in a CASE branch
//! that is never taken is never run, as in PostgreSQL.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-datetime.html#FUNCTIONS-DATETIME-CURRENT>
//! (the current time is constant within a transaction; so is a bound
//! parameter within a statement).

use std::ops::ControlFlow;

use sqlparser::ast::{
    Expr, Function, FunctionArguments, Ident, ObjectNamePart, VisitMut, VisitorMut,
};

use super::build;

/// Functions whose value is fixed for one statement but which SQLite must
/// treat as non-deterministic: the date/time input functions (for `'now'`,
/// `'today'`, …) and the transaction and statement clocks.
const STABLE: &[&str] = &[
    "pg_date_in",
    "pg_time_in",
    "pg_timestamp_in",
    "pg_timestamptz_in",
    "pg_now",
    "pg_statement_timestamp",
];

/// Functions that must run where they stand: per row (`clock_timestamp()`)
/// or for their side effect.
const VOLATILE: &[&str] = &[
    "pg_clock_timestamp",
    "pg_set_config",
    "pg_show",
    "pg_nextval",
    "pg_currval",
    "pg_lastval",
    "pg_setval",
];

/// The runtime's aggregate and window functions (all prefixed `pg_`;
/// SQLite's own are not hoisted at all). A unit test checks this list
/// against the functions a connection registers.
const RUNTIME_AGGREGATES: &[&str] = &[
    "pg_array_agg_bool",
    "pg_array_agg_float",
    "pg_array_agg_int",
    "pg_array_agg_numeric",
    "pg_array_agg_text",
    "pg_float8_max",
    "pg_float8_min",
    "pg_interval_avg",
    "pg_interval_avg_distinct",
    "pg_interval_avg_mi",
    "pg_interval_max",
    "pg_interval_max_mi",
    "pg_interval_min",
    "pg_interval_min_mi",
    "pg_interval_stats_mi",
    "pg_interval_sum",
    "pg_interval_sum_distinct",
    "pg_interval_sum_mi",
    "pg_numeric_avg",
    "pg_numeric_avg_distinct",
    "pg_numeric_max",
    "pg_numeric_min",
    "pg_numeric_sum",
    "pg_numeric_sum_distinct",
    "pg_percentile_cont",
    "pg_percentile_cont_mi",
    "pg_percentile_disc",
    "pg_percentile_disc_mi",
    "pg_percentile_values_mi",
    "pg_scalar_subquery",
    "pg_sorted_agg",
    "pg_string_agg_distinct",
];

/// Whether `name` is one of the runtime's aggregate or window functions.
pub(crate) fn is_runtime_aggregate(name: &str) -> bool {
    RUNTIME_AGGREGATES.contains(&name)
}

/// What a subtree holds: whether it can be evaluated once, and whether
/// doing so saves per-row calls.
#[derive(Clone, Copy)]
struct Shape {
    constant: bool,
    stable_call: bool,
}

/// The name of a call pgshim emitted (one unquoted identifier), without
/// allocating.
pub(crate) fn call_name(f: &Function) -> &str {
    match f.name.0.as_slice() {
        [ObjectNamePart::Identifier(i)] => i.value.as_str(),
        _ => "",
    }
}

/// Whether `name` is a statement-stable function (the calls worth hoisting).
pub(crate) fn is_stable(name: &str) -> bool {
    STABLE.contains(&name)
}

/// `SELECT NULL`, parsed once: the shell each hoisted expression goes in.
fn skeleton() -> Option<sqlparser::ast::Query> {
    static SKELETON: std::sync::OnceLock<Option<sqlparser::ast::Query>> =
        std::sync::OnceLock::new();
    SKELETON
        .get_or_init(|| build::query_from_sql("SELECT NULL").ok())
        .clone()
}

fn shape(e: &Expr) -> Shape {
    let mut s = Shape {
        constant: true,
        stable_call: false,
    };
    let _ = sqlparser::ast::visit_expressions(e, |x| {
        match x {
            Expr::Identifier(_)
            | Expr::CompoundIdentifier(_)
            | Expr::Subquery(_)
            | Expr::Exists { .. }
            | Expr::In {
                target: sqlparser::ast::InTarget::Subquery(_),
                ..
            }
            | Expr::Wildcard(_)
            | Expr::QualifiedWildcard(..) => s.constant = false,
            Expr::Function(f) => {
                let name = call_name(f);
                let plain_call = f.over.is_none()
                    && f.filter.is_none()
                    && f.within_group.is_empty()
                    && !matches!(&f.args, FunctionArguments::List(l) if l.duplicate_treatment.is_some() || !l.clauses.is_empty());
                if !plain_call
                    || !name.starts_with("pg_")
                    || VOLATILE.contains(&name)
                    || is_runtime_aggregate(name)
                {
                    s.constant = false;
                }
                if STABLE.contains(&name) {
                    s.stable_call = true;
                }
            }
            _ => {}
        }
        if s.constant {
            ControlFlow::Continue(())
        } else {
            ControlFlow::Break(())
        }
    });
    s
}

const MARK: &str = "\u{1}pgshim_hoisted_";

struct Hoister {
    taken: Vec<Expr>,
}

impl VisitorMut for Hoister {
    type Break = ();

    fn pre_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        let s = shape(e);
        if s.constant && s.stable_call {
            let n = self.taken.len();
            self.taken.push(std::mem::replace(
                e,
                Expr::Identifier(Ident::new(format!("{MARK}{n}"))),
            ));
        }
        ControlFlow::Continue(())
    }

    fn post_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
        let Expr::Identifier(id) = e else {
            return ControlFlow::Continue(());
        };
        let Some(n) = id
            .value
            .strip_prefix(MARK)
            .and_then(|n| n.parse::<usize>().ok())
        else {
            return ControlFlow::Continue(());
        };
        let taken = std::mem::replace(&mut self.taken[n], build::null());
        let Some(skeleton) = skeleton() else {
            // Cannot happen ("SELECT NULL" parses); keep the expression.
            *e = taken;
            return ControlFlow::Continue(());
        };
        let mut q = skeleton;
        if let sqlparser::ast::SetExpr::Select(sel) = q.body.as_mut()
            && let Some(sqlparser::ast::SelectItem::UnnamedExpr(x)) = sel.projection.get_mut(0)
        {
            *x = taken;
        }
        *e = Expr::Subquery(Box::new(q));
        ControlFlow::Continue(())
    }
}

/// Wraps the statement-constant date/time subexpressions of a query,
/// UPDATE or DELETE in scalar subqueries (`super::post_passes` runs it
/// when the statement has a stable call, and not on INSERT … VALUES,
/// where each value is read once anyway).
pub(crate) fn hoist_constants<V: VisitMut>(node: &mut V) {
    let mut h = Hoister { taken: Vec::new() };
    let _ = node.visit(&mut h);
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_runtime_aggregate_is_known() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        crate::register(&conn, &crate::Session::new()).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT DISTINCT name FROM pragma_function_list \
                 WHERE type IN ('a', 'w') AND name LIKE 'pg\\_%' ESCAPE '\\'",
            )
            .unwrap();
        let names: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(names.len() > 10, "{names:?}");
        for n in &names {
            assert!(super::is_runtime_aggregate(n), "{n} is an aggregate");
        }
        for scalar in [
            "pg_timestamptz_in",
            "pg_numeric_add",
            "pg_interval_mul",
            "pg_now",
        ] {
            assert!(!super::is_runtime_aggregate(scalar), "{scalar}");
        }
    }
}
