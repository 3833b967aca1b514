//! docs/compatibility.md must list every function pgshim translates.

#[test]
fn every_function_is_documented() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/docs/compatibility.md"
    ))
    .unwrap();
    let funcs = doc
        .split("## Functions")
        .nth(1)
        .expect("a Functions section");
    let missing: Vec<&str> = pgshim::supported::functions()
        .into_iter()
        .map(|(name, _)| name)
        .filter(|name| !funcs.contains(name))
        .collect();
    assert!(
        missing.is_empty(),
        "functions missing from docs/compatibility.md: {missing:?}"
    );
}
