//! Interval aggregates over a timestamptz difference read both instants.
//!
//! `avg(resolved_at - created_at)` (and sum, min, max, and
//! `percentile_cont`/`percentile_disc` ordered by such a difference) would
//! have SQLite call `pg_timestamptz_mi` per row, which writes the interval
//! as text for the aggregate to read back. The aggregate's `_mi` variant
//! takes the two instants and subtracts them itself, with the same rule
//! (`timestamptz_mi`: exact elapsed time as days and hours). DISTINCT and
//! window uses keep the plain form; FILTER stays as it is.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-aggregate.html>
//! (avg, sum, min and max of interval; percentile_cont and percentile_disc
//! of interval) and
//! <https://www.postgresql.org/docs/current/functions-datetime.html#OPERATORS-DATETIME-TABLE>
//! (`timestamp with time zone - timestamp with time zone`).

use std::ops::ControlFlow;

use sqlparser::ast::{
    Expr, Function, FunctionArg, FunctionArgExpr, FunctionArguments, Ident, ObjectNamePart,
    VisitMut,
};

use super::build;
use super::hoist::call_name;

/// The interval aggregates with a fused variant (`<name>_mi`).
const FUSABLE: &[&str] = &[
    "pg_interval_avg",
    "pg_interval_max",
    "pg_interval_min",
    "pg_interval_sum",
];

/// The ordered-set aggregates (`pg_percentile_cont(x, fraction, desc,
/// kind)`) with a fused variant for `kind` interval: `<name>_mi(b, a,
/// fraction, desc)`.
const FUSABLE_ORDERED: &[&str] = &["pg_percentile_cont", "pg_percentile_disc"];

/// Whether `f` is an interval aggregate that might take a difference.
pub(crate) fn is_fusable(f: &Function) -> bool {
    FUSABLE.contains(&call_name(f)) || FUSABLE_ORDERED.contains(&call_name(f))
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

/// The two arguments of `pg_timestamptz_mi(b, a)`, if `e` is that call.
fn difference(e: &mut Expr) -> Option<&mut FunctionArguments> {
    let Expr::Function(inner) = e else {
        return None;
    };
    (call_name(inner) == "pg_timestamptz_mi"
        && matches!(&inner.args, FunctionArguments::List(l) if l.args.len() == 2 && l.duplicate_treatment.is_none() && l.clauses.is_empty()))
    .then_some(&mut inner.args)
}

/// Rewrites `pg_percentile_X(pg_timestamptz_mi(b, a), fraction, desc,
/// 'interval')` to `pg_percentile_X_mi(b, a, fraction, desc)`.
fn fuse_ordered(f: &mut Function) {
    let name = format!("{}_mi", call_name(f));
    let FunctionArguments::List(list) = &mut f.args else {
        return;
    };
    if list.duplicate_treatment.is_some() || !list.clauses.is_empty() || list.args.len() != 4 {
        return;
    }
    let interval = matches!(
        &list.args[3],
        FunctionArg::Unnamed(FunctionArgExpr::Expr(Expr::Value(v)))
            if matches!(&v.value, sqlparser::ast::Value::SingleQuotedString(k) if k == "interval")
    );
    if !interval {
        return;
    }
    let FunctionArg::Unnamed(FunctionArgExpr::Expr(first)) = &mut list.args[0] else {
        return;
    };
    let Some(FunctionArguments::List(diff)) = difference(first) else {
        return;
    };
    let mut args = std::mem::take(&mut diff.args);
    list.args.truncate(3);
    args.extend(list.args.drain(1..));
    list.args = args;
    f.name.0 = vec![ObjectNamePart::Identifier(Ident::new(name))];
}

/// The fused interval aggregates one [`share_stats`] pass can serve, with
/// the statistic each reads.
const SHARED: &[(&str, &str)] = &[
    ("pg_interval_avg_mi", "avg"),
    ("pg_interval_max_mi", "max"),
    ("pg_interval_min_mi", "min"),
    ("pg_interval_sum_mi", "sum"),
];

/// The statistic a fused aggregate call reads and the text of what it
/// reads over (its arguments and FILTER), if it is one of [`SHARED`].
fn shared_stat(f: &Function) -> Option<(&'static str, String)> {
    if f.over.is_some() {
        return None;
    }
    let name = call_name(f);
    let (_, kind) = SHARED.iter().find(|(n, _)| *n == name)?;
    let filter = f.filter.as_ref().map(|e| e.to_string()).unwrap_or_default();
    Some((kind, format!("{}|{filter}", f.args)))
}

/// Lets calls that read the same thing share one aggregate: `classify`
/// gives a call's kind and what it reads (the key); where one key is read
/// by calls of two or more kinds, `share` rewrites each of those calls
/// (SQLite then computes the identical aggregate calls of a SELECT once).
fn share<V: VisitMut>(
    node: &mut V,
    classify: fn(&Function) -> Option<(String, String)>,
    share: impl Fn(&mut Expr, &str),
) {
    let mut kinds: std::collections::HashMap<String, Vec<String>> = Default::default();
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        if let Expr::Function(f) = x
            && let Some((kind, key)) = classify(f)
        {
            let seen = kinds.entry(key).or_default();
            if !seen.contains(&kind) {
                seen.push(kind);
            }
        }
        ControlFlow::<()>::Continue(())
    });
    if kinds.values().all(|k| k.len() < 2) {
        return;
    }
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        if let Expr::Function(f) = x
            && let Some((kind, key)) = classify(f)
            && kinds.get(&key).is_some_and(|k| k.len() >= 2)
        {
            share(x, &kind);
        }
        ControlFlow::<()>::Continue(())
    });
}

/// Several of avg, sum, min and max over one difference (and FILTER) read
/// one aggregate: each becomes `pg_interval_stat(kind,
/// pg_interval_stats_mi(b, a))`. A single one keeps its own aggregate.
fn share_stats<V: VisitMut>(node: &mut V) {
    share(
        node,
        |f| shared_stat(f).map(|(kind, key)| (kind.to_string(), key)),
        |x, kind| {
            if let Expr::Function(f) = x {
                f.name.0 = vec![ObjectNamePart::Identifier(Ident::new(
                    "pg_interval_stats_mi",
                ))];
            }
            let stats = std::mem::replace(x, build::null());
            *x = build::call("pg_interval_stat", vec![build::string(kind), stats]);
        },
    );
}

/// `cont` or `disc` for a fused percentile call.
fn percentile_kind(f: &Function) -> Option<&'static str> {
    match call_name(f) {
        "pg_percentile_cont_mi" => Some("cont"),
        "pg_percentile_disc_mi" => Some("disc"),
        _ => None,
    }
}

/// What a fused percentile call sorts (its difference, order and
/// FILTER), and which percentile it is (kind and fraction), if it is one.
fn shared_sort(f: &Function) -> Option<(String, String)> {
    let kind = percentile_kind(f)?;
    let FunctionArguments::List(list) = &f.args else {
        return None;
    };
    if f.over.is_some() || list.args.len() != 4 {
        return None;
    }
    let filter = f.filter.as_ref().map(|e| e.to_string()).unwrap_or_default();
    let (b, a, fraction, desc) = (&list.args[0], &list.args[1], &list.args[2], &list.args[3]);
    Some((
        format!("{kind} {fraction}"),
        format!("{b}|{a}|{desc}|{filter}"),
    ))
}

/// Several percentiles of one difference in one order (and FILTER) sort
/// once: each becomes `pg_percentile_pick(kind, fraction,
/// pg_percentile_values_mi(b, a, desc))`. A single one keeps its own
/// aggregate.
fn share_sorts<V: VisitMut>(node: &mut V) {
    share(node, shared_sort, |x, _| {
        let Expr::Function(f) = x else {
            return;
        };
        let Some(kind) = percentile_kind(f) else {
            return;
        };
        let FunctionArguments::List(list) = &mut f.args else {
            return;
        };
        // (b, a, fraction, desc) -> (b, a, desc), the fraction outside.
        let FunctionArg::Unnamed(FunctionArgExpr::Expr(fraction)) = list.args.remove(2) else {
            return;
        };
        f.name.0 = vec![ObjectNamePart::Identifier(Ident::new(
            "pg_percentile_values_mi",
        ))];
        let values = std::mem::replace(x, build::null());
        *x = build::call(
            "pg_percentile_pick",
            vec![build::string(kind), fraction, values],
        );
    });
}

/// Rewrites `pg_interval_X(pg_timestamptz_mi(a, b))` to
/// `pg_interval_X_mi(a, b)` throughout `node`, and the ordered-set
/// aggregates likewise ([`fuse_ordered`]); then lets several statistics
/// of one difference share an aggregate ([`share_stats`], [`share_sorts`]).
pub(crate) fn fuse_differences<V: VisitMut>(node: &mut V) {
    fuse_each(node);
    share_stats(node);
    share_sorts(node);
}

fn fuse_each<V: VisitMut>(node: &mut V) {
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        let Expr::Function(f) = x else {
            return ControlFlow::<()>::Continue(());
        };
        if !is_fusable(f) || f.over.is_some() || !f.within_group.is_empty() {
            return ControlFlow::Continue(());
        }
        if FUSABLE_ORDERED.contains(&call_name(f)) {
            fuse_ordered(f);
            return ControlFlow::Continue(());
        }
        let name = format!("{}_mi", call_name(f));
        let Some(args) = only_arg(f).and_then(difference) else {
            return ControlFlow::Continue(());
        };
        f.args = std::mem::replace(args, FunctionArguments::None);
        f.name.0 = vec![ObjectNamePart::Identifier(Ident::new(name))];
        ControlFlow::Continue(())
    });
}
