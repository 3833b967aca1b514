//! Operator rules: which PostgreSQL operator (`pg_operator` row) a binary
//! or unary expression means, chosen from its operand types, and the SQLite
//! expression that computes exactly that.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-math.html>,
//! <https://www.postgresql.org/docs/current/functions-comparison.html>,
//! <https://www.postgresql.org/docs/current/functions-logical.html>,
//! <https://www.postgresql.org/docs/current/typeconv-oper.html>

use sqlparser::ast::{BinaryOperator, Expr, UnaryOperator};

use super::expr::{Lit, Typed, is_comparison};
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;

/// The operators pgshim translates, as `(operator, left, right, result)`
/// rows in PostgreSQL's notation; docs/compatibility.md lists the same.
pub const SUPPORTED: &[(&str, &str)] = &[
    (
        "+ - * / %",
        "integer and double precision arithmetic, with PostgreSQL's overflow and division-by-zero errors",
    ),
    ("= <> != < <= > >=", "numbers, text, boolean"),
    ("AND OR NOT", "boolean"),
    ("||", "text with text, integer or boolean"),
    (
        "IS [NOT] NULL, IS [NOT] TRUE/FALSE/UNKNOWN, IS [NOT] DISTINCT FROM",
        "any supported type",
    ),
    (
        "[NOT] BETWEEN, [NOT] IN (list | subquery), EXISTS",
        "any comparable type",
    ),
    (
        "[NOT] LIKE [ESCAPE]",
        "text, case-sensitive, backslash escape by default",
    ),
    (
        "unary - +",
        "integer and double precision; unary - on interval",
    ),
    (
        "date ± integer, date - date, date ± interval, date + time",
        "date arithmetic (date results, integer days, timestamp results)",
    ),
    (
        "timestamp ± interval, timestamp - timestamp",
        "months clamp to the month's end; differences in days and hours",
    ),
    (
        "timestamptz ± interval, timestamptz - timestamptz",
        "months and days move the wall clock in the session zone, time units add elapsed time",
    ),
    (
        "interval ± interval, interval * / number, time ± interval, time - time",
        "PostgreSQL's field-wise arithmetic and fraction cascade",
    ),
    (
        "comparisons across date, timestamp, timestamptz; between intervals",
        "date and timestamp convert to timestamptz in the session zone; '1 day' = '24 hours'",
    ),
    (
        "(a, b) OVERLAPS (c, d)",
        "date/time periods, with PostgreSQL's NULL rules",
    ),
    (
        "x AT TIME ZONE zone",
        "timestamp ↔ timestamptz with abbreviations, IANA names and POSIX offsets",
    ),
];

/// `OPERATOR(pg_catalog.~)` (psql writes its catalog queries so): the
/// built-in operator it names, which is the one pgshim translates.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-expressions.html#SQL-EXPRESSIONS-OPERATOR-CALLS>
pub(crate) fn qualified_builtin(op: &BinaryOperator) -> Option<BinaryOperator> {
    let BinaryOperator::PGCustomBinaryOperator(parts) = op else {
        return None;
    };
    let [schema, sym] = parts.as_slice() else {
        return None;
    };
    if schema != "pg_catalog" {
        return None;
    }
    Some(match sym.as_str() {
        "=" => BinaryOperator::Eq,
        "<>" => BinaryOperator::NotEq,
        "<" => BinaryOperator::Lt,
        "<=" => BinaryOperator::LtEq,
        ">" => BinaryOperator::Gt,
        ">=" => BinaryOperator::GtEq,
        "+" => BinaryOperator::Plus,
        "-" => BinaryOperator::Minus,
        "*" => BinaryOperator::Multiply,
        "/" => BinaryOperator::Divide,
        "%" => BinaryOperator::Modulo,
        "||" => BinaryOperator::StringConcat,
        "~" => BinaryOperator::PGRegexMatch,
        "~*" => BinaryOperator::PGRegexIMatch,
        "!~" => BinaryOperator::PGRegexNotMatch,
        "!~*" => BinaryOperator::PGRegexNotIMatch,
        _ => return None,
    })
}

/// Binary operators. `e` is the `BinaryOp` node whose operands are already
/// typed and rewritten.
pub(crate) fn binary(
    cx: &mut Cx,
    e: &mut Expr,
    op: BinaryOperator,
    lt: Typed,
    rt: Typed,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::BinaryOp { left, right, .. } = e else {
        return Err(Error::Internal("binary() on a non-binary node".into()));
    };
    match op {
        BinaryOperator::And | BinaryOperator::Or => {
            let word = if op == BinaryOperator::And {
                "AND"
            } else {
                "OR"
            };
            cx.require_bool(left, &lt, word, span)?;
            cx.require_bool(right, &rt, word, span)?;
            Ok(Typed::new(PgType::Bool))
        }
        ref c if is_comparison(c) && (lt.ty.is_array() || rt.ty.is_array()) => {
            let null = lt.lit == Lit::Null || rt.lit == Lit::Null;
            super::arrays::comparison(cx, left, &lt, c, right, &rt, span)?;
            Ok(fold_null(e, null, Typed::new(PgType::Bool)))
        }
        ref c if is_comparison(c) => {
            let sym = c.to_string();
            let null = lt.lit == Lit::Null || rt.lit == Lit::Null;
            comparable(cx, left, lt, right, rt, &sym, span)?;
            Ok(fold_null(e, null, Typed::new(PgType::Bool)))
        }
        BinaryOperator::StringConcat if lt.ty.is_array() || rt.ty.is_array() => {
            let ty = if lt.ty.is_array() { lt.ty } else { rt.ty };
            *e = super::arrays::concat(cx, left, &lt, right, &rt, span)?;
            Ok(Typed::new(ty))
        }
        BinaryOperator::StringConcat => {
            let null = lt.lit == Lit::Null || rt.lit == Lit::Null;
            let t = concat(cx, e, lt, rt, span)?;
            Ok(fold_null(e, null, t))
        }
        BinaryOperator::PGRegexMatch
        | BinaryOperator::PGRegexIMatch
        | BinaryOperator::PGRegexNotMatch
        | BinaryOperator::PGRegexNotIMatch => super::strings::regex_match(cx, e, &op, lt, rt, span),
        BinaryOperator::Plus
        | BinaryOperator::Minus
        | BinaryOperator::Multiply
        | BinaryOperator::Divide
        | BinaryOperator::Modulo => {
            let null = lt.lit == Lit::Null || rt.lit == Lit::Null;
            let t = arithmetic(cx, e, op, lt, rt, span)?;
            Ok(fold_null(e, null, t))
        }
        BinaryOperator::BitwiseAnd | BinaryOperator::BitwiseOr => {
            let null = lt.lit == Lit::Null || rt.lit == Lit::Null;
            let t = bitwise(cx, left, &lt, right, &rt, &op, span)?;
            Ok(fold_null(e, null, t))
        }
        other => Err(Error::unsupported(format!("operator {other}"), span, "")),
    }
}

/// `a & b` and `a | b`: bitwise AND and OR of integers, of the wider
/// operand's type (`int2 & int4` is an int4, as the int2 is cast up to
/// the int4 operator's). They cannot overflow, so SQLite's 64-bit
/// operators answer each width exactly.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-OP-TABLE>
fn bitwise(
    cx: &mut Cx,
    left: &mut Expr,
    lt: &Typed,
    right: &mut Expr,
    rt: &Typed,
    op: &BinaryOperator,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let (l, r) = resolve_pair(cx, left, lt, right, rt, span, false)?;
    if !l.is_integer() || !r.is_integer() {
        return Err(no_operator(l, &op.to_string(), r, span));
    }
    let width = |t: PgType| match t {
        PgType::Int2 => 0,
        PgType::Int4 => 1,
        _ => 2,
    };
    Ok(Typed::new(if width(l) >= width(r) { l } else { r }))
}

/// Resolves an untyped side against the typed one, then checks that
/// PostgreSQL has a comparison operator for the pair.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/typeconv-oper.html>: an unknown
/// operand is assumed to be of the other operand's type; two unknowns are
/// text.
pub(crate) fn comparable(
    cx: &mut Cx,
    left: &mut Expr,
    lt: Typed,
    right: &mut Expr,
    rt: Typed,
    sym: &str,
    span: Option<SourceSpan>,
) -> Result<()> {
    // An integral numeric (extract(month FROM …)) against an integer
    // compares exactly as SQLite integers.
    if lt.integral || rt.integral {
        let fits = |t: &Typed, side: &mut Expr| -> bool {
            if t.integral || t.ty.is_integer() {
                return true;
            }
            if let Lit::Unknown(s) = &t.lit {
                if let Ok(v) = s.trim().parse::<i64>() {
                    *side = build::int(v);
                    return true;
                }
            }
            false
        };
        if fits(&lt, left) && fits(&rt, right) {
            return Ok(());
        }
    }
    let (l, r) = resolve_pair(cx, left, &lt, right, &rt, span, true)?;
    if l.is_temporal() || r.is_temporal() {
        return super::datetime::comparison(cx, left, l, right, r)
            .ok_or_else(|| no_operator(l, sym, r, span));
    }
    check_comparable(l, r, sym, span)?;
    if l == PgType::Numeric || r == PgType::Numeric {
        numeric_comparison(cx, left, l, right, r, span)?;
    }
    // An integer against a double: PostgreSQL casts the integer to double
    // precision (rounding bigints past 2^53); SQLite would compare exactly.
    if l.is_float() && r.is_integer() {
        let x = std::mem::replace(right, build::null());
        *right = build::sqlite_cast(x, "REAL");
    } else if r.is_float() && l.is_integer() {
        let x = std::mem::replace(left, build::null());
        *left = build::sqlite_cast(x, "REAL");
    }
    Ok(())
}

/// numeric against a number: with a float, PostgreSQL casts the numeric to
/// double precision (implicit cast); otherwise both compare as numerics
/// (`1.5 = 1.50`), through their order-preserving keys.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/typeconv-oper.html>
fn numeric_comparison(
    cx: &mut Cx,
    left: &mut Expr,
    l: PgType,
    right: &mut Expr,
    r: PgType,
    span: Option<SourceSpan>,
) -> Result<()> {
    let numeric = Typed::new(PgType::Numeric);
    if l.is_float() {
        return cx.coerce(right, &numeric, PgType::Float8, span);
    }
    if r.is_float() {
        return cx.coerce(left, &numeric, PgType::Float8, span);
    }
    super::datetime::keyed(left, PgType::Numeric);
    super::datetime::keyed(right, PgType::Numeric);
    Ok(())
}

/// Checks that `l sym r` exists for the supported types.
pub(crate) fn check_comparable(
    l: PgType,
    r: PgType,
    sym: &str,
    span: Option<SourceSpan>,
) -> Result<()> {
    let ok = (l.is_numeric_category() && r.is_numeric_category())
        || (l.is_string() && r.is_string())
        || (l == PgType::Bool && r == PgType::Bool)
        // "char" meets a string as text (its implicit cast), so the
        // comparison is text's.
        || ((l == PgType::Char || l.is_string()) && (r == PgType::Char || r.is_string()))
        || l == PgType::Unknown
        || r == PgType::Unknown;
    if l.is_temporal() || r.is_temporal() {
        return match super::datetime::common(l, r) {
            Some(_) => Ok(()),
            None => Err(no_operator(l, sym, r, span)),
        };
    }
    if ok {
        Ok(())
    } else {
        Err(no_operator(l, sym, r, span))
    }
}

/// Gives untyped operands a type from the other side; returns both types.
fn resolve_pair(
    cx: &mut Cx,
    left: &mut Expr,
    lt: &Typed,
    right: &mut Expr,
    rt: &Typed,
    span: Option<SourceSpan>,
    both_unknown_is_text: bool,
) -> Result<(PgType, PgType)> {
    let numeric_vs_float =
        |a: &Typed, b: &Typed| matches!(a.lit, Lit::Numeric(_)) && b.ty.is_float();
    // No operator takes varchar: its operand is read as text, and so is
    // an unknown (a `$n` beside a varchar column is a text parameter).
    let operand = |t: PgType| {
        if t == PgType::Varchar {
            PgType::Text
        } else {
            t
        }
    };
    match (lt.is_unknown(), rt.is_unknown()) {
        (true, false) => {
            let to = operand(rt.ty);
            cx.coerce(left, lt, to, span)?;
            Ok((to, rt.ty))
        }
        (false, true) => {
            let to = operand(lt.ty);
            cx.coerce(right, rt, to, span)?;
            Ok((lt.ty, to))
        }
        (true, true) if both_unknown_is_text => {
            cx.coerce(left, lt, PgType::Text, span)?;
            cx.coerce(right, rt, PgType::Text, span)?;
            Ok((PgType::Text, PgType::Text))
        }
        (true, true) => Err(Error::semantic_hint(
            "operator is not unique: unknown and unknown",
            span,
            "Could not choose a best candidate operator. You might need to add explicit type casts.",
        )),
        (false, false) => {
            if numeric_vs_float(lt, rt) {
                cx.coerce(left, lt, PgType::Float8, span)?;
                return Ok((PgType::Float8, rt.ty));
            }
            if numeric_vs_float(rt, lt) {
                cx.coerce(right, rt, PgType::Float8, span)?;
                return Ok((lt.ty, PgType::Float8));
            }
            Ok((lt.ty, rt.ty))
        }
    }
}

pub(crate) fn no_operator(l: PgType, sym: &str, r: PgType, span: Option<SourceSpan>) -> Error {
    Error::semantic_hint(
        format!(
            "operator does not exist: {} {sym} {}",
            l.sql_name(),
            r.sql_name()
        ),
        span,
        "No operator matches the given name and argument types. You might need to add explicit type casts.",
    )
}

/// `+ - * / %` on integers and double precision.
///
/// PostgreSQL computes `int4 + int4` as int4 and raises `integer out of
/// range` on overflow, raises `division by zero`, and rounds nothing:
/// integer division truncates toward zero, as SQLite's does. The result is
/// passed through `pg_int2()`/`pg_int4()`/`pg_int8()` range checks and
/// `pg_int_div()`/`pg_int_mod()`/`pg_float8_*()` so that every error
/// PostgreSQL raises is raised here too.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-OP-TABLE>
fn arithmetic(
    cx: &mut Cx,
    e: &mut Expr,
    op: BinaryOperator,
    lt: Typed,
    rt: Typed,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    if lt.ty.is_temporal() || rt.ty.is_temporal() {
        return super::datetime::arithmetic(cx, e, &op, lt, rt, span);
    }
    let Expr::BinaryOp { left, right, .. } = e else {
        return Err(Error::Internal("arithmetic() on a non-binary node".into()));
    };
    let sym = op.to_string();
    let (l, r) = resolve_pair(cx, left, &lt, right, &rt, span, false)?;
    // oid is in the numeric category but has no arithmetic operators.
    if l.is_oid() || r.is_oid() {
        return Err(no_operator(l, &sym, r, span));
    }
    if (l == PgType::Numeric || r == PgType::Numeric) && !(l.is_float() || r.is_float()) {
        return numeric_arithmetic(e, op, l, r, span);
    }
    if !(l.is_numeric_category() && r.is_numeric_category()) {
        // An untyped operand may resolve to a type pgshim does not model
        // (`NULL - 'k'::text` is jsonb's operator in PostgreSQL).
        if lt.is_unknown() || rt.is_unknown() {
            return Err(Error::unsupported(
                format!("operator {sym} with an untyped operand"),
                span,
                "add a cast to the untyped operand",
            ));
        }
        if l.is_temporal() || r.is_temporal() {
            return Err(Error::unsupported(
                format!("{} {sym} {}", l.sql_name(), r.sql_name()),
                span,
                "date/time arithmetic is not translated yet",
            ));
        }
        return Err(no_operator(l, &sym, r, span));
    }
    if l == PgType::Float4 || r == PgType::Float4 {
        return Err(Error::unsupported(
            "arithmetic on real (float4)",
            span,
            "cast to double precision (::float8)",
        ));
    }
    let a = std::mem::replace(left.as_mut(), build::null());
    let b = std::mem::replace(right.as_mut(), build::null());
    if l.is_float() || r.is_float() {
        let f = match op {
            BinaryOperator::Plus => "pg_float8_pl",
            BinaryOperator::Minus => "pg_float8_mi",
            BinaryOperator::Multiply => "pg_float8_mul",
            BinaryOperator::Divide => "pg_float8_div",
            _ => return Err(no_operator(l, &sym, r, span)),
        };
        *e = build::call(f, vec![a, b]);
        return Ok(Typed::new(PgType::Float8));
    }
    let result = if l == PgType::Int8 || r == PgType::Int8 {
        PgType::Int8
    } else if l == PgType::Int4 || r == PgType::Int4 {
        PgType::Int4
    } else {
        PgType::Int2
    };
    let bits = match result {
        PgType::Int2 => 16,
        PgType::Int4 => 32,
        _ => 64,
    };
    *e = match op {
        BinaryOperator::Divide => build::call("pg_int_div", vec![a, b, build::int(bits)]),
        BinaryOperator::Modulo => build::call("pg_int_mod", vec![a, b]),
        _ => {
            let raw = Expr::BinaryOp {
                left: Box::new(a),
                op,
                right: Box::new(b),
            };
            build::call(range_fn(result), vec![raw])
        }
    };
    Ok(Typed::new(result))
}

/// The range-check function for an integer type.
pub(crate) fn range_fn(t: PgType) -> &'static str {
    match t {
        PgType::Int2 => "pg_int2",
        PgType::Int4 => "pg_int4",
        _ => "pg_int8",
    }
}

/// `||`: PostgreSQL's `textcat` and `anynonarray || text`, where the
/// non-text side is converted with its output function (`true`, not `1`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-string.html>
fn concat(
    cx: &mut Cx,
    e: &mut Expr,
    lt: Typed,
    rt: Typed,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::BinaryOp { left, right, .. } = e else {
        return Err(Error::Internal("concat() on a non-binary node".into()));
    };
    let l_text = lt.ty.is_string() || lt.is_unknown();
    let r_text = rt.ty.is_string() || rt.is_unknown();
    if !l_text && !r_text {
        return Err(no_operator(lt.ty, "||", rt.ty, span));
    }
    for (side, t) in [(&mut **left, &lt), (&mut **right, &rt)] {
        if t.is_unknown() {
            cx.coerce(side, t, PgType::Text, span)?;
        } else if t.ty.is_temporal() {
            let inner = std::mem::replace(side, build::null());
            *side = super::datetime::convert(cx, inner, t.ty, PgType::Text)
                .ok_or_else(|| Error::Internal("date/time to text".into()))?;
        } else if !t.ty.is_string() {
            let inner = std::mem::replace(side, build::null());
            *side = super::casts::to_text(inner, t.ty, span)?;
        }
    }
    Ok(Typed::new(PgType::Text))
}

/// Unary `-`, `+` and `NOT`.
pub(crate) fn unary(
    cx: &mut Cx,
    e: &mut Expr,
    op: UnaryOperator,
    t: Typed,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::UnaryOp { expr: inner, .. } = e else {
        return Err(Error::Internal("unary() on a non-unary node".into()));
    };
    match op {
        UnaryOperator::Not => {
            cx.require_bool(inner, &t, "NOT", span)?;
            Ok(Typed::new(PgType::Bool))
        }
        UnaryOperator::Minus | UnaryOperator::Plus => {
            let neg = op == UnaryOperator::Minus;
            match &t.lit {
                // PostgreSQL's grammar folds a sign into a numeric constant.
                Lit::Int(i) => {
                    let v = if neg { -*i } else { *i };
                    *e = build::int(v);
                    let ty = if i32::try_from(*i).is_ok() {
                        PgType::Int4
                    } else {
                        PgType::Int8
                    };
                    return Ok(Typed {
                        ty,
                        col: t.col,
                        lit: Lit::Int(v),
                        integral: false,
                        typmod: crate::types::typmod::NONE,
                        not_null: false,
                    });
                }
                Lit::Numeric(s) => {
                    let s = match (neg, s.strip_prefix('-')) {
                        (true, Some(pos)) => pos.to_string(),
                        (true, None) => format!("-{s}"),
                        (false, _) => s.clone(),
                    };
                    *e = super::expr::numeric_constant(&s, span)?;
                    return Ok(Typed {
                        ty: PgType::Numeric,
                        col: t.col,
                        lit: Lit::Numeric(s),
                        integral: false,
                        typmod: crate::types::typmod::NONE,
                        not_null: false,
                    });
                }
                _ => {}
            }
            if t.is_unknown() {
                return Err(Error::semantic_hint(
                    "operator is not unique: - unknown",
                    span,
                    "add a cast",
                ));
            }
            if t.ty.is_integer() {
                if neg {
                    let x = std::mem::replace(inner.as_mut(), build::null());
                    let negated = Expr::UnaryOp {
                        op: UnaryOperator::Minus,
                        expr: Box::new(x),
                    };
                    *e = build::call(range_fn(t.ty), vec![negated]);
                }
                Ok(Typed::new(t.ty))
            } else if t.ty == PgType::Float8 {
                // SQLite negates as 0 - x, which loses -0 (PostgreSQL prints
                // `-0`).
                if neg {
                    let x = std::mem::replace(inner.as_mut(), build::null());
                    *e = build::call("pg_float8_um", vec![x]);
                }
                Ok(Typed::new(t.ty))
            } else if t.ty == PgType::Time && neg {
                // time has no unary minus; PostgreSQL casts it to interval.
                let x = std::mem::replace(inner.as_mut(), build::null());
                let iv = super::datetime::convert(cx, x, PgType::Time, PgType::Interval)
                    .ok_or_else(|| Error::Internal("time to interval".into()))?;
                *e = super::datetime::negate(iv);
                Ok(Typed::new(PgType::Interval))
            } else if t.ty == PgType::Interval {
                if neg {
                    let x = std::mem::replace(inner.as_mut(), build::null());
                    *e = super::datetime::negate(x);
                }
                Ok(Typed::new(t.ty))
            } else if t.ty == PgType::Numeric {
                if neg {
                    let x = std::mem::replace(inner.as_mut(), build::null());
                    *e = build::call("pg_numeric_um", vec![x]);
                }
                Ok(Typed::new(t.ty))
            } else {
                Err(Error::semantic(
                    format!(
                        "operator does not exist: {}{}",
                        if neg { "- " } else { "+ " },
                        t.ty.sql_name()
                    ),
                    span,
                ))
            }
        }
        other => Err(Error::unsupported(
            format!("prefix operator {other}"),
            span,
            "",
        )),
    }
}

/// `+ - * / %` with a numeric operand (and no float): exact, at
/// PostgreSQL's result scales (`numeric_add`, `numeric_mul`, `numeric_div`
/// with `select_div_scale`, `numeric_mod`); integers convert implicitly.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-OP-TABLE>
fn numeric_arithmetic(
    e: &mut Expr,
    op: BinaryOperator,
    l: PgType,
    r: PgType,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::BinaryOp { left, right, .. } = e else {
        return Err(Error::Internal(
            "numeric arithmetic on a non-binary node".into(),
        ));
    };
    if !(l.is_numeric_category() && r.is_numeric_category()) {
        return Err(no_operator(l, &op.to_string(), r, span));
    }
    if l == PgType::Float4 || r == PgType::Float4 {
        return Err(Error::unsupported(
            "arithmetic on real (float4)",
            span,
            "cast to double precision (::float8)",
        ));
    }
    let f = match op {
        BinaryOperator::Plus => "pg_numeric_pl",
        BinaryOperator::Minus => "pg_numeric_mi",
        BinaryOperator::Multiply => "pg_numeric_mul",
        BinaryOperator::Divide => "pg_numeric_div",
        BinaryOperator::Modulo => "pg_numeric_mod",
        _ => return Err(no_operator(l, &op.to_string(), r, span)),
    };
    let a = std::mem::replace(left.as_mut(), build::null());
    let b = std::mem::replace(right.as_mut(), build::null());
    *e = build::call(f, vec![a, b]);
    Ok(Typed::new(PgType::Numeric))
}

/// A strict operator with a NULL constant operand is NULL without
/// evaluating the other operand, as PostgreSQL's planner folds it (so
/// `NULL < 'abc'::interval` is NULL, not an input error); the result is a
/// NULL constant again, so enclosing operators fold too.
fn fold_null(e: &mut Expr, null_operand: bool, t: Typed) -> Typed {
    if !null_operand {
        return t;
    }
    *e = build::null();
    Typed {
        lit: Lit::Null,
        ..t
    }
}
