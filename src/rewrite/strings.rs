//! String function and operator rules: which PostgreSQL string operation
//! applies; `runtime/strings.rs` implements them (C collation: ASCII-only
//! case mapping, characters not bytes).
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions-string.html>,
//! <https://www.postgresql.org/docs/current/functions-matching.html>

use sqlparser::ast::{BinaryOperator, Expr};

use super::expr::{Lit, Typed};
use super::functions::{Call, no_function};
use super::naming::ColName;
use super::scope::Scope;
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

/// Replaces the call with `f(args…)` of type `ty`.
pub(crate) fn emit_call(c: &mut Call, f: &str, ty: PgType) -> Result<Typed> {
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
    emit_call(c, "pg_split_part", PgType::Text)
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
    emit_call(c, f, PgType::Text)
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
    emit_call(c, f, PgType::Text)
}

/// `initcap(string)`: ASCII words capitalized, as under the C locale.
pub(crate) fn initcap(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 1)?;
    want_text(cx, c, 0)?;
    emit_call(c, "pg_initcap", PgType::Text)
}

/// `strpos(string, substring)`: 1-based character position, 0 if absent.
pub(crate) fn strpos(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 2)?;
    want_text(cx, c, 0)?;
    want_text(cx, c, 1)?;
    emit_call(c, "pg_strpos", PgType::Int4)
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
    let m = super::expr::common_typmod(common, types.iter().map(|t| (t.ty, t.typmod)));
    Ok(emit_call(c, f, common)?.with_typmod(m))
}

/// `x ~ pattern`, `~*`, `!~`, `!~*`: POSIX regular expressions, with
/// PostgreSQL's defaults (`.` matches a newline; `^`/`$` anchor the
/// string; `~*` folds ASCII letters only, as the C collation), translated
/// for the `regex` crate by `runtime::strings::are`; constructs it cannot
/// translate are refused (a constant pattern when the statement is
/// translated, others at run time) with a message naming the construct.
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
    check_pattern(&rt, insensitive, None, span)?;
    let a = std::mem::replace(left.as_mut(), build::null());
    let b = std::mem::replace(right.as_mut(), build::null());
    let call = build::call(
        "pg_regex_match",
        vec![a, b, build::string(if insensitive { "i" } else { "" })],
    );
    *e = build::not_if(negated, call);
    Ok(Typed::new(PgType::Bool))
}

/// `function name(types) does not exist`, PostgreSQL's message for a call
/// no signature accepts (types as written, before any coercion).
fn no_such(name: &str, types: &[PgType], span: Option<SourceSpan>) -> Error {
    let types: Vec<&str> = types.iter().map(|t| t.sql_name()).collect();
    Error::semantic_hint(
        format!("function {name}({}) does not exist", types.join(", ")),
        span,
        "No function matches the given name and argument types. You might need to add explicit type casts.",
    )
}

/// Checks a constant pattern when the statement is translated, so that a
/// pattern pgshim cannot run exactly is refused before anything runs;
/// `spans_for` names the function when the matched text matters
/// (`substring`, `regexp_replace`), not just whether it matches.
fn check_pattern(
    t: &Typed,
    fold: bool,
    spans_for: Option<&str>,
    span: Option<SourceSpan>,
) -> Result<()> {
    let Lit::Unknown(p) = &t.lit else {
        return Ok(());
    };
    use crate::runtime::strings::are;
    let translated = are::translate(p, fold).map_err(|r| match r {
        are::Refusal::Invalid(m) => {
            Error::semantic(format!("invalid regular expression: {m}"), span)
        }
        are::Refusal::Unsupported(what) => Error::unsupported(
            format!("regular expression feature {what}"),
            span,
            "the regex crate has no such construct; rewrite the pattern or match in the application",
        ),
    })?;
    if let (Some(f), Err(why)) = (spans_for, translated.spans) {
        return Err(Error::unsupported(
            format!("{f}() with a pattern that has {why}"),
            span,
            "PostgreSQL picks the longest match there and the regex crate the first; make each \
             repetition stop at a character that cannot continue it",
        ));
    }
    Ok(())
}

/// Types `x` as a string argument (an untyped literal is text).
fn text_operand(cx: &mut Cx, x: &mut Expr, t: &Typed, span: Option<SourceSpan>) -> Result<bool> {
    if t.is_unknown() {
        cx.coerce(x, t, PgType::Text, span)?;
        return Ok(true);
    }
    Ok(t.ty.is_string())
}

/// Types `x` as an `integer` argument (int2 and untyped literals convert).
fn int_operand(cx: &mut Cx, x: &mut Expr, t: &Typed, span: Option<SourceSpan>) -> Result<bool> {
    if t.is_unknown() {
        cx.coerce(x, t, PgType::Int4, span)?;
        return Ok(true);
    }
    Ok(matches!(t.ty, PgType::Int2 | PgType::Int4))
}

/// `substring(s FROM start FOR count)`, `substring(s, start [, count])`,
/// `substr(s, start [, count])`: characters, 1-based; a start before the
/// string still counts towards `count`; a negative count is PostgreSQL's
/// `negative substring length not allowed`. `substring(s FROM pattern)`
/// (a text FROM and no FOR) is the POSIX regular expression form: the first
/// parenthesized group's text, or the whole match. The SQL `SIMILAR` form
/// (`FROM pattern FOR escape`) is refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-string.html#FUNCTIONS-STRING-SQL>,
/// <https://www.postgresql.org/docs/current/functions-matching.html#FUNCTIONS-POSIX-REGEXP>
///
/// `substring(name FROM 2 FOR 3)` → `pg_substr("name", 2, 3)`;
/// `substring(email FROM '@(.*)$')` → `pg_regex_substring("email", '@(.*)$')`.
pub(crate) fn substring(
    cx: &mut Cx,
    e: &mut Expr,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::Substring {
        expr: x,
        substring_from,
        substring_for,
        special,
        shorthand,
    } = e
    else {
        return Err(Error::Internal("substring() on another node".into()));
    };
    let name = if *shorthand { "substr" } else { "substring" };
    if *shorthand && !*special {
        return Err(Error::unsupported(
            "SUBSTR(… FROM …)",
            span,
            "PostgreSQL has no such syntax: write substr(s, start, count) or substring(s FROM start FOR count)",
        ));
    }
    // The SQL syntax calls pg_catalog.substring (PostgreSQL's messages say so).
    let shown = if *special {
        name.to_string()
    } else {
        format!("pg_catalog.{name}")
    };
    let xt = cx.expr(x, scope)?;
    let ft = match substring_from.as_deref_mut() {
        Some(f) => Some(cx.expr(f, scope)?),
        None => None,
    };
    let nt = match substring_for.as_deref_mut() {
        Some(n) => Some(cx.expr(n, scope)?),
        None => None,
    };
    let mut types = vec![xt.ty];
    types.extend(ft.iter().map(|t| t.ty));
    types.extend(nt.iter().map(|t| t.ty));
    let null = [Some(&xt), ft.as_ref(), nt.as_ref()]
        .into_iter()
        .flatten()
        .any(|t| t.lit == Lit::Null);
    if !text_operand(cx, x, &xt, span)? {
        return Err(no_such(&shown, &types, span));
    }
    let stringy = |t: &Option<Typed>| {
        t.as_ref()
            .is_some_and(|t| t.ty.is_string() || (t.is_unknown() && t.lit != Lit::Null))
    };
    let known_int = |t: &Option<Typed>| t.as_ref().is_some_and(|t| t.ty.is_integer());
    // Which signature PostgreSQL resolves: an untyped argument prefers the
    // string category unless a typed integer rules the text ones out.
    let pattern = name == "substring"
        && ft.is_some()
        && (ft.as_ref().is_some_and(|t| t.ty.is_string()) || (stringy(&ft) && !known_int(&nt)));
    if pattern && nt.is_some() {
        return Err(Error::unsupported(
            "SUBSTRING(… SIMILAR/FROM pattern FOR escape) (SQL regular expressions)",
            span,
            "use the POSIX form substring(s FROM 'pattern'), or regexp_replace",
        ));
    }
    let mut args = vec![std::mem::replace(x.as_mut(), build::null())];
    if pattern {
        let (Some(f), Some(t)) = (substring_from.as_deref_mut(), ft.as_ref()) else {
            return Err(Error::Internal("substring pattern".into()));
        };
        check_pattern(t, false, Some("substring"), span)?;
        text_operand(cx, f, t, span)?;
        args.push(std::mem::replace(f, build::null()));
        let call = build::call("pg_regex_substring", args);
        return Ok(finish(e, call, null, name));
    }
    match (substring_from.as_deref_mut(), ft.as_ref()) {
        (Some(f), Some(t)) => {
            if !int_operand(cx, f, t, span)? {
                return Err(no_such(&shown, &types, span));
            }
            args.push(std::mem::replace(f, build::null()));
        }
        _ => args.push(build::int(1)),
    }
    if let (Some(n), Some(t)) = (substring_for.as_deref_mut(), nt.as_ref()) {
        if !int_operand(cx, n, t, span)? {
            return Err(no_such(&shown, &types, span));
        }
        args.push(std::mem::replace(n, build::null()));
    }
    let call = build::call("pg_substr", args);
    Ok(finish(e, call, null, name))
}

/// Replaces `e` with `call` (or NULL when a strict function has a NULL
/// constant argument, as PostgreSQL's planner folds it): a text result
/// named after the function.
fn finish(e: &mut Expr, call: Expr, null: bool, name: &str) -> Typed {
    let mut t = Typed::named(PgType::Text, ColName::strong(name));
    if null {
        *e = build::null();
        t.lit = Lit::Null;
    } else {
        *e = call;
    }
    t
}

/// `trim([LEADING | TRAILING | BOTH] [characters] FROM string)` and
/// `trim(string, characters)`: PostgreSQL's `btrim`, `ltrim`, `rtrim`
/// (named so), characters a space by default.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-string.html#FUNCTIONS-STRING-SQL>
///
/// `trim(LEADING '0' FROM code)` → `pg_trim("code", '0', 'l')`.
pub(crate) fn trim_syntax(
    cx: &mut Cx,
    e: &mut Expr,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::Trim {
        trim_where,
        trim_what,
        expr: x,
        trim_characters,
    } = e
    else {
        return Err(Error::Internal("trim() on another node".into()));
    };
    use sqlparser::ast::TrimWhereField;
    let (name, mode) = match trim_where {
        Some(TrimWhereField::Leading) => ("ltrim", "l"),
        Some(TrimWhereField::Trailing) => ("rtrim", "r"),
        _ => ("btrim", "b"),
    };
    let chars: Option<&mut Expr> = match (trim_what.as_deref_mut(), trim_characters.as_mut()) {
        (Some(w), None) => Some(w),
        (None, Some(list)) if list.len() == 1 => list.first_mut(),
        (None, None) => None,
        _ => {
            return Err(Error::unsupported(
                "TRIM with several character lists",
                span,
                "write btrim(string, characters)",
            ));
        }
    };
    let xt = cx.expr(x, scope)?;
    let mut operands = vec![(std::mem::replace(x.as_mut(), build::null()), xt)];
    if let Some(c) = chars {
        let ct = cx.expr(c, scope)?;
        operands.push((std::mem::replace(c, build::null()), ct));
    }
    trim_call(
        cx,
        e,
        operands,
        name,
        mode,
        &format!("pg_catalog.{name}"),
        span,
    )
}

/// The shared part of `trim(…)` and `btrim`/`ltrim`/`rtrim(…)`.
fn trim_call(
    cx: &mut Cx,
    e: &mut Expr,
    mut operands: Vec<(Expr, Typed)>,
    name: &str,
    mode: &str,
    shown: &str,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let types: Vec<PgType> = operands.iter().map(|(_, t)| t.ty).collect();
    let null = operands.iter().any(|(_, t)| t.lit == Lit::Null);
    for (x, t) in operands.iter_mut() {
        if !text_operand(cx, x, t, span)? {
            return Err(no_such(shown, &types, span));
        }
    }
    let mut args: Vec<Expr> = operands.into_iter().map(|(x, _)| x).collect();
    if args.len() == 1 {
        args.push(build::string(" "));
    }
    args.push(build::string(mode));
    Ok(finish(e, build::call("pg_trim", args), null, name))
}

/// `btrim(string [, characters])`, `ltrim(…)`, `rtrim(…)`.
pub(crate) fn trim_fn(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !(1..=2).contains(&c.args.len()) || c.star {
        return Err(no_function(c));
    }
    let mode = match c.name.as_str() {
        "ltrim" => "l",
        "rtrim" => "r",
        _ => "b",
    };
    let mut e = build::null();
    let name = c.name.clone();
    let operands = std::mem::take(&mut c.args);
    let t = trim_call(cx, &mut e, operands, &name, mode, &name, c.span)?;
    c.replace = Some(e);
    Ok(t)
}

/// Makes every argument text, or fails as PostgreSQL does.
fn all_text(cx: &mut Cx, c: &mut Call, n: usize) -> Result<()> {
    check_arity(c, n)?;
    let types: Vec<PgType> = c.args.iter().map(|(_, t)| t.ty).collect();
    let span = c.span;
    for (x, t) in c.args.iter_mut() {
        if !text_operand(cx, x, t, span)? {
            return Err(no_such(&c.name, &types, span));
        }
    }
    Ok(())
}

/// `replace(string, from, to)`: every occurrence of `from` (none when it is
/// empty) replaced.
pub(crate) fn replace_fn(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    all_text(cx, c, 3)?;
    emit_call(c, "pg_replace", PgType::Text)
}

/// `reverse(string)`, by characters.
pub(crate) fn reverse(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    all_text(cx, c, 1)?;
    emit_call(c, "pg_reverse", PgType::Text)
}

/// `repeat(string, n)`: empty for n ≤ 0; `requested length too large`
/// past PostgreSQL's 1 GB limit.
pub(crate) fn repeat(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 2)?;
    want_text(cx, c, 0)?;
    want_int(cx, c, 1)?;
    emit_call(c, "pg_repeat", PgType::Text)
}

/// `starts_with(string, prefix)`: boolean, bytewise (the C collation).
pub(crate) fn starts_with(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    all_text(cx, c, 2)?;
    emit_call(c, "pg_starts_with", PgType::Bool)
}

/// `octet_length(string)`: its UTF-8 bytes.
pub(crate) fn octet_length(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    all_text(cx, c, 1)?;
    emit_call(c, "pg_octet_length", PgType::Int4)
}

/// `chr(n)`: the character with code point n; PostgreSQL's errors for 0,
/// negatives, surrogates and numbers past U+10FFFF.
pub(crate) fn chr(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    check_arity(c, 1)?;
    want_int(cx, c, 0)?;
    emit_call(c, "pg_chr", PgType::Text)
}

/// `ascii(string)`: the first character's code point (0 for `''`).
pub(crate) fn ascii(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    all_text(cx, c, 1)?;
    emit_call(c, "pg_ascii", PgType::Int4)
}

/// `md5(string)`: the MD5 digest of its UTF-8 bytes, 32 lower-case hex
/// digits.
pub(crate) fn md5(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    all_text(cx, c, 1)?;
    emit_call(c, "pg_md5", PgType::Text)
}

/// `regexp_replace(source, pattern, replacement [, flags])`: flags `g`
/// (every match), `i`/`c` (ASCII case folding on/off); `\1`…`\9` and `\&`
/// in the replacement. Patterns whose matched text PostgreSQL could pick
/// differently from the regex crate are refused (see `runtime::strings::are`);
/// PostgreSQL 15's start-position forms (an integer fourth argument) too.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-matching.html#FUNCTIONS-POSIX-REGEXP>
///
/// `regexp_replace(phone, '[^0-9]+', '', 'g')` → `pg_regexp_replace("phone", '[^0-9]+', '', 'g')`.
pub(crate) fn regexp_replace(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !(3..=4).contains(&c.args.len()) || c.star {
        if c.args.len() > 4 {
            return Err(Error::unsupported(
                "regexp_replace with a start position",
                c.span,
                "use the (source, pattern, replacement [, flags]) form",
            ));
        }
        return Err(no_function(c));
    }
    if c.args.len() == 4 && c.args[3].1.ty.is_integer() {
        return Err(Error::unsupported(
            "regexp_replace with a start position",
            c.span,
            "use the (source, pattern, replacement [, flags]) form",
        ));
    }
    let flags = match c.args.get(3).map(|(_, t)| &t.lit) {
        Some(Lit::Unknown(f)) => Some(f.clone()),
        Some(_) => None,
        None => Some(String::new()),
    };
    let mut fold = None;
    if let Some(f) = &flags {
        let mut global_fold = false;
        for ch in f.chars() {
            match ch {
                'i' => global_fold = true,
                'c' => global_fold = false,
                'g' | 's' | 't' => {}
                'b' | 'e' | 'm' | 'n' | 'p' | 'q' | 'w' | 'x' => {
                    return Err(Error::unsupported(
                        format!("regular expression option \"{ch}\""),
                        c.span,
                        "the flags g, i and c are translated",
                    ));
                }
                _ => {
                    return Err(Error::semantic(
                        format!("invalid regular expression option: \"{ch}\""),
                        c.span,
                    ));
                }
            }
        }
        fold = Some(global_fold);
    }
    if let Some(fold) = fold {
        check_pattern(&c.args[1].1, fold, Some("regexp_replace"), c.span)?;
    }
    let n = c.args.len();
    all_text(cx, c, n)?;
    if n == 3 {
        c.args.push((build::string(""), Typed::new(PgType::Text)));
    }
    emit_call(c, "pg_regexp_replace", PgType::Text)
}

/// `x COLLATE "C"`, `COLLATE "POSIX"`, `COLLATE ucs_basic` and `COLLATE
/// "default"` (also `pg_catalog."C"`, `pg_catalog.default`, as psql writes
/// it): pgshim already compares text bytewise, as these collations do (the
/// database default being C, the one collation pgshim's databases have),
/// so the clause goes away; the expression keeps its type
/// (an untyped literal stays untyped) and its column name. Other
/// collations are refused.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/collation.html#COLLATION-MANAGING-STANDARD>
///
/// # Differences
/// Two different explicit collations meeting in one operation (`a COLLATE
/// "C" < b COLLATE "POSIX"`) are PostgreSQL's `collation mismatch` error;
/// pgshim compares them.
pub(crate) fn collate(
    cx: &mut Cx,
    e: &mut Expr,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::Collate { expr: x, collation } = e else {
        return Err(Error::Internal("collate() on another node".into()));
    };
    let parts = &collation.0;
    let name = super::expr::last_name(parts);
    let qualified_ok = parts.len() == 1
        || (parts.len() == 2 && super::expr::last_name(&parts[..1]) == "pg_catalog");
    if !qualified_ok || !matches!(name.as_str(), "C" | "POSIX" | "ucs_basic" | "default") {
        return Err(Error::unsupported(
            format!("COLLATE {collation}"),
            span,
            "pgshim compares text bytewise: COLLATE \"C\", \"POSIX\", ucs_basic and \"default\" are translated",
        ));
    }
    let t = cx.expr(x, scope)?;
    if !t.is_unknown() && !t.ty.is_string() {
        return Err(Error::semantic(
            format!("collations are not supported by type {}", t.ty.sql_name()),
            span,
        ));
    }
    *e = std::mem::replace(x.as_mut(), build::null());
    Ok(t)
}
