//! Cast rules: `x::type`, `CAST(x AS type)` and `type 'literal'`, one
//! PostgreSQL cast (`pg_cast` row or I/O conversion) each.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-expressions.html#SQL-SYNTAX-TYPE-CASTS>,
//! <https://www.postgresql.org/docs/current/sql-createcast.html>

use sqlparser::ast::DataType;

use super::expr::{Lit, Typed, numeric_unsupported};
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::time::IntervalRange;
use crate::types::numeric::Numeric;
use crate::types::{PgType, scalar, typmod};

/// A cast's target: the type and its length modifier (`varchar(10)`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target {
    pub ty: PgType,
    /// Length or precision: `varchar(10)`, `timestamptz(3)`, `numeric(10, 2)`.
    pub len: Option<u64>,
    /// The scale of `numeric(precision, scale)`.
    pub scale: Option<u64>,
    /// The fields of `interval day to second` (`None`: all).
    pub fields: Option<IntervalRange>,
}

impl Target {
    /// A type without modifiers.
    pub(crate) fn plain(ty: PgType) -> Target {
        Target {
            ty,
            len: None,
            scale: None,
            fields: None,
        }
    }
}

/// The casts pgshim translates, for docs/compatibility.md.
pub const SUPPORTED: &[(&str, &str)] = &[
    (
        "'literal'::T, T 'literal'",
        "bool, int2, int4, int8, float8, text, varchar: folded at translation with PostgreSQL's input rules and errors",
    ),
    ("integer ↔ integer", "with PostgreSQL's range errors"),
    ("integer → float8", "exact"),
    ("float8 → integer", "rounds half to even, range errors"),
    ("bool ↔ int4", "0/1"),
    (
        "any supported → text/varchar",
        "PostgreSQL's output text (true/false, shortest float)",
    ),
    (
        "text → bool/integer/float8",
        "PostgreSQL's input functions and errors",
    ),
    (
        "'literal'::date/time/timestamp/timestamptz/interval",
        "folded to the canonical stored form at translation, in the session zone; 'now', 'today'… read when the statement runs",
    ),
    (
        "date ↔ timestamp ↔ timestamptz, timestamp(tz) → time, interval ↔ time",
        "in the session time zone where PostgreSQL uses it",
    ),
    ("date/time ↔ text", "PostgreSQL's input and ISO output"),
];

/// Maps a SQL data type to the PostgreSQL type it names.
pub(crate) fn target_type(dt: &DataType, span: Option<SourceSpan>) -> Result<Target> {
    let text = dt.to_string();
    let len = match dt {
        DataType::Timestamp(p, _) | DataType::Time(p, _) => *p,
        DataType::Interval {
            fields: None,
            precision,
        } => *precision,
        DataType::Interval {
            fields: Some(_),
            precision,
        } => *precision,
        DataType::Varchar(Some(l))
        | DataType::CharacterVarying(Some(l))
        | DataType::CharVarying(Some(l)) => match l {
            sqlparser::ast::CharacterLength::IntegerLength { length, .. } => Some(*length),
            sqlparser::ast::CharacterLength::Max => None,
        },
        DataType::Numeric(info) | DataType::Decimal(info) | DataType::Dec(info) => match info {
            sqlparser::ast::ExactNumberInfo::Precision(p)
            | sqlparser::ast::ExactNumberInfo::PrecisionAndScale(p, _) => Some(*p),
            sqlparser::ast::ExactNumberInfo::None => None,
        },
        _ => None,
    };
    let scale = match dt {
        DataType::Numeric(info) | DataType::Decimal(info) | DataType::Dec(info) => match info {
            sqlparser::ast::ExactNumberInfo::PrecisionAndScale(_, s) if *s < 0 => {
                return Err(Error::unsupported(
                    format!("type {dt}"),
                    span,
                    "numeric with a negative scale is not translated; round(x, -n) rounds to tens",
                ));
            }
            sqlparser::ast::ExactNumberInfo::PrecisionAndScale(_, s) => Some(*s as u64),
            sqlparser::ast::ExactNumberInfo::Precision(_) => Some(0),
            sqlparser::ast::ExactNumberInfo::None => None,
        },
        _ => None,
    };
    if let (Some(p), Some(s)) = (len, scale) {
        if !(1..=1000).contains(&p) {
            return Err(Error::semantic(
                format!("NUMERIC precision {p} must be between 1 and 1000"),
                span,
            ));
        }
        if s > 1000 {
            return Err(Error::semantic(
                format!("NUMERIC scale {s} must be between -1000 and 1000"),
                span,
            ));
        }
    }
    let ty = match dt {
        DataType::Float(info) => match info {
            // float(p): p <= 24 is real, otherwise double precision.
            sqlparser::ast::ExactNumberInfo::Precision(p)
            | sqlparser::ast::ExactNumberInfo::PrecisionAndScale(p, _)
                if *p <= 24 =>
            {
                Some(PgType::Float4)
            }
            _ => Some(PgType::Float8),
        },
        _ => PgType::parse(&text),
    };
    let ty = ty.ok_or_else(|| {
        Error::unsupported(
            format!("type {text}"),
            span,
            "pgshim does not know this type yet",
        )
    })?;
    let fields = match dt {
        DataType::Interval {
            fields: Some(f), ..
        } => Some(
            IntervalRange::from_words(&f.to_string())
                .ok_or_else(|| Error::semantic(format!("syntax error at or near \"{f}\""), span))?,
        ),
        _ => None,
    };
    Ok(Target {
        ty,
        len,
        scale,
        fields,
    })
}

/// Folds an untyped literal into a constant of `target`, running
/// PostgreSQL's input function at translation time, as PostgreSQL does when
/// it resolves an unknown literal. Errors are PostgreSQL's.
pub(crate) fn fold_literal(
    cx: &mut Cx,
    s: &str,
    target: PgType,
    span: Option<SourceSpan>,
) -> Result<sqlparser::ast::Expr> {
    let err = |m: String| Error::semantic(m, span);
    match target {
        PgType::Bool => Ok(build::int(i64::from(scalar::bool_in(s).map_err(err)?))),
        PgType::Int2 => Ok(build::int(scalar::int_in(s, 16).map_err(err)?)),
        PgType::Int4 => Ok(build::int(scalar::int_in(s, 32).map_err(err)?)),
        PgType::Int8 => Ok(build::int(scalar::int_in(s, 64).map_err(err)?)),
        PgType::Float8 => {
            let v = scalar::float8_in(s).map_err(err)?;
            if v.is_nan() {
                return Err(Error::unsupported("NaN", span, "SQLite cannot store NaN"));
            }
            Ok(build::float(v))
        }
        PgType::Text | PgType::Varchar | PgType::Unknown => Ok(build::string(s)),
        PgType::Oid => Ok(build::int(scalar::oid_in(s).map_err(err)?)),
        PgType::Name => Ok(build::string(scalar::name_in(s))),
        PgType::Char => Ok(build::string(&char_in(s, span)?)),
        t if t.is_reg() => super::catalog_functions::reg_in(cx, s, t, span),
        PgType::Numeric => {
            let v: Numeric = s.parse().map_err(err)?;
            Ok(build::string(&v.to_string()))
        }
        t if t.is_temporal() => super::datetime::fold_literal(cx, s, t, span),
        t if t.is_array() => super::arrays::fold_literal(s, t, span),
        other => Err(Error::unsupported(
            format!("{} literal", other.sql_name()),
            span,
            "values of this type are not translated yet",
        )),
    }
}

/// `"char"` input of a constant: its first byte, as PostgreSQL's `charin`
/// takes it; an empty string is the zero byte, shown as nothing. A
/// non-ASCII first byte would be shown in octal, which pgshim does not.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-character.html#DATATYPE-CHARACTER-SPECIAL-TABLE>
fn char_in(s: &str, span: Option<SourceSpan>) -> Result<String> {
    scalar::char_in(s).map_err(|what| {
        Error::unsupported(&what, span, "\"char\" holds one byte; use text or char(1)")
    })
}

/// Converts a typed value to PostgreSQL's text output.
pub(crate) fn to_text(
    e: sqlparser::ast::Expr,
    ty: PgType,
    span: Option<SourceSpan>,
) -> Result<sqlparser::ast::Expr> {
    Ok(match ty {
        t if t.is_string() || t == PgType::Char => e,
        t if t.is_integer() || t.is_oid() => build::sqlite_cast(e, "TEXT"),
        PgType::Bool => build::call("pg_bool_text", vec![e]),
        PgType::Float8 => build::call("pg_float8_text", vec![e]),
        PgType::Numeric => build::call("pg_numeric_text", vec![e]),
        other => {
            return Err(Error::unsupported(
                format!("{} to text", other.sql_name()),
                span,
                "this conversion is not translated yet",
            ));
        }
    })
}

/// A cast of the (already rewritten) expression `e`, typed `t`, to `target`.
///
/// The result's type modifier is the target's (`::varchar(5)`: 9); a
/// target written without one has none (`::varchar` of a `varchar(20)`
/// column is plain `varchar`).
pub(crate) fn cast(
    cx: &mut Cx,
    e: &mut sqlparser::ast::Expr,
    t: Typed,
    target: Target,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let out = cast_value(cx, e, t, target, span)?;
    Ok(out.with_typmod(typmod::encode(
        target.ty,
        target.len,
        target.scale,
        target.fields,
    )))
}

fn cast_value(
    cx: &mut Cx,
    e: &mut sqlparser::ast::Expr,
    t: Typed,
    target: Target,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let to = target.ty;
    let out = |ty| Ok(Typed::new(ty));
    if matches!(to, PgType::Float4 | PgType::Bpchar | PgType::Bytea) {
        return Err(Error::unsupported(
            format!("cast to {}", to.sql_name()),
            span,
            "use double precision, text or varchar",
        ));
    }
    match &t.lit {
        Lit::Unknown(s) => {
            let s = s.clone();
            *e = match (to, target.fields) {
                (PgType::Interval, Some(range)) => {
                    super::datetime::fold_interval_in_range(cx, &s, range, span)?
                }
                _ => fold_literal(cx, &s, to, span)?,
            };
            if let (PgType::Varchar, Some(n)) = (to, target.len) {
                *e = build::string(&truncate_chars(&s, n));
            }
            if to.is_temporal() {
                let x = std::mem::replace(e, build::null());
                *e = super::datetime::with_precision(x, to, target.len);
            }
            if to == PgType::Numeric {
                fold_typmod(e, target, span)?;
            }
            return out(to);
        }
        // A cast NULL is still a NULL constant (PostgreSQL folds it).
        Lit::Null => {
            return Ok(Typed {
                lit: Lit::Null,
                ..Typed::new(to)
            });
        }
        Lit::Param(n) => {
            let n = *n;
            cx.set_param(n, to, e, span)?;
            return out(to);
        }
        Lit::Numeric(s) if to.is_float() => {
            let v = scalar::float8_in(s).map_err(|m| Error::semantic(m, span))?;
            *e = build::float(v);
            return out(to);
        }
        Lit::Numeric(s) if to.is_integer() => {
            // numeric → integer rounds half away from zero.
            let v: Numeric = s.parse().map_err(|m| Error::semantic(m, span))?;
            let i = v
                .to_int(bits_of(to))
                .map_err(|m| Error::semantic(m, span))?;
            *e = build::int(i);
            return out(to);
        }
        Lit::Numeric(s) if to == PgType::Numeric => {
            let v: Numeric = s.parse().map_err(|m| Error::semantic(m, span))?;
            *e = build::string(&v.to_string());
            fold_typmod(e, target, span)?;
            return out(to);
        }
        _ => {}
    }
    let from = t.ty;
    let inner = std::mem::replace(e, build::null());
    *e = match (from, to) {
        (a, b) if a == b && target.len.is_none() && target.fields.is_none() => inner,
        (a, b) if a.is_integer() && b.is_integer() => {
            if bits_of(b) >= bits_of(a) {
                inner
            } else {
                build::call(super::operators::range_fn(b), vec![inner])
            }
        }
        (a, PgType::Float8) if a.is_integer() => build::sqlite_cast(inner, "REAL"),
        (PgType::Float8, b) if b.is_integer() => build::call(
            "pg_float8_to_int",
            vec![inner, build::int(i64::from(bits_of(b)))],
        ),
        // oid: integer → oid wraps a negative int4 (binary coercible);
        // bigint → oid is range-checked; oid → integer wraps back.
        (PgType::Int2 | PgType::Int4, PgType::Oid) => build::call("pg_int4_to_oid", vec![inner]),
        (PgType::Int8, PgType::Oid) => build::call("pg_int8_to_oid", vec![inner]),
        (PgType::Oid, PgType::Int8) => inner,
        (PgType::Oid, PgType::Int4) => build::call("pg_oid_to_int4", vec![inner]),
        (a, PgType::Oid) if a.is_string() => build::call("pg_oid_in", vec![inner]),
        // The OID alias types are binary coercible with oid, and from and
        // to the integers as oid is; their text is the object's name.
        (a, b) if a.is_oid() && b.is_oid() && (a == PgType::Oid || b == PgType::Oid) => inner,
        (PgType::Regproc, PgType::Regprocedure) | (PgType::Regprocedure, PgType::Regproc) => inner,
        (PgType::Int2 | PgType::Int4, b) if b.is_reg() => {
            build::call("pg_int4_to_oid", vec![inner])
        }
        (PgType::Int8, b) if b.is_reg() => build::call("pg_int8_to_oid", vec![inner]),
        (a, PgType::Int8) if a.is_reg() => inner,
        (a, PgType::Int4) if a.is_reg() => build::call("pg_oid_to_int4", vec![inner]),
        (a, PgType::Text | PgType::Varchar) if a.is_reg() => {
            let text = super::catalog_functions::reg_out(cx, inner, a)?;
            match target.len {
                Some(n) => build::call("substr", vec![text, build::int(1), build::int(n as i64)]),
                None => text,
            }
        }
        (a, PgType::Regclass) if a.is_string() => super::catalog_functions::regclass_in(cx, inner)?,
        (a, b) if a.is_string() && b.is_reg() => {
            return Err(Error::unsupported(
                format!("a cast of a computed text to {}", b.sql_name()),
                span,
                "cast a string literal ('name'::regclass), or join the catalog by name",
            ));
        }
        (a, PgType::Name) if a.is_string() || a == PgType::Char => {
            build::call("pg_name_in", vec![inner])
        }
        (a, PgType::Char) if a.is_string() => build::call("pg_char_in", vec![inner]),
        (a, b) if b.is_array() => super::arrays::cast_to_array(inner, a, b, span)?,
        (a, PgType::Text) if a.is_array() && target.len.is_none() => inner,
        (PgType::Int2vector | PgType::Oidvector, PgType::Text | PgType::Varchar)
            if target.len.is_none() =>
        {
            inner
        }
        (PgType::Bool, PgType::Int4) => inner,
        (PgType::Int4, PgType::Bool) => build::nested(sqlparser::ast::Expr::BinaryOp {
            left: Box::new(inner),
            op: sqlparser::ast::BinaryOperator::NotEq,
            right: Box::new(build::int(0)),
        }),
        (a, PgType::Text | PgType::Varchar) if !a.is_temporal() => {
            let text = to_text(inner, a, span)?;
            match target.len {
                Some(n) => build::call("substr", vec![text, build::int(1), build::int(n as i64)]),
                None => text,
            }
        }
        (a, PgType::Bool) if a.is_string() => build::call("pg_bool_in", vec![inner]),
        (a, b) if a.is_string() && b.is_integer() => {
            build::call("pg_int_in", vec![inner, build::int(i64::from(bits_of(b)))])
        }
        (a, PgType::Float8) if a.is_string() => build::call("pg_float8_in", vec![inner]),
        (PgType::Numeric, PgType::Numeric) => numeric_typmod(inner, target),
        (a, PgType::Numeric) if a.is_integer() || a.is_string() => {
            numeric_typmod(build::call("pg_numeric_in", vec![inner]), target)
        }
        (PgType::Float8, PgType::Numeric) => {
            numeric_typmod(build::call("pg_float8_to_numeric", vec![inner]), target)
        }
        (PgType::Numeric, PgType::Float8) => build::call("pg_numeric_to_float8", vec![inner]),
        (PgType::Numeric, b) if b.is_integer() => build::call(
            "pg_numeric_to_int",
            vec![inner, build::int(i64::from(bits_of(b)))],
        ),
        (PgType::Numeric, PgType::Text | PgType::Varchar) if target.len.is_none() => {
            build::call("pg_numeric_text", vec![inner])
        }
        (PgType::Numeric, _) | (_, PgType::Numeric) => return Err(numeric_unsupported(span)),
        // Text to a restricted interval: its input reads with the fields.
        (a, PgType::Interval) if a.is_string() && target.fields.is_some() => {
            let range = target.fields.unwrap_or(IntervalRange::FULL);
            let x = super::datetime::interval_input_in_range(cx, inner, range);
            super::datetime::with_precision(x, PgType::Interval, target.len)
        }
        (a, b) if a.is_temporal() || b.is_temporal() => {
            match super::datetime::convert(cx, inner, a, b) {
                Some(x) if b == PgType::Interval && target.fields.is_some() => {
                    let range = target.fields.unwrap_or(IntervalRange::FULL);
                    let x = super::datetime::interval_restrict(x, range);
                    super::datetime::with_precision(x, b, target.len)
                }
                Some(x) if b.is_temporal() => super::datetime::with_precision(x, b, target.len),
                Some(x) if target.len.is_none() => x,
                _ => {
                    return Err(Error::semantic(
                        format!("cannot cast type {} to {}", a.sql_name(), b.sql_name()),
                        span,
                    ));
                }
            }
        }
        (a, b) => {
            return Err(Error::semantic(
                format!("cannot cast type {} to {}", a.sql_name(), b.sql_name()),
                span,
            ));
        }
    };
    out(to)
}

/// `numeric(p, s)`: rounds to the scale, refuses what does not fit
/// (`apply_typmod`), when the target has a precision.
pub(crate) fn numeric_typmod(e: sqlparser::ast::Expr, target: Target) -> sqlparser::ast::Expr {
    match target.len {
        Some(p) => build::call(
            "pg_numeric_typmod",
            vec![
                e,
                build::int(p as i64),
                build::int(target.scale.unwrap_or(0) as i64),
            ],
        ),
        None => e,
    }
}

/// [`numeric_typmod`] on a constant, at translation time.
fn fold_typmod(
    e: &mut sqlparser::ast::Expr,
    target: Target,
    span: Option<SourceSpan>,
) -> Result<()> {
    let Some(p) = target.len else {
        return Ok(());
    };
    if let sqlparser::ast::Expr::Value(v) = e {
        if let sqlparser::ast::Value::SingleQuotedString(s) = &v.value {
            let n: Numeric = s.parse().map_err(|m| Error::semantic(m, span))?;
            let r = n
                .apply_typmod(p as u32, target.scale.unwrap_or(0) as u32)
                .map_err(|m| Error::semantic(m, span))?;
            *e = build::string(&r.to_string());
        }
    }
    Ok(())
}

pub(crate) fn bits_of(t: PgType) -> u32 {
    match t {
        PgType::Int2 => 16,
        PgType::Int4 => 32,
        _ => 64,
    }
}

fn truncate_chars(s: &str, n: u64) -> String {
    s.chars().take(n as usize).collect()
}
