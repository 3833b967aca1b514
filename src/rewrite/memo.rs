//! Repeated calls go to memoizing twins.
//!
//! SQLite has no common-subexpression elimination: a query that writes
//! `age($1, created_at)` in three CASE branches, or `resolved_at -
//! created_at` under avg, min and max, computes it at every occurrence. A
//! call to one of the runtime's memoized functions that appears more than
//! once in a statement, with the same emitted text and at least one
//! column, is sent to the function's twin, which remembers its last
//! arguments and result (`runtime::memo`). Answers do not change: the
//! functions are pure, and the twin compares the argument values, not the
//! text.

use std::collections::HashMap;
use std::ops::ControlFlow;

use sqlparser::ast::{Expr, Function, Ident, ObjectNamePart, VisitMut};

use crate::runtime::memo::{MEMOIZED, twin};

/// The name of a call pgshim emitted, if it is a memoized function.
pub(crate) fn memoized(f: &Function) -> Option<&'static str> {
    let name = super::hoist::call_name(f);
    MEMOIZED.iter().copied().find(|m| *m == name)
}

/// Whether `e` reads a column (a call on constants is evaluated once by
/// SQLite or hoisted already).
fn reads_column(e: &Function) -> bool {
    sqlparser::ast::visit_expressions(e, |x| match x {
        Expr::Identifier(_) | Expr::CompoundIdentifier(_) => ControlFlow::Break(()),
        _ => ControlFlow::Continue(()),
    })
    .is_break()
}

/// Sends the repeated memoized calls in `node` to their twins
/// (`super::post_passes` runs it when a memoized name appears twice).
pub(crate) fn use_twins<V: VisitMut>(node: &mut V) {
    // Every memoized call's text, in visit order (None: reads no column);
    // decided before renaming any, since a renamed inner call changes the
    // text of the calls around it. Both passes visit in the same order.
    let mut texts: Vec<Option<String>> = Vec::new();
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        if let Expr::Function(f) = x
            && memoized(f).is_some()
        {
            texts.push(reads_column(f).then(|| f.to_string()));
        }
        ControlFlow::<()>::Continue(())
    });
    let mut count: HashMap<&str, usize> = HashMap::new();
    for t in texts.iter().flatten() {
        *count.entry(t.as_str()).or_default() += 1;
    }
    let chosen: Vec<bool> = texts
        .iter()
        .map(|t| {
            t.as_deref()
                .is_some_and(|t| count.get(t).is_some_and(|n| *n > 1))
        })
        .collect();
    if !chosen.contains(&true) {
        return;
    }
    let mut next = 0;
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        if let Expr::Function(f) = x
            && let Some(name) = memoized(f)
        {
            if chosen.get(next).copied().unwrap_or(false) {
                f.name.0 = vec![ObjectNamePart::Identifier(Ident::new(twin(name)))];
            }
            next += 1;
        }
        ControlFlow::<()>::Continue(())
    });
}
