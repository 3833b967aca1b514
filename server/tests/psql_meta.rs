//! psql's own commands on `pgshim serve`: `\dt`, `\di`, `\dn`, `\dv`
//! (the catalog queries psql sends), `\x` and `\copy` in and out, from
//! tests/psql_meta/script.sql. The transcript must be psql's on
//! PostgreSQL for the same script (live, or recorded in
//! tests/psql_meta/psql.out with `PGSHIM_RECORD=1`).

mod common;

use std::path::{Path, PathBuf};

fn here() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/psql_meta")
}

#[test]
fn list_commands_expanded_display_and_copy_answer_as_on_postgresql() {
    let recorded = here().join("psql.out");
    let expected = common::postgres_output(&recorded, |url| {
        let live = pgshim_difftest::Live::connect(url).unwrap();
        let scratch = live.scratch_database("pgshim_psql_meta").unwrap();
        common::psql_transcript(&here(), &scratch.url())
    });
    let server = common::TestServer::start();
    assert_eq!(common::psql_transcript(&here(), &server.url()), expected);
}
