//! The ordered-set aggregates `percentile_cont` and `percentile_disc`:
//! `pg_percentile_cont(x, fraction, desc, kind)` and
//! `pg_percentile_disc(…)`, where `kind` says how values order: `num`
//! (numbers), `text` (bytes: text and canonical date/time text) or
//! `interval`; and `pg_percentile_cont_mi(b, a, fraction, desc)` (and
//! `_disc_mi`), ordered by the interval `b - a` of two timestamptz values,
//! the subtraction fused into the aggregate by the translator.

use rusqlite::functions::{Aggregate, Context};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Result};

use super::time::timestamptz_difference;
use super::{float_arg, int_arg, pg_err, pure, text_arg};
use crate::time::{Interval, arith, canonical, output};

/// Registers the ordered-set aggregates.
pub fn register(conn: &Connection) -> Result<()> {
    for (name, cont, mi) in [
        ("pg_percentile_cont", true, false),
        ("pg_percentile_disc", false, false),
        ("pg_percentile_cont_mi", true, true),
        ("pg_percentile_disc_mi", false, true),
    ] {
        conn.create_aggregate_function(name, 4, pure(), Percentile { cont, mi })?;
    }
    conn.create_aggregate_function("pg_percentile_values_mi", 3, pure(), SortedValues)?;
    conn.create_scalar_function("pg_percentile_pick", 3, pure(), |ctx| percentile_pick(ctx))?;
    // pg_percentile_check(fraction, result): the fraction's check for a
    // group with no rows, where the aggregate never saw the fraction.
    conn.create_scalar_function("pg_percentile_check", 2, pure(), |ctx| {
        if let Some(f) = float_arg(ctx, 0)? {
            check_fraction(f)?;
        }
        Ok(super::owned_value(ctx.get_raw(1)))
    })?;
    Ok(())
}

struct Percentile {
    cont: bool,
    /// The value is the difference of the first two arguments.
    mi: bool,
}

#[derive(Default)]
struct State {
    values: Vec<Value>,
    /// The values of kind `interval`, read once as they come.
    intervals: Vec<Interval>,
    fraction: Option<f64>,
    desc: bool,
    kind: String,
}

fn number(v: &Value) -> f64 {
    match v {
        Value::Integer(i) => *i as f64,
        Value::Real(f) => *f,
        _ => f64::NAN,
    }
}

/// A stored interval, read leniently (non-interval text reads as zero, as
/// the translator only passes interval values here).
fn interval(v: ValueRef<'_>) -> Interval {
    match v {
        ValueRef::Text(b) => canonical::parse_interval(b)
            .or_else(|| {
                std::str::from_utf8(b)
                    .ok()
                    .and_then(|s| crate::time::input::interval(s).ok())
            })
            .unwrap_or_default(),
        _ => Interval::default(),
    }
}

impl Aggregate<State, Value> for Percentile {
    fn init(&self, _: &mut Context<'_>) -> Result<State> {
        Ok(State::default())
    }

    fn step(&self, ctx: &mut Context<'_>, st: &mut State) -> Result<()> {
        let at = self.mi as usize;
        if st.kind.is_empty() {
            st.fraction = float_arg(ctx, 1 + at)?;
            st.desc = int_arg(ctx, 2 + at)?.unwrap_or(0) != 0;
            st.kind = if self.mi {
                "interval".into()
            } else {
                text_arg(ctx, 3)?.unwrap_or_default()
            };
        }
        if self.mi {
            st.intervals.extend(timestamptz_difference(ctx)?);
            return Ok(());
        }
        let v = ctx.get_raw(0);
        if v == ValueRef::Null {
            return Ok(());
        }
        if st.kind == "interval" {
            st.intervals.push(interval(v));
        } else {
            st.values.push(super::owned_value(v));
        }
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, st: Option<State>) -> Result<Value> {
        let Some(mut st) = st else {
            return Ok(Value::Null);
        };
        let Some(f) = st.fraction else {
            return Ok(Value::Null);
        };
        check_fraction(f)?;
        if st.kind == "interval" {
            return self.interval_result(f, st.desc, st.intervals);
        }
        if st.values.is_empty() {
            return Ok(Value::Null);
        }
        let kind = st.kind.clone();
        st.values.sort_by(|a, b| {
            let o = match kind.as_str() {
                "num" => number(a)
                    .partial_cmp(&number(b))
                    .unwrap_or(std::cmp::Ordering::Equal),
                _ => match (a, b) {
                    (Value::Text(x), Value::Text(y)) => x.as_bytes().cmp(y.as_bytes()),
                    _ => std::cmp::Ordering::Equal,
                },
            };
            if st.desc { o.reverse() } else { o }
        });
        let n = st.values.len();
        if !self.cont {
            return Ok(st.values[disc_row(f, n)].clone());
        }
        let (pos, lo, hi) = cont_rows(f, n);
        let (a, b) = (number(&st.values[lo]), number(&st.values[hi]));
        Ok(Value::Real(if lo == hi {
            a
        } else {
            a + (pos - lo as f64) * (b - a)
        }))
    }
}

/// PostgreSQL's check of a percentile's fraction, made before it looks at
/// the rows (`percentile_cont_final_common`): also with no rows.
fn check_fraction(f: f64) -> Result<()> {
    if (0.0..=1.0).contains(&f) {
        Ok(())
    } else {
        Err(pg_err(format!(
            "percentile value {} is not between 0 and 1",
            crate::types::scalar::float8_out(f)
        )))
    }
}

/// The row `percentile_disc` picks (0-based): the first whose cumulative
/// position reaches the fraction.
fn disc_row(f: f64, n: usize) -> usize {
    ((f * n as f64).ceil() as usize).clamp(1, n) - 1
}

/// `percentile_cont`'s position among `n` rows and the rows around it.
fn cont_rows(f: f64, n: usize) -> (f64, usize, usize) {
    let pos = f * (n - 1) as f64;
    (pos, pos.floor() as usize, pos.ceil() as usize)
}

impl Percentile {
    /// The percentile of intervals: a stable sort by PostgreSQL's interval
    /// order, then the pick or the interpolation.
    fn interval_result(&self, f: f64, desc: bool, mut values: Vec<Interval>) -> Result<Value> {
        sort_intervals(&mut values, desc);
        interval_pick(self.cont, f, &values)
    }
}

/// Sorts intervals stably in PostgreSQL's interval order (reversed for
/// `DESC`).
fn sort_intervals(values: &mut [Interval], desc: bool) {
    values.sort_by(|a, b| {
        let o = a.pg_cmp(*b);
        if desc { o.reverse() } else { o }
    });
}

/// `percentile_cont` (interpolated, `interval_lerp`) or `percentile_disc`
/// of sorted intervals; NULL for none.
fn interval_pick(cont: bool, f: f64, values: &[Interval]) -> Result<Value> {
    if values.is_empty() {
        return Ok(Value::Null);
    }
    let n = values.len();
    if !cont {
        return Ok(Value::Text(output::interval(values[disc_row(f, n)])));
    }
    let (pos, lo, hi) = cont_rows(f, n);
    let (a, b) = (values[lo], values[hi]);
    if lo == hi {
        return Ok(Value::Text(output::interval(a)));
    }
    let step = arith::interval_mi(b, a)
        .and_then(|d| arith::interval_mul(d, pos - lo as f64))
        .and_then(|d| arith::interval_pl(a, d))
        .map_err(|e| pg_err(e.0))?;
    Ok(Value::Text(output::interval(step)))
}

/// `pg_percentile_values_mi(b, a, desc)`: the sorted intervals `b - a`
/// as a BLOB of 16-byte records, for a statement that asks several
/// percentiles of one difference in one order (the translator then writes
/// each as `pg_percentile_pick(kind, fraction, pg_percentile_values_mi(b,
/// a, desc))`, and SQLite computes the identical aggregate calls once, as
/// PostgreSQL shares one sort between such ordered-set aggregates).
struct SortedValues;

#[derive(Default)]
struct Sorted {
    values: Vec<Interval>,
    desc: bool,
}

impl Aggregate<Sorted, Value> for SortedValues {
    fn init(&self, _: &mut Context<'_>) -> Result<Sorted> {
        Ok(Sorted::default())
    }

    fn step(&self, ctx: &mut Context<'_>, st: &mut Sorted) -> Result<()> {
        st.desc = int_arg(ctx, 2)?.unwrap_or(0) != 0;
        st.values.extend(timestamptz_difference(ctx)?);
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, st: Option<Sorted>) -> Result<Value> {
        // No rows: NULL, before the fraction is looked at (as
        // percentile_cont_final); rows with no values: an empty BLOB.
        let Some(mut st) = st else {
            return Ok(Value::Null);
        };
        sort_intervals(&mut st.values, st.desc);
        Ok(Value::Blob(
            st.values.iter().flat_map(|v| v.to_le_bytes()).collect(),
        ))
    }
}

/// `pg_percentile_pick(kind, fraction, values)`: `cont` or `disc` of
/// [`SortedValues`]' BLOB, with percentile_cont's fraction check.
fn percentile_pick(ctx: &Context<'_>) -> Result<Value> {
    let cont = text_arg(ctx, 0)?.as_deref() == Some("cont");
    let Some(f) = float_arg(ctx, 1)? else {
        return Ok(Value::Null);
    };
    check_fraction(f)?;
    let ValueRef::Blob(b) = ctx.get_raw(2) else {
        return Ok(Value::Null);
    };
    let values: Vec<Interval> = b
        .chunks_exact(16)
        .filter_map(|r| r.try_into().ok().map(Interval::from_le_bytes))
        .collect();
    interval_pick(cont, f, &values)
}
