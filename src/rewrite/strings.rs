//! String function and operator rules: which PostgreSQL string operation
//! applies; `runtime/strings.rs` implements them (C collation: ASCII-only
//! case mapping, characters not bytes).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-string.html>,
//! <https://www.postgresql.org/docs/current/functions-matching.html>

use sqlparser::ast::{BinaryOperator, Expr, UnaryOperator};

use super::expr::{Lit, Typed};
use super::functions::{Call, no_function};
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;

/// Makes argument `i` text (an untyped literal is text).
fn want_text(cx: &mut Cx, c: &mut Call, i: usize) -> Result<()> {
    let (x, t) = &mut c.args[i];
    if t.is_unknown() {
        cx.coerce(x, t, PgType::Text, c.span)?;
        t.ty = PgType::Text;
        t.lit = Lit::No;
        return Ok(());
    }
    if t.ty.is_string() {
        return Ok(());
    }
    Err(no_function(c))
}

/// Makes argument `i` an integer (int2/int4; an untyped literal is int4).
fn want_int(cx: &mut Cx, c: &mut Call, i: usize) -> Result<()> {
    let (x, t) = &mut c.args[i];
    if t.is_unknown() {
        cx.coerce(x, t, PgType::Int4, c.span)?;
        return Ok(());
    }
    if matches!(t.ty, PgType::Int2 | PgType::Int4) {
        return Ok(());
    }
    Err(no_function(c))
}

/// Any value as PostgreSQL's output text (for `concat`'s `any` arguments).
fn as_text(cx: &mut Cx, x: Expr, t: &Typed, span: Option<SourceSpan>) -> Result<Expr> {
    let mut x = x;
    if t.is_unknown() {
        cx.coerce(&mut x, t, PgType::Text, span)?;
        return Ok(x);
    }
    if t.ty.is_string() {
        return Ok(x);
    }
    if t.ty.is_temporal() {
        return super::datetime::convert(cx, x, t.ty, PgType::Text)
            .ok_or_else(|| Error::Internal("date/time to text".into()));
    }
    if t.ty == PgType::Numeric {
        return Ok(build::call("pg_numeric_text", vec![x]));
    }
    if t.ty == PgType::Bool {
        // The output function (`t`), not the cast to text (`true`).
        return Ok(build::call("pg_bool_out", vec![x]));
    }
    super::casts::to_text(x, t.ty, span)
}

fn replace(c: &mut Call, f: &str, ty: PgType) -> Result<Typed> {
    let args = std::mem::take(&mut c.args)
        .into_iter()
        .map(|(x, _)| x)
        .collect();
    c.replace = Some(build::call(f, args));
    Ok(Typed::new(ty))
}

/// `concat(a, b, …)`: every argument as its output text, NULLs skipped.
pub(crate) fn concat(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.is_empty() {
        return Err(no_function(c));
    }
    let span = c.span;
    let mut out = Vec::new();
    for (x, t) in std::mem::take(&mut c.args) {
        out.push(as_text(cx, x, &t, span)?);
    }
    c.replace = Some(build::call("pg_concat", out));
    Ok(Typed::new(PgType::Text))
}

/// `concat_ws(separator, a, b, …)`.
pub(crate) fn concat_ws(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() < 2 {
        return Err(no_function(c));
    }
    want_text(cx, c, 0)?;
    let span = c.span;
    let mut out = Vec::new();
    for (i, (x, t)) in std::mem::take(&mut c.args).into_iter().enumerate() {
        out.push(if i == 0 { x } else { as_text(cx, x, &t, span)? });
    }
    c.replace = Some(build::call("pg_concat_ws", out));
    Ok(Typed::new(PgType::Text))
}

fn check_arity(c: &Call, n: usize) -> Result<()> {
    if c.args.len() != n || c.star {
        return Err(no_function(c));
    }
    Ok(())
}

/// `split_part(string, delimiter, n)` (n < 0 counts from the end).
pub(crate) fn split_part(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 3)?;
    want_text(cx, c, 0)?;
    want_text(cx, c, 1)?;
    want_int(cx, c, 2)?;
    replace(c, "pg_split_part", PgType::Text)
}

/// `left(string, n)` and `right(string, n)`, in characters; a negative n
/// drops characters from the other end.
pub(crate) fn left_right(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 2)?;
    want_text(cx, c, 0)?;
    want_int(cx, c, 1)?;
    let f = if c.name == "left" {
        "pg_left"
    } else {
        "pg_right"
    };
    replace(c, f, PgType::Text)
}

/// `lpad(string, length [, fill])`, `rpad(…)`: fill (default a space) up
/// to `length` characters, or cut to it.
pub(crate) fn pad(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !(2..=3).contains(&c.args.len()) {
        return Err(no_function(c));
    }
    want_text(cx, c, 0)?;
    want_int(cx, c, 1)?;
    if c.args.len() == 3 {
        want_text(cx, c, 2)?;
    } else {
        c.args.push((build::string(" "), Typed::new(PgType::Text)));
    }
    let f = if c.name == "lpad" {
        "pg_lpad"
    } else {
        "pg_rpad"
    };
    replace(c, f, PgType::Text)
}

/// `initcap(string)`: ASCII words capitalized, as under the C locale.
pub(crate) fn initcap(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 1)?;
    want_text(cx, c, 0)?;
    replace(c, "pg_initcap", PgType::Text)
}

/// `strpos(string, substring)`: 1-based character position, 0 if absent.
pub(crate) fn strpos(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 2)?;
    want_text(cx, c, 0)?;
    want_text(cx, c, 1)?;
    replace(c, "pg_strpos", PgType::Int4)
}

/// `greatest(a, b, …)`, `least(…)`: the common type; NULLs are ignored
/// (SQLite's max/min would return NULL).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-conditional.html#FUNCTIONS-GREATEST-LEAST>
pub(crate) fn greatest_least(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.is_empty() {
        return Err(no_function(c));
    }
    let types: Vec<Typed> = c.args.iter().map(|(_, t)| t.clone()).collect();
    let refs: Vec<&Typed> = types.iter().collect();
    let what = c.name.to_uppercase();
    let common = match cx.common_type(&refs, &what, c.span)? {
        PgType::Unknown => PgType::Text,
        t => t,
    };
    if matches!(common, PgType::Interval | PgType::Timetz | PgType::Float4) {
        return Err(Error::unsupported(
            format!("{}() over {}", c.name, common.sql_name()),
            c.span,
            "compare with CASE, or cast to a type pgshim orders natively",
        ));
    }
    for (x, t) in c.args.iter_mut() {
        cx.coerce(x, t, common, c.span)?;
    }
    let f = match (c.name == "greatest", common == PgType::Numeric) {
        (true, false) => "pg_greatest",
        (false, false) => "pg_least",
        (true, true) => "pg_numeric_greatest",
        (false, true) => "pg_numeric_least",
    };
    replace(c, f, common)
}

/// `x ~ pattern`, `~*`, `!~`, `!~*`: POSIX regular expressions, with
/// PostgreSQL's defaults (`.` matches a newline; `^`/`$` anchor the
/// string); patterns the `regex` crate reads differently are refused at run
/// time with a message naming the construct.
pub(crate) fn regex_match(
    cx: &mut Cx,
    e: &mut Expr,
    op: &BinaryOperator,
    lt: Typed,
    rt: Typed,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::BinaryOp { left, right, .. } = e else {
        return Err(Error::Internal("regex_match on a non-binary node".into()));
    };
    for (side, t) in [(&mut **left, &lt), (&mut **right, &rt)] {
        if t.is_unknown() {
            cx.coerce(side, t, PgType::Text, span)?;
        } else if !t.ty.is_string() {
            return Err(super::operators::no_operator(
                lt.ty,
                &op.to_string(),
                rt.ty,
                span,
            ));
        }
    }
    let (insensitive, negated) = match op {
        BinaryOperator::PGRegexMatch => (false, false),
        BinaryOperator::PGRegexIMatch => (true, false),
        BinaryOperator::PGRegexNotMatch => (false, true),
        _ => (true, true),
    };
    let a = std::mem::replace(left.as_mut(), build::null());
    let b = std::mem::replace(right.as_mut(), build::null());
    let call = build::call(
        "pg_regex_match",
        vec![a, b, build::string(if insensitive { "i" } else { "" })],
    );
    *e = if negated {
        Expr::UnaryOp {
            op: UnaryOperator::Not,
            expr: Box::new(call),
        }
    } else {
        call
    };
    Ok(Typed::new(PgType::Bool))
}
