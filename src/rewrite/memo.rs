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
    let mut count: HashMap<String, usize> = HashMap::new();
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        if let Expr::Function(f) = x
            && memoized(f).is_some()
            && reads_column(f)
        {
            *count.entry(f.to_string()).or_default() += 1;
        }
        ControlFlow::<()>::Continue(())
    });
    count.retain(|_, n| *n > 1);
    if count.is_empty() {
        return;
    }
    // Decide every call from its text before renaming any (a renamed inner
    // call changes the text of the calls around it); both passes visit in
    // the same order.
    let mut chosen: Vec<bool> = Vec::new();
    let _ = sqlparser::ast::visit_expressions_mut(node, |x| {
        if let Expr::Function(f) = x
            && memoized(f).is_some()
        {
            chosen.push(count.contains_key(&f.to_string()));
        }
        ControlFlow::<()>::Continue(())
    });
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
