//! Arrays at run time: PostgreSQL's array text (`{1,2,NULL}`), built by
//! `array_agg` and searched by `= ANY(array)`.

use rusqlite::functions::{Aggregate, Context};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Result};

use super::{pg_err, pure, text_arg};
use crate::types::array;
use crate::types::numeric::Numeric;
use crate::types::scalar;

/// How elements of an array are printed and compared.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// Integers of this many bits.
    Int(u32),
    /// Doubles (PostgreSQL's float8 output).
    Float,
    /// Exact numerics (their output text).
    Numeric,
    /// Booleans (`t`/`f`).
    Bool,
    /// Text, quoted where `array_out` quotes.
    Text,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "int2" => Kind::Int(16),
            "int4" | "int" => Kind::Int(32),
            "int8" => Kind::Int(64),
            "float" => Kind::Float,
            "numeric" => Kind::Numeric,
            "bool" => Kind::Bool,
            "text" => Kind::Text,
            _ => return None,
        })
    }

    /// The element's output text.
    fn out(self, v: ValueRef<'_>) -> Result<Option<String>> {
        Ok(match (self, v) {
            (_, ValueRef::Null) => None,
            (Kind::Bool, ValueRef::Integer(i)) => Some(if i != 0 { "t" } else { "f" }.into()),
            (Kind::Float, ValueRef::Real(f)) => Some(scalar::float8_out(f)),
            (Kind::Float, ValueRef::Integer(i)) => Some(scalar::float8_out(i as f64)),
            (_, ValueRef::Integer(i)) => Some(i.to_string()),
            (_, ValueRef::Real(f)) => Some(scalar::float8_out(f)),
            (_, ValueRef::Text(t)) => Some(String::from_utf8_lossy(t).into_owned()),
            (_, ValueRef::Blob(_)) => {
                return Err(pg_err("pgshim: a bytea value in an array"));
            }
        })
    }
}

/// Registers `pg_array_agg_*` and `pg_array_any_eq`.
pub fn register(conn: &Connection) -> Result<()> {
    for (name, kind) in [
        ("pg_array_agg_int", Kind::Int(64)),
        ("pg_array_agg_float", Kind::Float),
        ("pg_array_agg_numeric", Kind::Numeric),
        ("pg_array_agg_bool", Kind::Bool),
        ("pg_array_agg_text", Kind::Text),
    ] {
        conn.create_aggregate_function(name, 1, pure(), ArrayAgg { kind })?;
    }
    // pg_array_any_eq(x, array, kind): `x = ANY(array)` with SQL's
    // three-valued logic: true when an element equals x; otherwise NULL
    // when x or an element is NULL (and the array is not empty); false.
    conn.create_scalar_function("pg_array_any_eq", 3, pure(), |ctx| {
        let Some(arr) = text_arg(ctx, 1)? else {
            return Ok(None);
        };
        let kind = text_arg(ctx, 2)?
            .as_deref()
            .and_then(Kind::parse)
            .ok_or_else(|| pg_err("pgshim: pg_array_any_eq: unknown element kind"))?;
        let elems = array::parse(&arr).map_err(pg_err)?;
        if elems.is_empty() {
            return Ok(Some(false));
        }
        let x = ctx.get_raw(0);
        if x == ValueRef::Null {
            return Ok(None);
        }
        let mut saw_null = false;
        for e in &elems {
            let Some(e) = e else {
                saw_null = true;
                continue;
            };
            if equal(kind, x, e)? {
                return Ok(Some(true));
            }
        }
        Ok(if saw_null { None } else { Some(false) })
    })?;
    Ok(())
}

/// Whether `x` equals the array element written `e`, read with the element
/// type's input function (whose errors are PostgreSQL's).
fn equal(kind: Kind, x: ValueRef<'_>, e: &str) -> Result<bool> {
    let xs = || -> Result<String> {
        Ok(match x {
            ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
            ValueRef::Integer(i) => i.to_string(),
            ValueRef::Real(f) => scalar::float8_out(f),
            _ => String::new(),
        })
    };
    Ok(match kind {
        Kind::Int(bits) => {
            let v = scalar::int_in(e, bits).map_err(pg_err)?;
            match x {
                ValueRef::Integer(i) => i == v,
                _ => Numeric::from(v)
                    .pg_cmp(&xs()?.parse().map_err(pg_err)?)
                    .is_eq(),
            }
        }
        Kind::Float => {
            let v = scalar::float8_in(e).map_err(pg_err)?;
            let xv = match x {
                ValueRef::Integer(i) => i as f64,
                ValueRef::Real(f) => f,
                _ => scalar::float8_in(&xs()?).map_err(pg_err)?,
            };
            xv == v
        }
        Kind::Numeric => {
            let v: Numeric = e.parse().map_err(pg_err)?;
            let xv: Numeric = match x {
                ValueRef::Integer(i) => Numeric::from(i),
                ValueRef::Real(f) => Numeric::from_f64(f),
                _ => xs()?.parse().map_err(pg_err)?,
            };
            v.pg_cmp(&xv).is_eq()
        }
        Kind::Bool => {
            let v = scalar::bool_in(e).map_err(pg_err)?;
            matches!(x, ValueRef::Integer(i) if (i != 0) == v)
        }
        Kind::Text => xs()? == e,
    })
}

/// `array_agg(x)`: the inputs in order, NULLs included; no rows give NULL.
struct ArrayAgg {
    kind: Kind,
}

impl Aggregate<Vec<Option<String>>, Option<String>> for ArrayAgg {
    fn init(&self, _: &mut Context<'_>) -> Result<Vec<Option<String>>> {
        Ok(Vec::new())
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut Vec<Option<String>>) -> Result<()> {
        acc.push(self.kind.out(ctx.get_raw(0))?);
        Ok(())
    }

    fn finalize(
        &self,
        _: &mut Context<'_>,
        acc: Option<Vec<Option<String>>>,
    ) -> Result<Option<String>> {
        Ok(acc.filter(|v| !v.is_empty()).map(|v| array::format(&v)))
    }
}

/// Values for tests of this module.
#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::types::Value;

    #[test]
    fn any_eq_three_valued() {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        let q = |sql: &str| -> Option<bool> { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(q("SELECT pg_array_any_eq(2, '{1,2}', 'int')"), Some(true));
        assert_eq!(q("SELECT pg_array_any_eq(3, '{1,NULL}', 'int')"), None);
        assert_eq!(q("SELECT pg_array_any_eq(3, '{1,2}', 'int')"), Some(false));
        assert_eq!(q("SELECT pg_array_any_eq(NULL, '{}', 'int')"), Some(false));
        assert_eq!(
            q("SELECT pg_array_any_eq('a b', '{\"a b\",c}', 'text')"),
            Some(true)
        );
        let v: Value = conn
            .query_row("SELECT pg_array_any_eq(1, NULL, 'int')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, Value::Null);
    }
}
