//! Differential tests: every case runs on PostgreSQL and through pgshim on
//! SQLite; see the pgshim-difftest crate for the suite format and for where
//! PostgreSQL's answers come from.

fn suite(name: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/differential")
        .join(name);
    pgshim_difftest::assert_suite(path);
}

#[test]
fn select_basics() {
    suite("select_basics.sql");
}

#[test]
fn joins() {
    suite("joins.sql");
}

#[test]
fn grouping() {
    suite("grouping.sql");
}

#[test]
fn booleans_nulls() {
    suite("booleans_nulls.sql");
}

#[test]
fn column_names() {
    suite("column_names.sql");
}

#[test]
fn params() {
    suite("params.sql");
}

#[test]
fn dml_returning() {
    suite("dml_returning.sql");
}

#[test]
fn ddl() {
    suite("ddl.sql");
}

#[test]
fn sequences() {
    suite("sequences.sql");
}

#[test]
fn alter_table() {
    suite("alter_table.sql");
}

#[test]
fn dst_transitions() {
    suite("dst_transitions.sql");
}

#[test]
fn datetime_ops() {
    suite("datetime_ops.sql");
}

#[test]
fn fields() {
    suite("fields.sql");
}

#[test]
fn to_char() {
    suite("to_char.sql");
}

#[test]
fn time_input() {
    suite("time_input.sql");
}

#[test]
fn strings() {
    suite("strings.sql");
}

#[test]
fn windows() {
    suite("windows.sql");
}

#[test]
fn upsert() {
    suite("upsert.sql");
}

#[test]
fn views_alter() {
    suite("views_alter.sql");
}

#[test]
fn distinct_on() {
    suite("distinct_on.sql");
}

#[test]
fn app_corpus() {
    suite("app_corpus.sql");
}

#[test]
fn numeric() {
    suite("numeric.sql");
}

#[test]
fn arrays() {
    suite("arrays.sql");
}

#[test]
fn math() {
    suite("math.sql");
}

#[test]
fn regress_datetime() {
    suite("regress_datetime.sql");
}

#[test]
fn orm_sql() {
    suite("orm_sql.sql");
}

#[test]
fn datestyle() {
    suite("datestyle.sql");
}

#[test]
fn timetz() {
    suite("timetz.sql");
}

#[test]
fn interval_fields() {
    suite("interval_fields.sql");
}

#[test]
fn dynamic_abbrevs() {
    suite("dynamic_abbrevs.sql");
}

#[test]
fn years() {
    suite("years.sql");
}

#[test]
fn posix_zones() {
    suite("posix_zones.sql");
}

/// `COPY … FROM STDIN` blocks in the setup: loaded into PostgreSQL with
/// the COPY protocol, and through pgshim's `run_script` (its
/// `Connection::copy_in`), then compared as every suite is.
#[test]
fn copy_from_stdin() {
    use pgshim_difftest::regress::{Item, Variables, split};
    use std::io::Write;
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/differential")
        .join("copy_from_stdin.sql");
    let suite = pgshim_difftest::load(&path).unwrap();
    let setup = suite.setup.clone();
    let pg = |c: &mut postgres::Client| -> Result<(), String> {
        for item in split(&setup, &mut Variables::default()) {
            let Item::Statement(st) = item else { continue };
            match &st.copy_data {
                Some(data) => {
                    let mut w = c.copy_in(st.sql.as_str()).map_err(|e| e.to_string())?;
                    w.write_all(data.as_bytes()).map_err(|e| e.to_string())?;
                    w.finish().map_err(|e| e.to_string())?;
                }
                None => c.batch_execute(&st.sql).map_err(|e| e.to_string())?,
            }
        }
        Ok(())
    };
    let shim = |db: &mut pgshim::Connection| -> Result<(), String> {
        db.run_script(&setup, |_, _| {}).map_err(|e| e.to_string())
    };
    let custom = pgshim_difftest::CustomSetup {
        postgres: &pg,
        pgshim: &shim,
    };
    pgshim_difftest::assert_report(&path, pgshim_difftest::run_suite(&suite, Some(&custom)));
}
