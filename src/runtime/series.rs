//! `generate_series` as a SQLite table-valued function:
//! `pg_generate_series(start, stop, step, kind, zone)` with `kind` one of
//! `int`, `timestamp`, `timestamptz` (stepping in `zone`).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-srf.html>: each row
//! is the previous one plus `step` (so month steps clamp cumulatively, as
//! in PostgreSQL), while it has not passed `stop`.

use std::borrow::Cow;
use std::ffi::{CStr, c_int};
use std::marker::PhantomData;

use rusqlite::types::{Value, ValueRef};
use rusqlite::vtab::{
    Context, Filters, IndexConstraintOp, IndexInfo, Module, VTab, VTabConfig, VTabConnection,
    VTabCursor,
};
use rusqlite::{Connection, Error, Result, ffi};

use crate::time::{Interval, TimeError, Timestamp, Timestamptz, Zone, arith, canonical};

/// Registers `pg_generate_series`.
pub fn register(conn: &Connection) -> Result<()> {
    const MODULE: Module<SeriesTab> = Module::eponymous_only_module();
    conn.create_module(c"pg_generate_series", &MODULE, None)
}

const HIDDEN: c_int = 5;

#[repr(C)]
struct SeriesTab {
    base: ffi::sqlite3_vtab,
}

unsafe impl<'vtab> VTab<'vtab> for SeriesTab {
    type Aux = ();
    type Cursor = SeriesCursor<'vtab>;

    fn connect(
        db: &mut VTabConnection,
        _aux: Option<&()>,
        _module: &[u8],
        _schema: &[u8],
        _table: &[u8],
        _args: &[&[u8]],
    ) -> Result<(Cow<'static, CStr>, Self)> {
        db.config(VTabConfig::Innocuous)?;
        Ok((
            Cow::Borrowed(
                c"CREATE TABLE x(value, start hidden, stop hidden, step hidden, kind hidden, zone hidden)",
            ),
            SeriesTab {
                base: ffi::sqlite3_vtab::default(),
            },
        ))
    }

    fn best_index(&self, info: &mut IndexInfo) -> Result<bool> {
        bind_arguments(info, 1, HIDDEN, 1000)
    }

    fn open(&mut self) -> Result<SeriesCursor<'_>> {
        Ok(SeriesCursor {
            base: ffi::sqlite3_vtab_cursor::default(),
            series: Series::Done,
            row_id: 0,
            phantom: PhantomData,
        })
    }
}

/// A table-valued function's plan: every argument, the hidden columns
/// `first .. first + count`, must be given by equality (that is how SQLite
/// passes a call's arguments), and each becomes the filter's argument in
/// order. `false` leaves the plan unusable.
pub(super) fn bind_arguments(
    info: &mut IndexInfo,
    first: c_int,
    count: c_int,
    rows: i64,
) -> Result<bool> {
    let mut slot = vec![None; count as usize];
    let mut unusable = false;
    for (i, c) in info.constraints().enumerate() {
        let col = c.column();
        if !(first..first + count).contains(&col) {
            continue;
        }
        if !c.is_usable() {
            unusable = true;
        } else if c.operator() == IndexConstraintOp::SQLITE_INDEX_CONSTRAINT_EQ {
            slot[(col - first) as usize] = Some(i);
        }
    }
    if unusable || slot.iter().any(Option::is_none) {
        return Ok(false);
    }
    for (n, i) in slot.iter().flatten().enumerate() {
        let mut u = info.constraint_usage(*i);
        u.set_argv_index(n as c_int + 1);
        u.set_omit(true);
    }
    info.set_estimated_cost(1.0);
    info.set_estimated_rows(rows);
    Ok(true)
}

enum Series {
    Int {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Timestamp {
        cur: Timestamp,
        stop: Timestamp,
        step: Interval,
        up: bool,
    },
    Timestamptz {
        cur: Timestamptz,
        stop: Timestamptz,
        step: Interval,
        up: bool,
        zone: Zone,
    },
    Done,
}

#[repr(C)]
struct SeriesCursor<'vtab> {
    base: ffi::sqlite3_vtab_cursor,
    series: Series,
    row_id: i64,
    phantom: PhantomData<&'vtab SeriesTab>,
}

fn err(msg: impl Into<String>) -> Error {
    Error::ModuleError(msg.into())
}

fn text(v: ValueRef<'_>) -> Option<&[u8]> {
    match v {
        ValueRef::Text(t) => Some(t),
        _ => None,
    }
}

fn parse<T>(v: ValueRef<'_>, f: fn(&[u8]) -> Option<T>, what: &str) -> Result<T> {
    text(v).and_then(f).ok_or_else(|| {
        err(format!(
            "pgshim: generate_series expects a canonical {what}"
        ))
    })
}

fn zero_step() -> Error {
    err("step size cannot equal zero")
}

fn time_err(e: TimeError) -> Error {
    err(e.0)
}

unsafe impl VTabCursor for SeriesCursor<'_> {
    fn filter(&mut self, _idx: c_int, _s: Option<&str>, args: &Filters<'_>) -> Result<()> {
        self.row_id = 1;
        let raw: Vec<ValueRef<'_>> = args.iter().collect();
        if raw.len() != HIDDEN as usize || raw[..3].contains(&ValueRef::Null) {
            self.series = Series::Done;
            return Ok(());
        }
        let kind = text(raw[3]).unwrap_or_default();
        self.series = match kind {
            b"int" => {
                let int = |v: ValueRef<'_>| match v {
                    ValueRef::Integer(i) => Ok(i),
                    _ => Err(err("pgshim: generate_series expects integers")),
                };
                let step = int(raw[2])?;
                if step == 0 {
                    return Err(zero_step());
                }
                Series::Int {
                    cur: int(raw[0])?,
                    stop: int(raw[1])?,
                    step,
                }
            }
            b"timestamp" | b"timestamptz" => {
                let step = text(raw[2])
                    .and_then(|b| {
                        canonical::parse_interval(b).or_else(|| {
                            std::str::from_utf8(b)
                                .ok()
                                .and_then(|s| crate::time::input::interval(s).ok())
                        })
                    })
                    .ok_or_else(|| err("pgshim: generate_series expects an interval step"))?;
                let up = match step.pg_cmp(Interval::default()) {
                    std::cmp::Ordering::Equal => return Err(zero_step()),
                    o => o.is_gt(),
                };
                if kind == b"timestamp" {
                    Series::Timestamp {
                        cur: parse(raw[0], canonical::parse_timestamp, "timestamp")?,
                        stop: parse(raw[1], canonical::parse_timestamp, "timestamp")?,
                        step,
                        up,
                    }
                } else {
                    let zone = text(raw[4])
                        .and_then(|b| std::str::from_utf8(b).ok())
                        .ok_or_else(|| err("pgshim: generate_series expects a zone"))?;
                    let zone = Zone::from_setting(zone).map_err(time_err)?.0;
                    Series::Timestamptz {
                        cur: parse(raw[0], canonical::parse_timestamptz, "timestamptz")?,
                        stop: parse(raw[1], canonical::parse_timestamptz, "timestamptz")?,
                        step,
                        up,
                        zone,
                    }
                }
            }
            _ => return Err(err("pgshim: generate_series of an unknown kind")),
        };
        if self.past_stop() {
            self.series = Series::Done;
        }
        Ok(())
    }

    fn next(&mut self) -> Result<()> {
        self.row_id += 1;
        let advanced = match &mut self.series {
            Series::Int { cur, step, .. } => match cur.checked_add(*step) {
                Some(v) => {
                    *cur = v;
                    true
                }
                // Past the end of the integer range: PostgreSQL stops.
                None => false,
            },
            Series::Timestamp { cur, step, .. } => {
                *cur = arith::timestamp_pl_interval(*cur, *step).map_err(time_err)?;
                true
            }
            Series::Timestamptz {
                cur, step, zone, ..
            } => {
                *cur = arith::timestamptz_pl_interval(*cur, *step, zone).map_err(time_err)?;
                true
            }
            Series::Done => false,
        };
        if !advanced || self.past_stop() {
            self.series = Series::Done;
        }
        Ok(())
    }

    fn eof(&self) -> bool {
        matches!(self.series, Series::Done)
    }

    fn column(&self, ctx: &mut Context, i: c_int) -> Result<()> {
        if i != 0 {
            return ctx.set_result(&Value::Null);
        }
        let v = match &self.series {
            Series::Int { cur, .. } => Value::Integer(*cur),
            Series::Timestamp { cur, .. } => {
                Value::Text(canonical::timestamp(*cur).map_err(time_err)?)
            }
            Series::Timestamptz { cur, .. } => {
                Value::Text(canonical::timestamptz(*cur).map_err(time_err)?)
            }
            Series::Done => Value::Null,
        };
        ctx.set_result(&v)
    }

    fn rowid(&self) -> Result<i64> {
        Ok(self.row_id)
    }
}

impl SeriesCursor<'_> {
    fn past_stop(&self) -> bool {
        match &self.series {
            Series::Int { cur, stop, step } => {
                if *step > 0 {
                    cur > stop
                } else {
                    cur < stop
                }
            }
            Series::Timestamp { cur, stop, up, .. } => {
                if *up {
                    cur > stop
                } else {
                    cur < stop
                }
            }
            Series::Timestamptz { cur, stop, up, .. } => {
                if *up {
                    cur > stop
                } else {
                    cur < stop
                }
            }
            Series::Done => true,
        }
    }
}
