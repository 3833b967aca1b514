//! Arrays at run time: PostgreSQL's array text (`{1,2,NULL}`), built by
//! `array_agg` and searched by `= ANY(array)`.

use rusqlite::functions::{Aggregate, Context};
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, Result};

use super::{pg_err, pure, text_arg};
use crate::types::array;
use crate::types::numeric::Numeric;
use crate::types::scalar;

/// How elements of an array are read, printed and compared: one per
/// element type pgshim has (`varchar` elements are `Text`).
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
    /// `oid` (unsigned 32 bits).
    Oid,
    /// `name` (cut to 63 bytes).
    Name,
    /// `"char"` (one byte).
    Char,
    /// `aclitem`, of which pgshim has no values.
    Aclitem,
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
            "oid" => Kind::Oid,
            "name" => Kind::Name,
            "char" => Kind::Char,
            "aclitem" => Kind::Aclitem,
            _ => return None,
        })
    }

    /// The kind named by argument `i`.
    fn arg(ctx: &impl super::ffi::Values, i: usize) -> Result<Kind> {
        text_arg(ctx, i)?
            .as_deref()
            .and_then(Kind::parse)
            .ok_or_else(|| pg_err("pgshim: unknown array element kind"))
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

    /// An element written in an array literal, read with the element
    /// type's input function (whose errors are PostgreSQL's), as pgshim
    /// stores a value of that type.
    fn value(self, e: &str) -> Result<Value> {
        Ok(match self {
            Kind::Int(bits) => Value::Integer(scalar::int_in(e, bits).map_err(pg_err)?),
            Kind::Oid => Value::Integer(scalar::oid_in(e).map_err(pg_err)?),
            Kind::Float => Value::Real(scalar::float8_in(e).map_err(pg_err)?),
            Kind::Numeric => Value::Text(e.parse::<Numeric>().map_err(pg_err)?.to_string()),
            Kind::Bool => Value::Integer(i64::from(scalar::bool_in(e).map_err(pg_err)?)),
            Kind::Text => Value::Text(e.to_string()),
            Kind::Name => Value::Text(scalar::name_in(e).to_string()),
            Kind::Char => Value::Text(scalar::char_in(e).map_err(pg_err)?),
            Kind::Aclitem => return Err(pg_err("pgshim: aclitem values are not supported")),
        })
    }

    /// The element type, as the translator names it.
    fn element(self) -> crate::PgType {
        use crate::PgType;
        match self {
            Kind::Int(16) => PgType::Int2,
            Kind::Int(32) => PgType::Int4,
            Kind::Int(_) => PgType::Int8,
            Kind::Float => PgType::Float8,
            Kind::Numeric => PgType::Numeric,
            Kind::Bool => PgType::Bool,
            Kind::Text => PgType::Text,
            Kind::Oid => PgType::Oid,
            Kind::Name => PgType::Name,
            Kind::Char => PgType::Char,
            Kind::Aclitem => PgType::Aclitem,
        }
    }
}

/// The elements of the array text `arr` as values of the element type
/// `kind` (what `pg_unnest` yields).
pub(super) fn element_values(arr: &str, kind: &str) -> Result<Vec<Value>> {
    let kind = Kind::parse(kind).ok_or_else(|| pg_err("pgshim: unknown array element kind"))?;
    array::parse(arr)
        .map_err(pg_err)?
        .iter()
        .map(|e| match e {
            Some(e) => kind.value(e),
            None => Ok(Value::Null),
        })
        .collect()
}

fn array_text(ctx: &Context<'_>, i: usize) -> Result<Option<(i32, Vec<Option<String>>)>> {
    match text_arg(ctx, i)? {
        None => Ok(None),
        Some(t) => array::parse_bounded(&t).map(Some).map_err(pg_err),
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
    conn.create_aggregate_function("pg_sorted_agg", -1, pure(), SortedAgg)?;
    // pg_array_in(text, kind): `text::type[]`, each element read with the
    // element type's input function; the subscripts are kept.
    conn.create_scalar_function("pg_array_in", 2, pure(), |ctx| {
        let kind = Kind::arg(ctx, 1)?;
        let Some(text) = text_arg(ctx, 0)? else {
            return Ok(None);
        };
        array::array_in(kind.element(), &text)
            .map(Some)
            .map_err(pg_err)
    })?;
    // pg_array_make(kind, v…): `ARRAY[v, …]` of values of the element type.
    conn.create_scalar_function("pg_array_make", -1, pure(), |ctx| {
        let kind = Kind::arg(ctx, 0)?;
        let elems = (1..ctx.len())
            .map(|i| kind.out(ctx.get_raw(i)))
            .collect::<Result<Vec<_>>>()?;
        Ok(array::format(&elems))
    })?;
    // pg_array_get(array, i, kind): `array[i]`, NULL outside the bounds.
    conn.create_scalar_function("pg_array_get", 3, pure(), |ctx| {
        let kind = Kind::arg(ctx, 2)?;
        let (Some((lower, elems)), Some(i)) = (array_text(ctx, 0)?, ctx.get::<Option<i64>>(1)?)
        else {
            return Ok(Value::Null);
        };
        let at = i - i64::from(lower);
        match usize::try_from(at).ok().and_then(|k| elems.get(k)) {
            Some(Some(e)) => kind.value(e),
            _ => Ok(Value::Null),
        }
    })?;
    // pg_array_to_string(array, separator[, null text]).
    for n in [2, 3] {
        conn.create_scalar_function("pg_array_to_string", n, pure(), |ctx| {
            let (Some((_, elems)), Some(sep)) = (array_text(ctx, 0)?, text_arg(ctx, 1)?) else {
                return Ok(None);
            };
            let null = if ctx.len() > 2 {
                text_arg(ctx, 2)?
            } else {
                None
            };
            let mut out = String::new();
            let mut first = true;
            for e in elems {
                let Some(e) = e.or_else(|| null.clone()) else {
                    continue;
                };
                if !first {
                    out.push_str(&sep);
                }
                first = false;
                out.push_str(&e);
            }
            Ok(Some(out))
        })?;
    }
    // pg_array_bound(array, dimension, 'lower'|'upper'|'length'): NULL for
    // an empty array or another dimension.
    conn.create_scalar_function("pg_array_bound", 3, pure(), |ctx| {
        let (Some((lower, elems)), Some(dim)) = (array_text(ctx, 0)?, ctx.get::<Option<i64>>(1)?)
        else {
            return Ok(None);
        };
        if dim != 1 || elems.is_empty() {
            return Ok(None);
        }
        let len = elems.len() as i64;
        Ok(Some(match text_arg(ctx, 2)?.as_deref() {
            Some("lower") => i64::from(lower),
            Some("upper") => i64::from(lower) + len - 1,
            _ => len,
        }))
    })?;
    // pg_array_subscripts(array or vector, dim): the int4[] of its
    // subscripts in dimension dim (generate_subscripts' rows): an array's
    // from its lower bound, an int2vector's or oidvector's (`1 3`) from 0;
    // none in another dimension (pgshim's arrays have one).
    conn.create_scalar_function("pg_array_subscripts", 2, pure(), |ctx| {
        let (Some(t), Some(dim)) = (text_arg(ctx, 0)?, ctx.get::<Option<i64>>(1)?) else {
            return Ok(None);
        };
        if dim != 1 {
            return Ok(Some("{}".to_string()));
        }
        let (lower, len) = if t.trim_start().starts_with(['{', '[']) {
            let (lower, elems) = array::parse_bounded(&t).map_err(pg_err)?;
            (i64::from(lower), elems.len() as i64)
        } else {
            (0, t.split_whitespace().count() as i64)
        };
        let subscripts: Vec<String> = (lower..lower + len).map(|i| i.to_string()).collect();
        Ok(Some(format!("{{{}}}", subscripts.join(","))))
    })?;
    // pg_cardinality(array): the number of elements.
    conn.create_scalar_function("pg_cardinality", 1, pure(), |ctx| {
        Ok(array_text(ctx, 0)?.map(|(_, e)| e.len() as i64))
    })?;
    // pg_array_cat(a, b): `a || b`; the result starts at a's first
    // subscript (b's when a is empty).
    conn.create_scalar_function("pg_array_cat", 2, pure(), |ctx| {
        match (array_text(ctx, 0)?, array_text(ctx, 1)?) {
            (None, None) => Ok(None),
            (Some((lo, a)), None) | (None, Some((lo, a))) => {
                Ok(Some(array::format_bounded(lo, &a)))
            }
            (Some((lo_a, mut a)), Some((lo_b, b))) => {
                let lower = if a.is_empty() { lo_b } else { lo_a };
                a.extend(b);
                Ok(Some(array::format_bounded(lower, &a)))
            }
        }
    })?;
    // pg_array_any_eq(x, array, kind): `x = ANY(array)` with SQL's
    // three-valued logic: true when an element equals x; otherwise NULL
    // when x or an element is NULL (and the array is not empty); false.
    conn.create_scalar_function("pg_array_any_eq", 3, pure(), |ctx| {
        let Some(arr) = text_arg(ctx, 1)? else {
            return Ok(None);
        };
        let kind = Kind::arg(ctx, 2)?;
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
        Kind::Oid => {
            let v = scalar::oid_in(e).map_err(pg_err)?;
            matches!(x, ValueRef::Integer(i) if i == v)
        }
        Kind::Name => xs()? == scalar::name_in(e),
        Kind::Char => xs()? == scalar::char_in(e).map_err(pg_err)?,
        Kind::Aclitem => return Err(pg_err("pgshim: aclitem values are not supported")),
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

/// What `pg_sorted_agg` aggregates.
#[derive(Clone, Copy, PartialEq)]
enum Sorted {
    /// `string_agg(value, separator ORDER BY …)`.
    StringAgg,
    /// `array_agg(value ORDER BY …)`, or `array_agg(DISTINCT value)`.
    Array { kind: Kind, distinct: bool },
}

/// One sort key's order: direction, NULL placement and comparison.
#[derive(Clone, Copy)]
struct SortKey {
    desc: bool,
    nulls_first: bool,
    compare: fn(&[u8], &[u8]) -> std::cmp::Ordering,
}

/// The rows of one group, waiting to be sorted.
struct SortedRows {
    what: Sorted,
    keys: Vec<SortKey>,
    /// Per row: the sort keys, the value's text and the separator.
    rows: Vec<(Vec<rusqlite::types::Value>, Option<String>, Option<String>)>,
}

/// `pg_sorted_agg(what, spec, value, [separator,] keys…)`: `string_agg` and
/// `array_agg` with ORDER BY for a SQLite before 3.44, which cannot write
/// it (see the translator's `sorted_agg`). The rows are sorted at the end
/// as SQLite's ORDER BY sorts them: NULLs where `spec` puts them, numbers
/// before text before blobs, text by the key's collation (`b` bytes, `i`
/// pg_interval, `n` pg_numeric, `t` pg_timetz); `spec` has three letters a
/// key (`a`/`d`, `f`/`l` NULLs first or last, the collation).
struct SortedAgg;

impl Aggregate<Option<SortedRows>, Option<String>> for SortedAgg {
    fn init(&self, _: &mut Context<'_>) -> Result<Option<SortedRows>> {
        Ok(None)
    }

    fn step(&self, ctx: &mut Context<'_>, acc: &mut Option<SortedRows>) -> Result<()> {
        if ctx.len() < 3 {
            return Err(pg_err(
                "pgshim: pg_sorted_agg called with the wrong arguments",
            ));
        }
        if acc.is_none() {
            *acc = Some(sorted_rows(
                &text_arg(ctx, 0)?.unwrap_or_default(),
                &text_arg(ctx, 1)?.unwrap_or_default(),
            )?);
        }
        let Some(acc) = acc.as_mut() else {
            return Ok(());
        };
        let first_key = if acc.what == Sorted::StringAgg { 4 } else { 3 };
        if ctx.len() != first_key + acc.keys.len() || acc.keys.is_empty() {
            return Err(pg_err(
                "pgshim: pg_sorted_agg called with the wrong arguments",
            ));
        }
        let (value, sep) = match acc.what {
            Sorted::StringAgg => (text_arg(ctx, 2)?, text_arg(ctx, 3)?),
            Sorted::Array { kind, .. } => (kind.out(ctx.get_raw(2))?, None),
        };
        let keys = (first_key..ctx.len())
            .map(|i| super::owned_value(ctx.get_raw(i)))
            .collect();
        acc.rows.push((keys, value, sep));
        Ok(())
    }

    fn finalize(
        &self,
        _: &mut Context<'_>,
        acc: Option<Option<SortedRows>>,
    ) -> Result<Option<String>> {
        let Some(Some(mut acc)) = acc else {
            return Ok(None);
        };
        let keys = acc.keys.clone();
        let order = |a: &Vec<rusqlite::types::Value>, b: &Vec<rusqlite::types::Value>| {
            keys.iter()
                .zip(a.iter().zip(b))
                .map(|(k, (x, y))| key_order(k, x, y))
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        };
        acc.rows.sort_by(|a, b| order(&a.0, &b.0));
        match acc.what {
            Sorted::StringAgg => {
                let mut out: Option<String> = None;
                for (_, value, sep) in acc.rows {
                    let Some(value) = value else { continue };
                    match out.as_mut() {
                        None => out = Some(value),
                        Some(s) => {
                            s.push_str(sep.as_deref().unwrap_or(""));
                            s.push_str(&value);
                        }
                    }
                }
                Ok(out)
            }
            Sorted::Array { distinct, .. } => {
                let mut items: Vec<Option<String>> = Vec::with_capacity(acc.rows.len());
                let mut last: Option<&Vec<rusqlite::types::Value>> = None;
                for (k, value, _) in &acc.rows {
                    if distinct && last.is_some_and(|l| order(l, k).is_eq()) {
                        continue;
                    }
                    last = Some(k);
                    items.push(value.clone());
                }
                Ok((!items.is_empty()).then(|| array::format(&items)))
            }
        }
    }
}

fn sorted_rows(what: &str, spec: &str) -> Result<SortedRows> {
    let bad = || pg_err(format!("pgshim: pg_sorted_agg('{what}', '{spec}')"));
    let what = match what {
        "string_agg" => Sorted::StringAgg,
        other => {
            let (kind, distinct) = match other.strip_suffix(" distinct") {
                Some(k) => (k, true),
                None => (other, false),
            };
            let kind = kind
                .strip_prefix("array_agg_")
                .and_then(Kind::parse)
                .ok_or_else(bad)?;
            Sorted::Array { kind, distinct }
        }
    };
    let spec = spec.as_bytes();
    if spec.len() % 3 != 0 {
        return Err(bad());
    }
    let keys = spec
        .chunks(3)
        .map(|k| {
            Ok(SortKey {
                desc: k[0] == b'd',
                nulls_first: k[1] == b'f',
                compare: match k[2] {
                    b'b' => |a: &[u8], b: &[u8]| a.cmp(b),
                    b'i' => super::time::interval_order,
                    b'n' => super::numeric::numeric_order,
                    b't' => super::time::timetz_order,
                    _ => return Err(bad()),
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(SortedRows {
        what,
        keys,
        rows: Vec::new(),
    })
}

/// Two key values in SQLite's ORDER BY order for the key.
fn key_order(
    k: &SortKey,
    a: &rusqlite::types::Value,
    b: &rusqlite::types::Value,
) -> std::cmp::Ordering {
    use rusqlite::types::Value as V;
    use std::cmp::Ordering;
    let class = |v: &V| match v {
        V::Null => 0,
        V::Integer(_) | V::Real(_) => 1,
        V::Text(_) => 2,
        V::Blob(_) => 3,
    };
    match (a, b) {
        (V::Null, V::Null) => return Ordering::Equal,
        (V::Null, _) => {
            return if k.nulls_first {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        (_, V::Null) => {
            return if k.nulls_first {
                Ordering::Greater
            } else {
                Ordering::Less
            };
        }
        _ => {}
    }
    let o = match (a, b) {
        (V::Integer(x), V::Integer(y)) => x.cmp(y),
        (V::Integer(x), V::Real(y)) => (*x as f64).total_cmp(y),
        (V::Real(x), V::Integer(y)) => x.total_cmp(&(*y as f64)),
        (V::Real(x), V::Real(y)) => x.total_cmp(y),
        (V::Text(x), V::Text(y)) => (k.compare)(x.as_bytes(), y.as_bytes()),
        (V::Blob(x), V::Blob(y)) => x.cmp(y),
        _ => class(a).cmp(&class(b)),
    };
    if k.desc { o.reverse() } else { o }
}

/// Values for tests of this module.
#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(sql: &str) -> Option<String> {
        let conn = Connection::open_in_memory().unwrap();
        crate::register(&conn, &crate::Session::new()).unwrap();
        conn.query_row(sql, [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn sorted_agg_orders_as_sqlite_order_by() {
        let rows = "(SELECT 'b' AS x, 2 AS k UNION ALL SELECT NULL, NULL UNION ALL SELECT 'a', 1.5 \
                    UNION ALL SELECT 'c', 'text')";
        assert_eq!(
            sorted(&format!(
                "SELECT pg_sorted_agg('array_agg_text', 'alb', x, k) FROM {rows}"
            )),
            Some("{a,b,c,NULL}".into())
        );
        assert_eq!(
            sorted(&format!(
                "SELECT pg_sorted_agg('array_agg_text', 'dfb', x, k) FROM {rows}"
            )),
            Some("{NULL,c,b,a}".into())
        );
        // string_agg: NULL values are skipped with their separator.
        assert_eq!(
            sorted(&format!(
                "SELECT pg_sorted_agg('string_agg', 'alb', x, '-' || k, k) FROM {rows}"
            )),
            Some("a-2b-textc".into())
        );
        // DISTINCT by the key's collation: 1.5 and 1.50 are one numeric.
        assert_eq!(
            sorted(
                "SELECT pg_sorted_agg('array_agg_numeric distinct', 'aln', x, x) FROM \
                 (SELECT '1.50' AS x UNION ALL SELECT '1.5' UNION ALL SELECT '10' UNION ALL SELECT '2')"
            ),
            Some("{1.50,2,10}".into())
        );
        assert_eq!(
            sorted(
                "SELECT pg_sorted_agg('string_agg', 'alb', x, ',', x) FROM (SELECT 1 AS x) WHERE 0"
            ),
            None
        );
    }
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
