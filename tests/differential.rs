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
fn information_schema() {
    suite("information_schema.sql");
}

#[test]
fn system_catalogs() {
    suite("system_catalogs.sql");
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

/// `pgshim import`: the suite's setup runs on PostgreSQL, whose `pg_dump`
/// (recorded beside the suite, and compared with a fresh dump on every
/// live run) pgshim then imports; the cases run on both.
#[test]
fn import_dump() {
    import_suite("import_dump", &[], "", &|report| {
        if !report.skipped.is_empty() {
            return Err(format!("not carried over: {:?}", report.skipped));
        }
        let want = [
            ("users".to_string(), 3),
            ("tickets".to_string(), 3),
            ("comments".to_string(), 3),
        ];
        for w in &want {
            if !report.tables.contains(w) {
                return Err(format!("expected {w:?} in {:?}", report.tables));
            }
        }
        Ok(())
    });
}

/// A Rails structure.sql (`pg_dump --schema-only`, then the
/// schema_migrations rows Rails appends): every table but the one with a
/// jsonb column loads, and that one is listed with the reason.
#[test]
fn rails_structure() {
    import_suite(
        "rails_structure",
        &["--schema-only"],
        "SET search_path TO \"$user\", public;\n\n\
         INSERT INTO \"schema_migrations\" (version) VALUES\n('20240301000000'),\n('20240302000000');\n\n",
        &|report| {
            let [table, dependents @ ..] = report.skipped.as_slice() else {
                return Err("expected the events table to be skipped".into());
            };
            let jsonb = table.statement == "CREATE TABLE public.events ("
                && table.reason == "unsupported: type JSONB";
            let follow = dependents.iter().all(|s| {
                s.statement.contains("events")
                    && s.reason == "table \"events\" was not created (listed above)"
            });
            if !jsonb || !follow || dependents.len() != 5 {
                return Err(format!(
                    "expected only the events table (jsonb) and what depends on it to be skipped: {:?}",
                    report.skipped
                ));
            }
            if report.tables_created != 4 {
                return Err(format!("expected 4 tables, got {}", report.tables_created));
            }
            Ok(())
        },
    );
}

/// An import suite: the setup runs on PostgreSQL, whose `pg_dump` (with
/// `dump_args`, then `trailer`) is recorded beside the suite and compared
/// with a fresh dump on every live run; pgshim imports the recorded dump,
/// `check` looks at the import's report, and the cases run on both.
fn import_suite(
    name: &str,
    dump_args: &[&str],
    trailer: &str,
    check: &dyn Fn(&pgshim::ImportReport) -> Result<(), String>,
) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/differential");
    let path = dir.join(format!("{name}.sql"));
    let dump_path = dir.join(format!("{name}.dump.sql"));
    let suite = pgshim_difftest::load(&path).unwrap();
    let setup = suite.setup.clone();
    let pg = |c: &mut postgres::Client| -> Result<(), String> {
        c.batch_execute(&setup).map_err(|e| e.to_string())?;
        let url = std::env::var("PGSHIM_PG_URL").map_err(|_| "no PGSHIM_PG_URL".to_string())?;
        let db = pgshim_difftest::database_url(&url, &format!("pgshim_{name}"));
        let mut fresh = pgshim_difftest::pg_dump(&db, dump_args)?;
        fresh.push_str(trailer);
        // What the trailer adds, PostgreSQL has too.
        if !trailer.is_empty() {
            c.batch_execute(trailer).map_err(|e| e.to_string())?;
        }
        if std::env::var("PGSHIM_RECORD").as_deref() == Ok("1") {
            std::fs::write(&dump_path, &fresh).map_err(|e| e.to_string())?;
        } else {
            let recorded = std::fs::read_to_string(&dump_path).map_err(|e| e.to_string())?;
            if stable_lines(&recorded) != stable_lines(&fresh) {
                return Err(format!(
                    "{} differs from a fresh pg_dump of the setup: record again with PGSHIM_RECORD=1",
                    dump_path.display()
                ));
            }
        }
        Ok(())
    };
    let shim = |db: &mut pgshim::Connection| -> Result<(), String> {
        let dump = std::fs::read_to_string(&dump_path).map_err(|e| e.to_string())?;
        let report = db.import(&dump, |_| {}).map_err(|e| e.to_string())?;
        check(&report)
    };
    let custom = pgshim_difftest::CustomSetup {
        postgres: &pg,
        pgshim: &shim,
    };
    pgshim_difftest::assert_report(&path, pgshim_difftest::run_suite(&suite, Some(&custom)));
}

/// A dump's lines without the ones that change from run to run (pg_dump's
/// `\restrict` key and version comments).
fn stable_lines(dump: &str) -> Vec<&str> {
    dump.lines()
        .filter(|l| {
            !l.starts_with("\\restrict")
                && !l.starts_with("\\unrestrict")
                && !l.starts_with("-- Dumped")
        })
        .collect()
}

#[test]
fn settings() {
    suite("settings.sql");
}

#[test]
fn identity() {
    suite("identity.sql");
}

#[test]
fn transactions() {
    suite("transactions.sql");
}

#[test]
fn locking() {
    suite("locking.sql");
}

#[test]
fn json() {
    suite("json.sql");
}
