//! Math function and operator rules: which PostgreSQL overload applies
//! (double precision or numeric, chosen from the argument types as
//! PostgreSQL's function resolution does); `runtime/math.rs` implements
//! them.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-math.html>,
//! <https://www.postgresql.org/docs/current/typeconv-func.html>

use sqlparser::ast::{BinaryOperator, Expr, UnaryOperator};

use super::expr::{Lit, Typed};
use super::functions::{Call, arity, no_function};
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;

/// Which of a function's overloads PostgreSQL picks.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Overload {
    Float8,
    Numeric,
}

/// The overload among `f(float8…)` and `f(numeric…)`: numeric when a
/// numeric argument meets no double (an exact match beats an implicit
/// cast), otherwise double precision (integers and untyped values take the
/// numeric category's preferred type). `None` when an argument is no number.
fn overload(types: &[&Typed]) -> Option<Overload> {
    let mut numeric = false;
    for t in types {
        match t.ty {
            PgType::Unknown => {}
            PgType::Numeric => numeric = true,
            PgType::Float8 => return ok_numbers(types).then_some(Overload::Float8),
            t if t.is_numeric_category() => {}
            _ => return None,
        }
    }
    Some(if numeric {
        Overload::Numeric
    } else {
        Overload::Float8
    })
}

fn ok_numbers(types: &[&Typed]) -> bool {
    types
        .iter()
        .all(|t| t.is_unknown() || t.ty.is_numeric_category())
}

fn refuse_float4(types: &[&Typed], span: Option<SourceSpan>) -> Result<()> {
    if types.iter().any(|t| t.ty == PgType::Float4) {
        return Err(Error::unsupported(
            "real (float4) arguments",
            span,
            "cast to double precision (::float8)",
        ));
    }
    Ok(())
}

/// Converts every argument of a call to `to`.
fn coerce_all(cx: &mut Cx, c: &mut Call, to: PgType) -> Result<()> {
    let span = c.span;
    for (x, t) in c.args.iter_mut() {
        cx.coerce(x, t, to, span)?;
    }
    Ok(())
}

fn numeric_power_unsupported(span: Option<SourceSpan>) -> Error {
    Error::unsupported(
        "numeric ^ numeric, power(numeric, numeric)",
        span,
        "PostgreSQL's numeric power has its own result scales; cast to double precision (::float8)",
    )
}

/// `sqrt`, `exp`, `ln`, `log(x)`, `log10`: double precision for integers,
/// doubles and untyped values; numeric (exact, at PostgreSQL's result
/// scale) for numerics. Domain errors are PostgreSQL's (`cannot take
/// square root of a negative number`, `cannot take logarithm of zero`, …).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-FUNC-TABLE>
///
/// `sqrt(estimate)` → `pg_float8_sqrt("estimate")`; `ln(amount)` →
/// `pg_numeric_ln("amount")`.
pub(crate) fn transcendental(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.name == "log" && c.args.len() == 2 {
        return log_base(cx, c);
    }
    arity(c, 1)?;
    let types: Vec<&Typed> = c.args.iter().map(|(_, t)| t).collect();
    refuse_float4(&types, c.span)?;
    let Some(kind) = overload(&types) else {
        return Err(no_function(c));
    };
    let name = if c.name == "log" {
        "log10".to_string()
    } else {
        c.name.clone()
    };
    match kind {
        Overload::Float8 => {
            coerce_all(cx, c, PgType::Float8)?;
            let f = format!("pg_float8_{name}");
            super::strings::emit_call(c, &f, PgType::Float8)
        }
        Overload::Numeric => {
            coerce_all(cx, c, PgType::Numeric)?;
            if name == "log10" {
                c.args
                    .insert(0, (build::int(10), Typed::new(PgType::Numeric)));
                return super::strings::emit_call(c, "pg_numeric_log", PgType::Numeric);
            }
            let f = format!("pg_numeric_{name}");
            super::strings::emit_call(c, &f, PgType::Numeric)
        }
    }
}

/// `log(base, x)`: numeric only (PostgreSQL has no double precision
/// version): ln(x)/ln(base), exact at PostgreSQL's result scale; `division
/// by zero` for base 1.
fn log_base(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let types: Vec<&Typed> = c.args.iter().map(|(_, t)| t).collect();
    if types.iter().any(|t| t.ty.is_float()) || overload(&types).is_none() {
        return Err(no_function(c));
    }
    coerce_all(cx, c, PgType::Numeric)?;
    super::strings::emit_call(c, "pg_numeric_log", PgType::Numeric)
}

/// `cbrt`, `degrees`, `radians`: double precision only (numerics convert).
pub(crate) fn float_only(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    let types: Vec<&Typed> = c.args.iter().map(|(_, t)| t).collect();
    refuse_float4(&types, c.span)?;
    if !ok_numbers(&types) {
        return Err(no_function(c));
    }
    coerce_all(cx, c, PgType::Float8)?;
    let f = format!("pg_float8_{}", c.name);
    super::strings::emit_call(c, &f, PgType::Float8)
}

/// `pi()`: double precision.
pub(crate) fn pi(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 0)?;
    c.replace = Some(build::float(std::f64::consts::PI));
    Ok(Typed::new(PgType::Float8))
}

/// `power(x, y)`, `pow(x, y)`: double precision (`dpow`: POSIX's NaN and
/// infinity cases, `zero raised to a negative power is undefined`, `a
/// negative number raised to a non-integer power yields a complex
/// result`, overflow and underflow errors). The numeric overload is
/// refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-FUNC-TABLE>
///
/// `power(2, 10)` → `pg_float8_pow(2, 10)`.
pub(crate) fn power(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 2)?;
    let types: Vec<&Typed> = c.args.iter().map(|(_, t)| t).collect();
    refuse_float4(&types, c.span)?;
    match overload(&types) {
        None => Err(no_function(c)),
        Some(Overload::Numeric) => Err(numeric_power_unsupported(c.span)),
        Some(Overload::Float8) => {
            coerce_all(cx, c, PgType::Float8)?;
            super::strings::emit_call(c, "pg_float8_pow", PgType::Float8)
        }
    }
}

/// `mod(a, b)`: integers (the wider type; `mod(-2147483648, -1)` is 0) or
/// numeric (the remainder takes the dividend's sign and the larger scale);
/// `division by zero`. There is no double precision version.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-FUNC-TABLE>
///
/// `mod(id, 3)` → `pg_int_mod("id", 3)`.
pub(crate) fn modulo(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 2)?;
    let types: Vec<Typed> = c.args.iter().map(|(_, t)| t.clone()).collect();
    if types
        .iter()
        .any(|t| !(t.is_unknown() || t.ty.is_integer() || t.ty == PgType::Numeric))
    {
        return Err(no_function(c));
    }
    if types.iter().all(|t| t.is_unknown()) {
        return Err(Error::semantic_hint(
            "function mod(unknown, unknown) is not unique",
            c.span,
            "Could not choose a best candidate function. You might need to add explicit type casts.",
        ));
    }
    if types.iter().any(|t| t.ty == PgType::Numeric) {
        coerce_all(cx, c, PgType::Numeric)?;
        return super::strings::emit_call(c, "pg_numeric_mod", PgType::Numeric);
    }
    let ty = types
        .iter()
        .map(|t| t.ty)
        .filter(|t| t.is_integer())
        .max_by_key(|t| match t {
            PgType::Int2 => 0,
            PgType::Int4 => 1,
            _ => 2,
        })
        .unwrap_or(PgType::Int4);
    coerce_all(cx, c, ty)?;
    super::strings::emit_call(c, "pg_int_mod", ty)
}

/// `div(a, b)`: the numeric quotient truncated toward zero, scale 0
/// (integers convert to numeric); `division by zero`.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-FUNC-TABLE>
///
/// `div(amount, 3)` → `pg_numeric_div_trunc("amount", '3')`.
pub(crate) fn div(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 2)?;
    let types: Vec<&Typed> = c.args.iter().map(|(_, t)| t).collect();
    if types
        .iter()
        .any(|t| !(t.is_unknown() || t.ty.is_integer() || t.ty == PgType::Numeric))
    {
        return Err(no_function(c));
    }
    coerce_all(cx, c, PgType::Numeric)?;
    super::strings::emit_call(c, "pg_numeric_div_trunc", PgType::Numeric)
}

/// Whether `e` is `x ^ y`.
pub(crate) fn is_power(e: &Expr) -> bool {
    matches!(
        e,
        Expr::BinaryOp {
            op: BinaryOperator::PGExp,
            ..
        }
    )
}

/// Moves a unary sign onto the first operand of a `^` chain: PostgreSQL's
/// unary minus binds tighter than `^` (`-2 ^ 2` is `(-2) ^ 2`, 4), where
/// sqlparser reads `-(2 ^ 2)`.
pub(crate) fn sign_into_power(op: UnaryOperator, e: Expr) -> Expr {
    match e {
        Expr::BinaryOp {
            left,
            op: BinaryOperator::PGExp,
            right,
        } => Expr::BinaryOp {
            left: Box::new(sign_into_power(op, *left)),
            op: BinaryOperator::PGExp,
            right,
        },
        other => Expr::UnaryOp {
            op,
            expr: Box::new(other),
        },
    }
}

/// `x ^ y`: exponentiation, as `power(x, y)` (double precision for
/// integers: `2 ^ 3` is 8 as a double); left-associative (`2 ^ 3 ^ 2` is
/// 64). The numeric overload is refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-OP-TABLE>
///
/// `2 ^ priority` → `pg_float8_pow(2, "priority")`.
pub(crate) fn power_operator(
    cx: &mut Cx,
    e: &mut Expr,
    lt: Typed,
    rt: Typed,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::BinaryOp { left, right, .. } = e else {
        return Err(Error::Internal(
            "power_operator on a non-binary node".into(),
        ));
    };
    refuse_float4(&[&lt, &rt], span)?;
    match overload(&[&lt, &rt]) {
        None => return Err(super::operators::no_operator(lt.ty, "^", rt.ty, span)),
        Some(Overload::Numeric) => return Err(numeric_power_unsupported(span)),
        Some(Overload::Float8) => {}
    }
    cx.coerce(left, &lt, PgType::Float8, span)?;
    cx.coerce(right, &rt, PgType::Float8, span)?;
    let mut t = Typed::new(PgType::Float8);
    if lt.lit == Lit::Null || rt.lit == Lit::Null {
        *e = build::null();
        t.lit = Lit::Null;
        return Ok(t);
    }
    let a = std::mem::replace(left.as_mut(), build::null());
    let b = std::mem::replace(right.as_mut(), build::null());
    *e = build::call("pg_float8_pow", vec![a, b]);
    Ok(t)
}
