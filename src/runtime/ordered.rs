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

use super::time::Arg;
use super::{float_arg, int_arg, pg_err, pure, text_arg};
use crate::time::{Interval, Timestamptz, arith, canonical, output};

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
            let (Some(b), Some(a)) = (Timestamptz::get(ctx, 0)?, Timestamptz::get(ctx, 1)?) else {
                return Ok(());
            };
            let d = arith::timestamptz_mi(b, a).map_err(|e| pg_err(e.0))?;
            st.intervals.push(d);
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
        if !(0.0..=1.0).contains(&f) {
            return Err(pg_err(format!(
                "percentile value {} is not between 0 and 1",
                crate::types::scalar::float8_out(f)
            )));
        }
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
    /// order, then the pick or the interpolation (`interval_lerp`).
    fn interval_result(&self, f: f64, desc: bool, mut values: Vec<Interval>) -> Result<Value> {
        if values.is_empty() {
            return Ok(Value::Null);
        }
        values.sort_by(|a, b| {
            let o = a.pg_cmp(*b);
            if desc { o.reverse() } else { o }
        });
        let n = values.len();
        if !self.cont {
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
}
