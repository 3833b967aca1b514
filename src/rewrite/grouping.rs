//! PostgreSQL's grouping rule: in a query with GROUP BY or aggregates, a
//! column used outside an aggregate must be grouped, or be functionally
//! dependent on a grouped primary key. SQLite would silently pick a value
//! from some row; pgshim raises PostgreSQL's error instead.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-select.html#SQL-GROUPBY>

use std::ops::ControlFlow;

use sqlparser::ast::{Expr, Visit, Visitor};

use super::expr::last_name;
use super::scope::Scope;
use crate::error::{Error, Result};

/// The aggregate functions as they appear in emitted SQL.
const AGGREGATES: &[&str] = &[
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "total",
    "group_concat",
    "pg_interval_sum",
    "pg_interval_avg",
    "pg_interval_min",
    "pg_string_agg_distinct",
    "pg_percentile_cont",
    "pg_percentile_disc",
    "pg_interval_max",
    "pg_interval_sum_distinct",
    "pg_interval_avg_distinct",
    "pg_numeric_sum",
    "pg_numeric_avg",
    "pg_numeric_sum_distinct",
    "pg_numeric_avg_distinct",
    "pg_numeric_min",
    "pg_numeric_max",
    "pg_float8_min",
    "pg_float8_max",
    "pg_array_agg_int",
    "pg_array_agg_float",
    "pg_array_agg_numeric",
    "pg_array_agg_bool",
    "pg_array_agg_text",
    "pg_sorted_agg",
];

fn is_aggregate(e: &Expr) -> bool {
    match e {
        Expr::Function(f) => {
            let single_arg = match &f.args {
                sqlparser::ast::FunctionArguments::List(l) => l.args.len() <= 1,
                _ => true,
            };
            let name = last_name(&f.name.0);
            // min(a, b) and max(a, b) are scalar in SQLite; group_concat is
            // an aggregate with its separator too.
            f.over.is_none()
                && (single_arg
                    || matches!(
                        name.as_str(),
                        "group_concat"
                            | "pg_sorted_agg"
                            | "pg_string_agg_distinct"
                            | "pg_percentile_cont"
                            | "pg_percentile_disc"
                    ))
                && AGGREGATES.contains(&name.as_str())
        }
        _ => false,
    }
}

/// Whether an expression contains an aggregate call at this query level.
pub(crate) fn has_aggregate(e: &Expr) -> bool {
    contains_at_level(e, is_aggregate)
}

/// Whether an expression contains a window function call at this level.
pub(crate) fn has_window(e: &Expr) -> bool {
    contains_at_level(e, |x| matches!(x, Expr::Function(f) if f.over.is_some()))
}

/// Whether an expression calls a set-returning function at this level.
pub(crate) fn has_set_returning(e: &Expr) -> bool {
    contains_at_level(e, |x| {
        matches!(x, Expr::Function(f) if f.over.is_none() && matches!(
            last_name(&f.name.0).as_str(),
            "generate_series" | "unnest" | "generate_subscripts" | "regexp_matches"
                | "regexp_split_to_table" | "json_array_elements" | "jsonb_array_elements"
                | "json_array_elements_text" | "jsonb_array_elements_text" | "json_each"
                | "jsonb_each" | "json_each_text" | "jsonb_each_text" | "json_object_keys"
                | "jsonb_object_keys"
        ))
    })
}

/// PostgreSQL's error for an aggregate or window function where the clause
/// `what` (`WHERE`, `GROUP BY`, `JOIN conditions`) does not allow one.
pub(crate) fn check_no_aggregates(e: &Expr, what: &str) -> Result<()> {
    if has_aggregate(e) {
        return Err(Error::semantic(
            format!("aggregate functions are not allowed in {what}"),
            super::expr::span_of(e),
        ));
    }
    if has_window(e) {
        return Err(Error::semantic(
            format!("window functions are not allowed in {what}"),
            super::expr::span_of(e),
        ));
    }
    Ok(())
}

fn contains_at_level(e: &Expr, pred: fn(&Expr) -> bool) -> bool {
    struct Find(bool, usize, fn(&Expr) -> bool);
    impl Visitor for Find {
        type Break = ();
        fn pre_visit_query(&mut self, _: &sqlparser::ast::Query) -> ControlFlow<()> {
            self.1 += 1;
            ControlFlow::Continue(())
        }
        fn post_visit_query(&mut self, _: &sqlparser::ast::Query) -> ControlFlow<()> {
            self.1 -= 1;
            ControlFlow::Continue(())
        }
        fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
            if self.1 > 0 {
                return ControlFlow::Continue(());
            }
            if (self.2)(e) {
                self.0 = true;
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        }
    }
    let mut f = Find(false, 0, pred);
    let _ = e.visit(&mut f);
    f.0
}

/// `(qualifier, column)` of a plain column reference, resolving an
/// unqualified one through this level's relations.
fn column_of(e: &Expr, scope: &Scope) -> Option<(String, String)> {
    match e {
        Expr::Identifier(id) => {
            let rel = scope
                .rels
                .iter()
                .find(|r| r.cols.iter().any(|c| c.name == id.value))?;
            Some((rel.qualifier.clone(), id.value.clone()))
        }
        Expr::CompoundIdentifier(p) if p.len() == 2 => {
            Some((p[0].value.clone(), p[1].value.clone()))
        }
        Expr::Nested(inner) => column_of(inner, scope),
        _ => None,
    }
}

/// Checks the select list, HAVING and ORDER BY expressions against GROUP BY.
pub(crate) fn check(scope: &Scope, group_by: &[Expr], exprs: &[&Expr]) -> Result<()> {
    let grouped_text: Vec<String> = group_by.iter().map(|g| g.to_string()).collect();
    let grouped_cols: Vec<(String, String)> = group_by
        .iter()
        .filter_map(|g| column_of(g, scope))
        .collect();
    // Relations whose whole primary key is grouped: all their columns are.
    let dependent: Vec<String> = scope
        .rels
        .iter()
        .filter(|r| {
            !r.pk.is_empty()
                && r.pk
                    .iter()
                    .all(|k| grouped_cols.contains(&(r.qualifier.clone(), k.clone())))
        })
        .map(|r| r.qualifier.clone())
        .collect();
    for e in exprs {
        walk(e, scope, &grouped_text, &grouped_cols, &dependent)?;
    }
    Ok(())
}

fn walk(
    e: &Expr,
    scope: &Scope,
    grouped_text: &[String],
    grouped_cols: &[(String, String)],
    dependent: &[String],
) -> Result<()> {
    if is_aggregate(e) || grouped_text.contains(&e.to_string()) {
        return Ok(());
    }
    if matches!(e, Expr::Subquery(_) | Expr::Exists { .. }) {
        return Ok(());
    }
    if let Some((q, c)) = column_of(e, scope) {
        let here = scope.rels.iter().any(|r| r.qualifier == q);
        if !here || grouped_cols.contains(&(q.clone(), c.clone())) || dependent.contains(&q) {
            return Ok(());
        }
        return Err(Error::semantic(
            format!(
                "column \"{q}.{c}\" must appear in the GROUP BY clause or be used in an aggregate function"
            ),
            None,
        ));
    }
    if matches!(e, Expr::Identifier(_) | Expr::CompoundIdentifier(_)) {
        return Ok(());
    }
    // Recurse into direct children only (a subquery is its own level).
    let mut children: Vec<Expr> = Vec::new();
    struct Kids<'a>(&'a mut Vec<Expr>, usize);
    impl Visitor for Kids<'_> {
        type Break = ();
        fn pre_visit_expr(&mut self, e: &Expr) -> ControlFlow<()> {
            self.1 += 1;
            if self.1 == 2 {
                self.0.push(e.clone());
            }
            ControlFlow::Continue(())
        }
        fn post_visit_expr(&mut self, _: &Expr) -> ControlFlow<()> {
            self.1 -= 1;
            ControlFlow::Continue(())
        }
        fn pre_visit_query(&mut self, _: &sqlparser::ast::Query) -> ControlFlow<()> {
            // Do not look into subqueries.
            self.1 += 100;
            ControlFlow::Continue(())
        }
        fn post_visit_query(&mut self, _: &sqlparser::ast::Query) -> ControlFlow<()> {
            self.1 -= 100;
            ControlFlow::Continue(())
        }
    }
    let _ = e.visit(&mut Kids(&mut children, 0));
    for c in &children {
        walk(c, scope, grouped_text, grouped_cols, dependent)?;
    }
    Ok(())
}
