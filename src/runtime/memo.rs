//! Memoizing twins of the hottest date/time functions.
//!
//! SQLite evaluates every occurrence of an expression: `age($1, created_at)`
//! written in three CASE branches and an aggregate is computed four times
//! per row, `resolved_at - created_at` under avg, min and max three times.
//! PostgreSQL computes them as often, but each computation here also reads
//! and writes text. The translator sends a call that its statement repeats
//! (the same text more than once) to the function's twin, named
//! [`twin`]`(name)`, which remembers its last arguments and result: the
//! repeats within one row then cost a comparison of the argument bytes.
//! The functions are pure, so a remembered result is the result; errors
//! are never remembered.

use rusqlite::types::{Value, ValueRef};

use super::ffi::Values;
use super::time::Out;

/// The functions with a memoizing twin. The translator reads this list; a
/// test checks that a connection registers every twin.
pub(crate) const MEMOIZED: &[&str] = &[
    "pg_age_timestamp",
    "pg_age_timestamptz",
    "pg_age_timestamptz_today",
    "pg_age_timestamp_today",
    "pg_date_to_timestamptz",
    "pg_extract_timestamp",
    "pg_extract_timestamptz",
    "pg_interval_key",
    "pg_timestamp_at_zone",
    "pg_timestamp_to_date",
    "pg_timestamp_to_time",
    "pg_timestamptz_at_zone",
    "pg_timestamptz_mi",
    "pg_timestamptz_mi_interval",
    "pg_timestamptz_pl_interval",
    "pg_timestamptz_to_date",
    "pg_timestamptz_trunc",
    "pg_to_char_timestamptz",
];

/// The name of `name`'s memoizing twin.
pub(crate) fn twin(name: &str) -> String {
    format!("{name}_memo")
}

/// The last arguments (tagged bytes) and result of one twin.
#[derive(Default)]
pub(crate) struct Memo {
    key: Vec<u8>,
    scratch: Vec<u8>,
    last: Option<Out>,
}

/// Appends one argument to a key: a tag, then the value's bytes (texts and
/// blobs with their length, so that no two argument lists share a key).
pub(crate) fn push_arg(key: &mut Vec<u8>, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => key.push(0),
        ValueRef::Integer(i) => {
            key.push(1);
            key.extend_from_slice(&i.to_le_bytes());
        }
        ValueRef::Real(f) => {
            key.push(2);
            key.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        ValueRef::Text(t) | ValueRef::Blob(t) => {
            key.push(if matches!(v, ValueRef::Text(_)) { 3 } else { 4 });
            key.extend_from_slice(&(t.len() as u64).to_le_bytes());
            key.extend_from_slice(t);
        }
    }
}

impl Memo {
    /// `f`'s result for the arguments in `ctx`: the remembered one when
    /// they are the last call's.
    pub(crate) fn call<V: Values>(
        &mut self,
        ctx: &V,
        f: &impl Fn(&V) -> rusqlite::Result<Out>,
    ) -> rusqlite::Result<Out> {
        self.scratch.clear();
        for i in 0..ctx.arity() {
            push_arg(&mut self.scratch, ctx.get_raw(i));
        }
        if let Some(out) = &self.last
            && self.scratch == self.key
        {
            return Ok(out.clone());
        }
        self.last = None;
        let out = f(ctx)?;
        std::mem::swap(&mut self.key, &mut self.scratch);
        // A large text result is not worth keeping a copy of.
        let keep = !matches!(&out, Out::Value(Value::Text(t)) if t.len() > 256)
            && !matches!(&out, Out::Value(Value::Blob(_)));
        if keep {
            self.last = Some(out.clone());
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_memoized_function_has_its_twin() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        crate::register(&conn, &crate::Session::new()).unwrap();
        for name in super::MEMOIZED {
            for n in [name.to_string(), super::twin(name)] {
                let found: i64 = conn
                    .query_row(
                        "SELECT count(*) FROM pragma_function_list WHERE name = ?1",
                        [&n],
                        |r| r.get(0),
                    )
                    .unwrap();
                assert!(found > 0, "{n} is registered");
            }
        }
    }

    #[test]
    fn a_twin_answers_as_its_function() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        crate::register(&conn, &crate::Session::new()).unwrap();
        // Repeated, changing and NULL arguments, and an error (not kept).
        let rows: Vec<(Option<String>, Option<String>)> = conn
            .prepare(
                "WITH v(a, b) AS (VALUES \
                   ('2024-03-10 12:00:00.000000', '2024-03-09 12:00:00.000000'), \
                   ('2024-03-10 12:00:00.000000', '2024-03-09 12:00:00.000000'), \
                   ('2024-03-11 00:00:00.000000', '2024-03-09 12:00:00.000000'), \
                   (NULL, '2024-03-09 12:00:00.000000'), \
                   ('2024-03-11 00:00:00.000000', '2024-03-09 12:00:00.000000')) \
                 SELECT pg_timestamptz_mi(a, b), pg_timestamptz_mi_memo(a, b) FROM v",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(rows.len(), 5);
        for (plain, twin) in &rows {
            assert_eq!(plain, twin);
        }
        assert_eq!(rows[2].1.as_deref(), Some("1 day 12:00:00"));
        assert_eq!(rows[3].1, None);
        for _ in 0..2 {
            let err = conn
                .query_row("SELECT pg_timestamptz_mi_memo('x', 'y')", [], |r| {
                    r.get::<_, Option<String>>(0)
                })
                .unwrap_err();
            assert!(err.to_string().contains("invalid input syntax"), "{err}");
        }
    }
}
