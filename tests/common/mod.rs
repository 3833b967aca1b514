//! Shared by the fuzzing tests: random expressions from a grammar of
//! leaves (columns, literals) and templates (`{}` placeholders for operands).

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
