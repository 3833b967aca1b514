//! `numeric` at run time: values are PostgreSQL's output text (`1234.50`),
//! or integers where an integer flows into a numeric context; results are
//! always output text, so the display scale survives storage.

use std::collections::HashSet;

use rusqlite::functions::{Aggregate, Context, WindowAggregate};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Result};

use super::ffi::{Args, Values};
use super::time::Out;
use super::{int_arg, pg_err, pure};
use crate::types::numeric::Numeric;

/// Reads argument `i` as a numeric (`None` for NULL).
pub(crate) fn num_arg(ctx: &impl Values, i: usize) -> Result<Option<Numeric>> {
    match ctx.get_raw(i) {
        ValueRef::Null => Ok(None),
        ValueRef::Integer(v) => Ok(Some(Numeric::from(v))),
        ValueRef::Real(v) => Ok(Some(Numeric::from_f64(v))),
        ValueRef::Text(t) => std::str::from_utf8(t)
            .map_err(|_| pg_err("invalid byte sequence for encoding \"UTF8\""))?
            .parse::<Numeric>()
            .map(Some)
            .map_err(pg_err),
        ValueRef::Blob(_) => Err(pg_err("pgshim: a bytea value where numeric was expected")),
    }
}

fn text(n: Numeric) -> Value {
    Value::Text(n.to_string())
}

fn un(
    conn: &Connection,
    name: &str,
    f: impl Fn(Numeric) -> std::result::Result<Value, String> + Send + 'static,
) -> Result<()> {
    conn.create_scalar_function(name, 1, pure(), move |ctx| match num_arg(ctx, 0)? {
        None => Ok(Value::Null),
        Some(a) => f(a).map_err(pg_err),
    })
}

fn bin(
    conn: &Connection,
    name: &str,
    f: impl Fn(Numeric, Numeric) -> std::result::Result<Numeric, String> + Send + 'static,
) -> Result<()> {
    conn.create_scalar_function(name, 2, pure(), move |ctx| {
        match (num_arg(ctx, 0)?, num_arg(ctx, 1)?) {
            (Some(a), Some(b)) => f(a, b).map(text).map_err(pg_err),
            _ => Ok(Value::Null),
        }
    })
}

/// Registers the numeric functions, aggregates and the `pg_numeric`
/// collation.
pub fn register(conn: &Connection) -> Result<()> {
    un(conn, "pg_numeric_in", |a| Ok(text(a)))?;
    conn.create_scalar_function("pg_numeric_typmod", 3, pure(), |ctx| {
        let Some(a) = num_arg(ctx, 0)? else {
            return Ok(Value::Null);
        };
        let p = int_arg(ctx, 1)?.unwrap_or(1000) as u32;
        let s = int_arg(ctx, 2)?.unwrap_or(0) as u32;
        a.apply_typmod(p, s).map(text).map_err(pg_err)
    })?;
    bin(conn, "pg_numeric_pl", |a, b| Ok(a.add(&b)))?;
    bin(conn, "pg_numeric_mi", |a, b| Ok(a.sub(&b)))?;
    bin(conn, "pg_numeric_mul", |a, b| a.mul(&b))?;
    bin(conn, "pg_numeric_div", |a, b| a.div(&b))?;
    bin(conn, "pg_numeric_mod", |a, b| a.rem(&b))?;
    un(conn, "pg_numeric_um", |a| Ok(text(a.neg())))?;
    un(conn, "pg_numeric_abs", |a| Ok(text(a.abs())))?;
    un(conn, "pg_numeric_ceil", |a| Ok(text(a.ceil_floor(true))))?;
    un(conn, "pg_numeric_floor", |a| Ok(text(a.ceil_floor(false))))?;
    un(conn, "pg_numeric_sign", |a| Ok(text(a.signum())))?;
    for (name, round) in [("pg_numeric_round", true), ("pg_numeric_trunc", false)] {
        conn.create_scalar_function(name, 2, pure(), move |ctx| {
            let (Some(a), Some(n)) = (num_arg(ctx, 0)?, int_arg(ctx, 1)?) else {
                return Ok(Value::Null);
            };
            Ok(text(if round { a.round(n) } else { a.trunc(n) }))
        })?;
    }
    super::ffi::scalar(conn, "pg_numeric_key", 1, pure(), |ctx: &Args<'_>| {
        match ctx.get_raw(0) {
            ValueRef::Text(t) => {
                if let Some(k) = std::str::from_utf8(t).ok().and_then(Numeric::key_of_text) {
                    return Ok(Out::Value(Value::Text(k)));
                }
            }
            // An integral numeric (extract's integer fields) keys as its
            // decimal text would, written on the stack.
            ValueRef::Integer(i) => {
                let mut bytes = [0u8; 32];
                let len = Numeric::key_of_int(i, &mut bytes) as u8;
                return Ok(Out::Short { bytes, len });
            }
            _ => {}
        }
        Ok(Out::Value(match num_arg(ctx, 0)? {
            Some(a) => Value::Text(a.key()),
            None => Value::Null,
        }))
    })?;
    conn.create_scalar_function("pg_numeric_cmp", 2, pure(), |ctx| {
        Ok(match (num_arg(ctx, 0)?, num_arg(ctx, 1)?) {
            (Some(a), Some(b)) => Some(a.pg_cmp(&b) as i64),
            _ => None,
        })
    })?;
    conn.create_scalar_function("pg_float8_to_numeric", 1, pure(), |ctx| {
        Ok(match super::float_arg(ctx, 0)? {
            Some(v) => text(Numeric::from_f64(v)),
            None => Value::Null,
        })
    })?;
    // numeric → its output text (an integer prints as itself).
    un(conn, "pg_numeric_text", |a| Ok(text(a)))?;
    // numeric → double precision: the nearest double (numeric_float8).
    un(conn, "pg_numeric_to_float8", |a| {
        Ok(Value::Real(a.to_f64()))
    })?;
    // numeric → integer: rounds half away from zero (numeric_int4).
    conn.create_scalar_function("pg_numeric_to_int", 2, pure(), |ctx| {
        let bits = int_arg(ctx, 1)?.unwrap_or(64) as u32;
        match num_arg(ctx, 0)? {
            None => Ok(None),
            Some(a) => a.to_int(bits).map(Some).map_err(pg_err),
        }
    })?;
    for (name, avg, distinct) in [
        ("pg_numeric_sum", false, false),
        ("pg_numeric_avg", true, false),
        ("pg_numeric_sum_distinct", false, true),
        ("pg_numeric_avg_distinct", true, true),
    ] {
        if distinct {
            conn.create_aggregate_function(name, 1, pure(), Sum { avg, distinct })?;
        } else {
            conn.create_window_function(name, 1, pure(), Sum { avg, distinct })?;
        }
    }
    // greatest/least over numerics: NULLs skipped, the first of equal
    // values kept (ExecEvalMinMax).
    for (name, greatest) in [("pg_numeric_greatest", true), ("pg_numeric_least", false)] {
        conn.create_scalar_function(name, -1, pure(), move |ctx| {
            let mut best: Option<Numeric> = None;
            for i in 0..ctx.len() {
                let Some(v) = num_arg(ctx, i)? else {
                    continue;
                };
                let better = match &best {
                    None => true,
                    Some(b) => {
                        let o = v.pg_cmp(b);
                        if greatest { o.is_gt() } else { o.is_lt() }
                    }
                };
                if better {
                    best = Some(v);
                }
            }
            Ok(best.map(text).unwrap_or(Value::Null))
        })?;
    }
    conn.create_aggregate_function("pg_numeric_min", 1, pure(), Pick { max: false })?;
    conn.create_aggregate_function("pg_numeric_max", 1, pure(), Pick { max: true })?;
    super::ffi::collation(conn, "pg_numeric", numeric_order)?;
    Ok(())
}

/// The `pg_numeric` collation: stored numerics in PostgreSQL's order
/// (`NaN` last), text that is not a number after them, by bytes.
pub(super) fn numeric_order(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    // Equal text is an equal value: the common case in a sorter's ties.
    if a == b {
        return std::cmp::Ordering::Equal;
    }
    let p = |s: &[u8]| String::from_utf8_lossy(s).parse::<Numeric>();
    match (p(a), p(b)) {
        (Ok(x), Ok(y)) => x.pg_cmp(&y),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}

/// `sum(numeric)` / `sum(bigint)` (numeric, the largest input scale) and
/// `avg` of integers and numerics (the sum divided by the count with
/// numeric division's scale). NULLs are skipped; no rows give NULL.
struct Sum {
    avg: bool,
    distinct: bool,
}

#[derive(Default)]
struct SumAcc {
    sum: Option<Numeric>,
    n: i64,
    seen: HashSet<String>,
    /// How many values of each display scale are in the sum: a sum shows
    /// the largest scale among the values it holds now.
    scales: std::collections::BTreeMap<u32, i64>,
}

impl Sum {
    fn result(&self, acc: &SumAcc) -> Result<Value> {
        match &acc.sum {
            Some(s) if acc.n > 0 => {
                let shown = acc.scales.keys().next_back().copied().unwrap_or(0);
                let s = &s.round(i64::from(shown));
                if self.avg {
                    s.div(&Numeric::from(acc.n)).map(text).map_err(pg_err)
                } else {
                    Ok(text(s.clone()))
                }
            }
            _ => Ok(Value::Null),
        }
    }
}

impl Aggregate<SumAcc, Value> for Sum {
    fn init(&self, _: &mut Context<'_>) -> Result<SumAcc> {
        Ok(SumAcc::default())
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut SumAcc) -> Result<()> {
        if let Some(v) = num_arg(ctx, 0)? {
            if self.distinct && !acc.seen.insert(v.key()) {
                return Ok(());
            }
            *acc.scales.entry(v.scale()).or_default() += 1;
            acc.sum = Some(match acc.sum.take() {
                Some(s) => s.add(&v),
                None => v,
            });
            acc.n += 1;
        }
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, acc: Option<SumAcc>) -> Result<Value> {
        self.result(&acc.unwrap_or_default())
    }
}

impl WindowAggregate<SumAcc, Value> for Sum {
    fn value(&self, acc: Option<&mut SumAcc>) -> Result<Value> {
        match acc {
            Some(a) => self.result(a),
            None => Ok(Value::Null),
        }
    }

    fn inverse(&self, ctx: &mut Context<'_>, acc: &mut SumAcc) -> Result<()> {
        if let Some(v) = num_arg(ctx, 0)? {
            if let Some(s) = acc.sum.take() {
                acc.sum = Some(s.sub(&v));
            }
            if let Some(c) = acc.scales.get_mut(&v.scale()) {
                *c -= 1;
                if *c == 0 {
                    acc.scales.remove(&v.scale());
                }
            }
            acc.n -= 1;
        }
        Ok(())
    }
}

/// `min(numeric)` / `max(numeric)`: among equal values (`1.5`, `1.50`)
/// the one read last, as `numeric_smaller`/`numeric_larger` keep.
struct Pick {
    max: bool,
}

impl Aggregate<Option<Numeric>, Value> for Pick {
    fn init(&self, _: &mut Context<'_>) -> Result<Option<Numeric>> {
        Ok(None)
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut Option<Numeric>) -> Result<()> {
        if let Some(v) = num_arg(ctx, 0)? {
            let keep_old = match acc.as_ref() {
                None => false,
                Some(old) => {
                    let c = old.pg_cmp(&v);
                    if self.max { c.is_gt() } else { c.is_lt() }
                }
            };
            if !keep_old {
                *acc = Some(v);
            }
        }
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, acc: Option<Option<Numeric>>) -> Result<Value> {
        Ok(acc.flatten().map(text).unwrap_or(Value::Null))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_integer_keys_as_its_numeric() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        crate::register(&conn, &crate::Session::new()).unwrap();
        for i in [
            0,
            1,
            -1,
            7,
            10,
            -10,
            2024,
            -2024,
            1_000_000,
            i64::MAX,
            i64::MIN,
        ] {
            let (a, b): (String, String) = conn
                .query_row(
                    "SELECT pg_numeric_key(?1), pg_numeric_key(pg_numeric_text(?2))",
                    rusqlite::params![i, format!("{i}.000")],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!(a, b, "{i}");
        }
    }
}
