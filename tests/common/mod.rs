//! Shared by the randomized tests: the seed, and random expressions from a
//! grammar of leaves (columns, literals) and templates (`{}` placeholders
//! for operands).
#![allow(dead_code)] // each test crate uses part of this module

use proptest::prelude::*;

/// Expressions up to depth 3: leaves, `(a op b)`, and templates filled
/// with sub-expressions.
pub fn expressions(
    leaves: Vec<&'static str>,
    ops: Vec<&'static str>,
    templates: Vec<&'static str>,
) -> impl Strategy<Value = String> {
    let leaf = prop::sample::select(leaves).prop_map(str::to_string);
    leaf.prop_recursive(3, 16, 3, move |inner| {
        let ops = prop::sample::select(ops.clone());
        let templates = prop::sample::select(templates.clone());
        prop_oneof![
            (inner.clone(), ops, inner.clone()).prop_map(|(a, op, b)| format!("({a} {op} {b})")),
            (templates, prop::collection::vec(inner, 3)).prop_map(|(f, args)| {
                let mut out = f.to_string();
                for a in &args {
                    out = out.replacen("{}", a, 1);
                }
                out
            }),
        ]
    })
}

/// The seed of a randomized test: `PGSHIM_PROPTEST_SEED` when set (to
/// replay a failure), a fixed one under `CI=true` (so that a landing never
/// depends on luck; a failure is still a regression), the clock otherwise
/// (new cases on every local run).
pub fn seed() -> u64 {
    if let Ok(s) = std::env::var("PGSHIM_PROPTEST_SEED") {
        return s.parse().expect("PGSHIM_PROPTEST_SEED must be an integer");
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        return 20_261_124;
    }
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
}
