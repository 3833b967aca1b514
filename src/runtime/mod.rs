//! The `pg_*` SQL functions and aggregates that translated SQL calls,
//! registered on a rusqlite connection.
//!
//! Every function here is pure (registered deterministic) except the ones
//! that read or change the [`Session`]. Errors carry PostgreSQL's message
//! text; no panic crosses into SQLite.

mod advisory;
mod arrays;
mod catalog;
mod ffi;
mod json;
mod like;
mod math;
pub(crate) mod memo;
mod numeric;
mod ordered;
pub(crate) mod sequences;
mod series;
pub(crate) mod strings;
mod time;
pub(crate) mod unnest;

pub use like::{ilike, like};

use rusqlite::functions::{Aggregate, Context, FunctionFlags};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Error as SqlError, Result};

use crate::session::Session;
use crate::types::scalar;

thread_local! {
    /// How many runtime calls on this thread are running SQL of their own
    /// on the calling connection (see [`calling_conn`]).
    static IN_CALL: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The connection a call runs on, to run SQL of the call's own (a
/// sequence's row, the catalog), used only within the call, on the calling
/// thread. While it is held, [`in_call`] is true: statements SQLite starts
/// then are the runtime's, not the session's.
pub(crate) fn calling_conn<'a>(ctx: &'a Context<'_>) -> Result<CallingConn<'a>> {
    // SAFETY: the connection handle is the one running this call; it is
    // used during the call only and never sent to another thread.
    let conn = unsafe { ctx.get_connection() }?;
    IN_CALL.with(|n| n.set(n.get() + 1));
    Ok(CallingConn(conn))
}

/// Whether a runtime call on this thread is running SQL of its own.
pub(crate) fn in_call() -> bool {
    IN_CALL.with(|n| n.get() > 0)
}

/// The calling connection, from [`calling_conn`].
pub(crate) struct CallingConn<'a>(rusqlite::functions::ConnectionRef<'a>);

impl std::ops::Deref for CallingConn<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        &self.0
    }
}

impl Drop for CallingConn<'_> {
    fn drop(&mut self) {
        IN_CALL.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

/// A runtime error with PostgreSQL's message.
fn pg_err(msg: impl Into<String>) -> SqlError {
    SqlError::UserFunctionError(msg.into().into())
}

fn pure() -> FunctionFlags {
    FunctionFlags::SQLITE_UTF8
        | FunctionFlags::SQLITE_DETERMINISTIC
        | FunctionFlags::SQLITE_INNOCUOUS
}

fn volatile() -> FunctionFlags {
    FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY
}

/// A SQLite value kept past the call that lent it (text read as UTF-8,
/// invalid bytes replaced, as everywhere in the runtime).
pub(crate) fn owned_value(v: ValueRef<'_>) -> rusqlite::types::Value {
    use rusqlite::types::Value;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Integer(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

fn text_arg(ctx: &impl ffi::Values, i: usize) -> Result<Option<String>> {
    match ctx.get_raw(i) {
        ValueRef::Null => Ok(None),
        ValueRef::Text(t) => Ok(Some(String::from_utf8_lossy(t).into_owned())),
        ValueRef::Integer(v) => Ok(Some(v.to_string())),
        ValueRef::Real(v) => Ok(Some(scalar::float8_out(v))),
        ValueRef::Blob(_) => Err(pg_err("pgshim: a bytea value where text was expected")),
    }
}

fn int_arg(ctx: &impl ffi::Values, i: usize) -> Result<Option<i64>> {
    match ctx.get_raw(i) {
        ValueRef::Null => Ok(None),
        ValueRef::Integer(v) => Ok(Some(v)),
        // SQLite turns integer overflow into a REAL; PostgreSQL raises.
        ValueRef::Real(_) => Err(pg_err("bigint out of range")),
        ValueRef::Text(t) => String::from_utf8_lossy(t)
            .parse::<i64>()
            .map(Some)
            .map_err(|_| pg_err("pgshim: a text value where an integer was expected")),
        ValueRef::Blob(_) => Err(pg_err(
            "pgshim: a bytea value where an integer was expected",
        )),
    }
}

fn float_arg(ctx: &impl ffi::Values, i: usize) -> Result<Option<f64>> {
    match ctx.get_raw(i) {
        ValueRef::Null => Ok(None),
        ValueRef::Integer(v) => Ok(Some(v as f64)),
        ValueRef::Real(v) => Ok(Some(v)),
        ValueRef::Text(t) => scalar::float8_in(&String::from_utf8_lossy(t))
            .map(Some)
            .map_err(pg_err),
        ValueRef::Blob(_) => Err(pg_err("pgshim: a bytea value where a number was expected")),
    }
}

/// Registers every runtime function on `conn`, bound to `session`.
///
/// ```
/// let conn = rusqlite::Connection::open_in_memory().unwrap();
/// pgshim::register(&conn, &pgshim::Session::new()).unwrap();
/// let v: bool = conn.query_row("SELECT pg_like('abc', 'a%')", [], |r| r.get(0)).unwrap();
/// assert!(v);
/// ```
pub fn register(conn: &Connection, session: &Session) -> Result<()> {
    register_scalars(conn)?;
    register_session(conn, session)?;
    like::register(conn)?;
    time::register(conn, session)?;
    series::register(conn)?;
    sequences::register(conn, session)?;
    strings::register(conn)?;
    json::register(conn)?;
    ordered::register(conn)?;
    numeric::register(conn)?;
    math::register(conn)?;
    arrays::register(conn)?;
    unnest::register(conn)?;
    catalog::register(conn)?;
    advisory::register(conn)?;
    conn.create_aggregate_function("pg_scalar_subquery", 1, pure(), ScalarSubquery)?;
    conn.create_aggregate_function("pg_float8_min", 1, pure(), FloatPick { max: false })?;
    conn.create_aggregate_function("pg_float8_max", 1, pure(), FloatPick { max: true })?;
    // PostgreSQL enforces foreign keys; SQLite only when asked.
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(())
}

/// Integer, float and boolean helpers: PostgreSQL's range checks, division
/// errors, casts and output text.
fn register_scalars(conn: &Connection) -> Result<()> {
    conn.create_scalar_function("pg_float8_abs", 1, pure(), |ctx| {
        Ok(float_arg(ctx, 0)?.map(f64::abs))
    })?;
    // round (rint: half to even), trunc, ceil, floor, sign of a double.
    type F1 = fn(f64) -> f64;
    let float_fns: [(&str, F1); 5] = [
        ("pg_float8_round", f64::round_ties_even),
        ("pg_float8_trunc", f64::trunc),
        ("pg_float8_ceil", f64::ceil),
        ("pg_float8_floor", f64::floor),
        ("pg_float8_sign", |v| {
            if v > 0.0 {
                1.0
            } else if v < 0.0 {
                -1.0
            } else {
                0.0
            }
        }),
    ];
    for (name, f) in float_fns {
        conn.create_scalar_function(name, 1, pure(), move |ctx| Ok(float_arg(ctx, 0)?.map(f)))?;
    }
    conn.create_scalar_function("pg_float8_um", 1, pure(), |ctx| {
        Ok(float_arg(ctx, 0)?.map(|v| -v))
    })?;
    for (name, bits) in [("pg_int2", 16u32), ("pg_int4", 32), ("pg_int8", 64)] {
        conn.create_scalar_function(name, 1, pure(), move |ctx| {
            int_arg(ctx, 0)?
                .map(|v| scalar::int_range(v, bits).map_err(pg_err))
                .transpose()
        })?;
    }
    // pg_int_div(a, b, bits): truncating division; division by zero and
    // MIN / -1 raise PostgreSQL's errors.
    conn.create_scalar_function("pg_int_div", 3, pure(), |ctx| {
        let (Some(a), Some(b)) = (int_arg(ctx, 0)?, int_arg(ctx, 1)?) else {
            return Ok(None);
        };
        let bits = int_arg(ctx, 2)?.unwrap_or(64) as u32;
        if b == 0 {
            return Err(pg_err("division by zero"));
        }
        let q = a
            .checked_div(b)
            .ok_or_else(|| pg_err("bigint out of range"))?;
        scalar::int_range(q, bits).map(Some).map_err(pg_err)
    })?;
    conn.create_scalar_function("pg_int_mod", 2, pure(), |ctx| {
        let (Some(a), Some(b)) = (int_arg(ctx, 0)?, int_arg(ctx, 1)?) else {
            return Ok(None);
        };
        if b == 0 {
            return Err(pg_err("division by zero"));
        }
        Ok(Some(a.checked_rem(b).unwrap_or(0)))
    })?;
    type F2 = fn(f64, f64) -> Result<f64>;
    let float_ops: [(&str, F2); 4] = [
        ("pg_float8_pl", |a, b| {
            check_float(a + b, a.is_infinite() || b.is_infinite(), true)
        }),
        ("pg_float8_mi", |a, b| {
            check_float(a - b, a.is_infinite() || b.is_infinite(), true)
        }),
        ("pg_float8_mul", |a, b| {
            check_float(
                a * b,
                a.is_infinite() || b.is_infinite(),
                a == 0.0 || b == 0.0,
            )
        }),
        ("pg_float8_div", |a, b| {
            if b == 0.0 {
                return Err(pg_err("division by zero"));
            }
            check_float(a / b, a.is_infinite(), a == 0.0 || b.is_infinite())
        }),
    ];
    for (name, op) in float_ops {
        conn.create_scalar_function(name, 2, pure(), move |ctx| {
            let (Some(a), Some(b)) = (float_arg(ctx, 0)?, float_arg(ctx, 1)?) else {
                return Ok(None);
            };
            op(a, b).map(Some)
        })?;
    }
    conn.create_scalar_function("pg_float8_to_int", 2, pure(), |ctx| {
        let Some(v) = float_arg(ctx, 0)? else {
            return Ok(None);
        };
        let bits = int_arg(ctx, 1)?.unwrap_or(64) as u32;
        scalar::float_to_int(v, bits).map(Some).map_err(pg_err)
    })?;
    conn.create_scalar_function("pg_bool_text", 1, pure(), |ctx| {
        Ok(int_arg(ctx, 0)?.map(|v| scalar::bool_text(v != 0)))
    })?;
    conn.create_scalar_function("pg_float8_text", 1, pure(), |ctx| {
        Ok(float_arg(ctx, 0)?.map(scalar::float8_out))
    })?;
    conn.create_scalar_function("pg_bool_in", 1, pure(), |ctx| {
        text_arg(ctx, 0)?
            .map(|s| scalar::bool_in(&s).map(i64::from).map_err(pg_err))
            .transpose()
    })?;
    conn.create_scalar_function("pg_int_in", 2, pure(), |ctx| {
        let bits = int_arg(ctx, 1)?.unwrap_or(64) as u32;
        text_arg(ctx, 0)?
            .map(|s| scalar::int_in(&s, bits).map_err(pg_err))
            .transpose()
    })?;
    conn.create_scalar_function("pg_float8_in", 1, pure(), |ctx| {
        text_arg(ctx, 0)?
            .map(|s| scalar::float8_in(&s).map_err(pg_err))
            .transpose()
    })?;
    // varchar(n) on assignment: too long is an error unless the excess is
    // spaces (which PostgreSQL then cuts off; pgshim refuses them instead).
    conn.create_scalar_function("pg_varchar_fits", 2, pure(), |ctx| {
        let Some(s) = text_arg(ctx, 0)? else {
            return Ok(true);
        };
        let n = int_arg(ctx, 1)?.unwrap_or(i64::MAX);
        if s.chars().count() as i64 <= n {
            Ok(true)
        } else {
            Err(pg_err(format!(
                "value too long for type character varying({n})"
            )))
        }
    })?;
    Ok(())
}

/// PostgreSQL's float overflow/underflow checks (`float_overflow_error`,
/// `float_underflow_error`).
fn check_float(r: f64, inf_input: bool, zero_ok: bool) -> Result<f64> {
    if r.is_infinite() && !inf_input {
        return Err(pg_err("value out of range: overflow"));
    }
    if r == 0.0 && !zero_ok {
        return Err(pg_err("value out of range: underflow"));
    }
    if r.is_nan() {
        return Err(pg_err("pgshim: NaN cannot be stored in SQLite"));
    }
    Ok(r)
}

/// `pg_set_config(name, value)` and `pg_show(name)`: the session settings.
fn register_session(conn: &Connection, session: &Session) -> Result<()> {
    let s = session.clone();
    conn.create_scalar_function("pg_set_config", 2, volatile(), move |ctx| {
        let name = text_arg(ctx, 0)?.unwrap_or_default();
        let value = text_arg(ctx, 1)?.unwrap_or_default();
        s.set(&name, &value).map_err(|e| pg_err(e.message()))?;
        // The new value, as SHOW prints it (set_config's result).
        Ok(s.show(&name).unwrap_or(value))
    })?;
    let s = session.clone();
    conn.create_scalar_function("pg_reset_config", 1, volatile(), move |ctx| {
        let name = text_arg(ctx, 0)?.unwrap_or_default();
        s.reset(&name).map_err(|e| pg_err(e.message()))?;
        Ok(name)
    })?;
    let s = session.clone();
    conn.create_scalar_function("pg_output", 2, FunctionFlags::SQLITE_UTF8, move |ctx| {
        output(ctx, &s)
    })?;
    conn.create_scalar_function("pg_param", 3, pure(), |ctx| {
        let name = text_arg(ctx, 1)?.unwrap_or_default();
        let ty = crate::PgType::from_name(&name)
            .ok_or_else(|| pg_err(format!("type \"{name}\" does not exist")))?;
        let n = int_arg(ctx, 2)?.unwrap_or(0).max(0) as usize;
        crate::connection::bound_value(owned_value(ctx.get_raw(0)), ty, n)
            .map_err(|e| pg_err(e.message()))
    })?;
    let s = session.clone();
    conn.create_scalar_function("pg_current_database", 0, volatile(), move |_| {
        Ok(s.database())
    })?;
    let s = session.clone();
    conn.create_scalar_function("pg_show", 1, volatile(), move |ctx| {
        let name = text_arg(ctx, 0)?.unwrap_or_default();
        s.show(&name)
            .ok_or_else(|| pg_err(format!("unrecognized configuration parameter \"{name}\"")))
    })?;
    // `current_setting(name, missing_ok)`: NULL for an unknown setting
    // when missing_ok.
    let s = session.clone();
    conn.create_scalar_function("pg_show", 2, volatile(), move |ctx| {
        let Some(name) = text_arg(ctx, 0)? else {
            return Ok(None);
        };
        let missing_ok = int_arg(ctx, 1)?.unwrap_or(0) != 0;
        match s.show(&name) {
            Some(v) => Ok(Some(v)),
            None if missing_ok => Ok(None),
            None => Err(pg_err(format!(
                "unrecognized configuration parameter \"{name}\""
            ))),
        }
    })?;
    Ok(())
}

/// `pg_output(value, type)`: PostgreSQL's text output of a stored value of
/// the named type (`pg_type.typname`: `timestamptz`, `int4`, `_text`), in
/// the session's zone and styles now, as a text-format result column
/// carries it; NULL stays NULL. What [`crate::Options::text_output`]
/// wraps result columns in.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/protocol-overview.html#PROTOCOL-FORMAT-CODES>
fn output(ctx: &Context<'_>, session: &Session) -> Result<Option<String>> {
    // The type is a constant of the statement: read once, not per row.
    let ty = *ctx.get_or_create_aux(1, |v| {
        let name = match v {
            ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            _ => String::new(),
        };
        crate::PgType::from_name(&name).ok_or_else(|| format!("type \"{name}\" does not exist"))
    })?;
    let value = owned_value(ctx.get_raw(0));
    if value == Value::Null {
        return Ok(None);
    }
    let v = crate::render::Value::from_sqlite_styled(
        value,
        ty,
        &session.time_zone(),
        session.date_style(),
        session.interval_style(),
    );
    Ok(v.to_pg_text())
}

/// `pg_scalar_subquery(v)`: the value of a scalar subquery's only row, NULL
/// for no row, PostgreSQL's error for two.
struct ScalarSubquery;

impl Aggregate<(u32, Value), Value> for ScalarSubquery {
    fn init(&self, _: &mut Context<'_>) -> Result<(u32, Value)> {
        Ok((0, Value::Null))
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut (u32, Value)) -> Result<()> {
        acc.0 += 1;
        if acc.0 > 1 {
            return Err(pg_err(
                "more than one row returned by a subquery used as an expression",
            ));
        }
        acc.1 = ctx.get::<Value>(0)?;
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, acc: Option<(u32, Value)>) -> Result<Value> {
        Ok(acc.map(|a| a.1).unwrap_or(Value::Null))
    }
}

/// `min(float8)` / `max(float8)`: among equal values (`0`, `-0`) the one
/// read last, as `float8_smaller`/`float8_larger` keep.
struct FloatPick {
    max: bool,
}

impl Aggregate<Option<f64>, Option<f64>> for FloatPick {
    fn init(&self, _: &mut Context<'_>) -> Result<Option<f64>> {
        Ok(None)
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut Option<f64>) -> Result<()> {
        if let Some(v) = float_arg(ctx, 0)? {
            let keep_old = match *acc {
                None => false,
                Some(old) => {
                    if self.max {
                        old > v
                    } else {
                        old < v
                    }
                }
            };
            if !keep_old {
                *acc = Some(v);
            }
        }
        Ok(())
    }

    fn finalize(&self, _: &mut Context<'_>, acc: Option<Option<f64>>) -> Result<Option<f64>> {
        Ok(acc.flatten())
    }
}
