//! The ordered-set aggregates `percentile_cont` and `percentile_disc`:
//! `pg_percentile_cont(x, fraction, desc, kind)` and
//! `pg_percentile_disc(…)`, where `kind` says how values order: `num`
//! (numbers), `text` (bytes: text and canonical date/time text) or
//! `interval`.

use rusqlite::functions::{Aggregate, Context};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Result};

use super::{float_arg, int_arg, pg_err, pure, text_arg};
use crate::time::{Interval, arith, canonical, output};

/// Registers the ordered-set aggregates.
pub fn register(conn: &Connection) -> Result<()> {
    conn.create_aggregate_function("pg_percentile_cont", 4, pure(), Percentile { cont: true })?;
    conn.create_aggregate_function("pg_percentile_disc", 4, pure(), Percentile { cont: false })?;
    Ok(())
}

struct Percentile {
    cont: bool,
}

#[derive(Default)]
struct State {
    values: Vec<Value>,
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

fn interval(v: &Value) -> Interval {
    match v {
        Value::Text(s) => canonical::parse_interval(s.as_bytes())
            .or_else(|| crate::time::input::interval(s).ok())
            .unwrap_or_default(),
        _ => Interval::default(),
    }
}

impl Aggregate<State, Value> for Percentile {
    fn init(&self, _: &mut Context<'_>) -> Result<State> {
        Ok(State::default())
    }

    fn step(&self, ctx: &mut Context<'_>, st: &mut State) -> Result<()> {
        if st.kind.is_empty() {
            st.fraction = float_arg(ctx, 1)?;
            st.desc = int_arg(ctx, 2)?.unwrap_or(0) != 0;
            st.kind = text_arg(ctx, 3)?.unwrap_or_default();
        }
        let v = ctx.get_raw(0);
        if v != ValueRef::Null {
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
        if st.values.is_empty() {
            return Ok(Value::Null);
        }
        let kind = st.kind.clone();
        if kind == "interval" {
            // Read each interval once, not at every comparison of the sort
            // (a stable sort on the same order as before).
            let mut keyed: Vec<(Interval, Value)> = std::mem::take(&mut st.values)
                .into_iter()
                .map(|v| (interval(&v), v))
                .collect();
            keyed.sort_by(|a, b| {
                let o = a.0.pg_cmp(b.0);
                if st.desc { o.reverse() } else { o }
            });
            st.values = keyed.into_iter().map(|(_, v)| v).collect();
        } else {
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
        }
        let n = st.values.len();
        if !self.cont {
            // The first value whose cumulative position reaches f.
            let row = ((f * n as f64).ceil() as usize).max(1).min(n);
            return Ok(st.values[row - 1].clone());
        }
        let pos = f * (n - 1) as f64;
        let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
        if kind == "interval" {
            let (a, b) = (interval(&st.values[lo]), interval(&st.values[hi]));
            if lo == hi {
                return Ok(Value::Text(output::interval(a)));
            }
            let step = arith::interval_mi(b, a)
                .and_then(|d| arith::interval_mul(d, pos - lo as f64))
                .and_then(|d| arith::interval_pl(a, d))
                .map_err(|e| pg_err(e.0))?;
            return Ok(Value::Text(output::interval(step)));
        }
        let (a, b) = (number(&st.values[lo]), number(&st.values[hi]));
        Ok(Value::Real(if lo == hi {
            a
        } else {
            a + (pos - lo as f64) * (b - a)
        }))
    }
}
