//! Array rules: one-dimensional arrays of the scalar types pgshim has,
//! kept as PostgreSQL's array text (`{1,2,NULL}`, `[0:1]={2,1}` when the
//! first subscript is not 1), which `runtime/arrays.rs` reads and writes.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/arrays.html>,
//! <https://www.postgresql.org/docs/current/functions-array.html>

use sqlparser::ast::{BinaryOperator, Expr};

use super::expr::{Lit, Typed};
use super::functions::{Call, no_function};
use super::naming::ColName;
use super::scope::Scope;
use super::strings::emit_call;
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;

/// The runtime's name for arrays of `elem` (see `runtime/arrays.rs`).
pub(crate) fn kind_of(elem: PgType) -> Option<&'static str> {
    Some(match elem {
        PgType::Int2 => "int2",
        PgType::Int4 => "int4",
        PgType::Int8 => "int8",
        PgType::Float8 => "float",
        PgType::Numeric => "numeric",
        PgType::Bool => "bool",
        PgType::Text | PgType::Varchar => "text",
        PgType::Oid => "oid",
        PgType::Name => "name",
        PgType::Char => "char",
        PgType::Aclitem => "aclitem",
        _ => return None,
    })
}

/// The element kind of the array type `ty`.
fn kind_of_array(ty: PgType, span: Option<SourceSpan>) -> Result<&'static str> {
    ty.element().and_then(kind_of).ok_or_else(|| {
        Error::unsupported(
            format!("values of type {}", ty.sql_name()),
            span,
            "arrays of integers, oid, double precision, numeric, boolean, text, varchar, name and \"char\" are translated",
        )
    })
}

fn unsupported_element(elem: PgType, span: Option<SourceSpan>) -> Error {
    Error::unsupported(
        format!("arrays of {}", elem.sql_name()),
        span,
        "arrays of integers, oid, double precision, numeric, boolean, text, varchar, name and \"char\" are translated",
    )
}

/// An untyped literal read as an array of `ty` (`'{1,2}'::int[]`): each
/// element through the element type's input function at translation, as
/// PostgreSQL reads a constant, printed back as `array_out` prints it.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO>
pub(crate) fn fold_literal(s: &str, ty: PgType, span: Option<SourceSpan>) -> Result<Expr> {
    let elem = ty
        .element()
        .ok_or_else(|| Error::Internal("not an array".into()))?;
    kind_of(elem).ok_or_else(|| unsupported_element(elem, span))?;
    crate::types::array::array_in(elem, s)
        .map(|t| build::string(&t))
        .map_err(|m| Error::semantic(m, span))
}

/// A cast of a value to an array type: text is read by `array_in`; an
/// array of the same element storage is itself.
pub(crate) fn cast_to_array(
    inner: Expr,
    from: PgType,
    to: PgType,
    span: Option<SourceSpan>,
) -> Result<Expr> {
    let kind = kind_of_array(to, span)?;
    if from.is_string() {
        return Ok(build::call("pg_array_in", vec![inner, build::string(kind)]));
    }
    if from == to
        || (from.is_array() && kind_of_array(from, span).ok() == Some(kind) && kind == "text")
    {
        return Ok(inner);
    }
    // PostgreSQL's int2[] of an int2vector keeps its subscripts from 0.
    if from == PgType::Int2vector && to == PgType::Int2Array {
        return Ok(build::call("pg_int2vector_int2_array", vec![inner]));
    }
    Err(Error::unsupported(
        format!("a cast from {} to {}", from.sql_name(), to.sql_name()),
        span,
        "casts between text and arrays are translated",
    ))
}

/// `ARRAY[a, b, …]`: the elements' common type (untyped literals take
/// the others' type, all untyped are text); an empty `ARRAY[]` needs a
/// cast, as in PostgreSQL.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-expressions.html#SQL-SYNTAX-ARRAY-CONSTRUCTORS>
pub(crate) fn constructor(
    cx: &mut Cx,
    e: &mut Expr,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::Array(arr) = e else {
        return Err(Error::Internal("constructor() on another node".into()));
    };
    if arr.elem.is_empty() {
        return Err(Error::semantic_hint(
            "cannot determine type of empty array",
            span,
            "Explicitly cast to the desired type, for example ARRAY[]::integer[].",
        ));
    }
    let mut typed = Vec::new();
    for x in arr.elem.iter_mut() {
        if matches!(x, Expr::Array(_)) {
            return Err(Error::unsupported(
                "multidimensional ARRAY[…]",
                span,
                "pgshim has one-dimensional arrays",
            ));
        }
        let t = cx.expr(x, scope)?;
        typed.push((std::mem::replace(x, build::null()), t));
    }
    let elem = common_type(&typed, span)?;
    let kind = kind_of(elem).ok_or_else(|| unsupported_element(elem, span))?;
    let mut args = vec![build::string(kind)];
    for (mut x, t) in typed {
        if t.ty != elem || t.lit != Lit::No {
            cx.coerce(&mut x, &t, elem, span)?;
        }
        args.push(x);
    }
    *e = build::call("pg_array_make", args);
    let ty = elem
        .array_of()
        .ok_or_else(|| unsupported_element(elem, span))?;
    Ok(Typed {
        col: ColName::strong("array"),
        ..Typed::new(ty)
    })
}

/// The common type of an ARRAY[…]'s elements (PostgreSQL's
/// `select_common_type`, for the types pgshim has arrays of).
fn common_type(typed: &[(Expr, Typed)], span: Option<SourceSpan>) -> Result<PgType> {
    let mut known: Option<PgType> = None;
    for (_, t) in typed {
        if t.is_unknown() || t.lit == Lit::Null {
            continue;
        }
        known = Some(match known {
            None => t.ty,
            Some(k) if k == t.ty => k,
            Some(k) if k.is_integer() && t.ty.is_integer() => {
                if super::casts::bits_of(k) >= super::casts::bits_of(t.ty) {
                    k
                } else {
                    t.ty
                }
            }
            Some(k) if k.is_numeric_category() && t.ty.is_numeric_category() => {
                if k.is_float() || t.ty.is_float() {
                    PgType::Float8
                } else {
                    PgType::Numeric
                }
            }
            Some(k) if k.is_string() && t.ty.is_string() => PgType::Text,
            Some(k) => {
                return Err(Error::semantic(
                    format!(
                        "ARRAY types {} and {} cannot be matched",
                        k.sql_name(),
                        t.ty.sql_name()
                    ),
                    span,
                ));
            }
        });
    }
    Ok(known.unwrap_or(PgType::Text))
}

/// `ARRAY(subquery)`: the subquery's one column, its rows in the
/// subquery's order, as an array; no rows give an empty array (not NULL).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-expressions.html#SQL-SYNTAX-ARRAY-CONSTRUCTORS>
pub(crate) fn subquery(
    cx: &mut Cx,
    e: &mut Expr,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::Function(f) = e else {
        return Err(Error::Internal("subquery() on another node".into()));
    };
    let sqlparser::ast::FunctionArguments::Subquery(q) = &mut f.args else {
        return Err(Error::Internal("ARRAY without a subquery".into()));
    };
    let out = cx.query(q, Some(scope))?;
    let q = std::mem::replace(q.as_mut(), super::empty_query());
    let [col] = out.as_slice() else {
        return Err(Error::semantic(
            "subquery must return only one column",
            span,
        ));
    };
    let elem = if col.ty == PgType::Unknown {
        PgType::Text
    } else {
        col.ty
    };
    let kind = kind_of(elem).ok_or_else(|| unsupported_element(elem, span))?;
    let ty = elem
        .array_of()
        .ok_or_else(|| unsupported_element(elem, span))?;
    // The rows come from the subquery in its order (a LIMIT keeps SQLite
    // from dropping an inner ORDER BY).
    let sql = format!(
        "(SELECT coalesce(pg_array_agg_{agg}(pgshim_array.\"{name}\"), '{{}}') FROM (SELECT * FROM ({q}) LIMIT -1) AS pgshim_array)",
        agg = agg_suffix(kind),
        name = col.name.replace('"', "\"\""),
    );
    *e = build::expr_from_sql(&sql).map_err(|m| Error::Internal(format!("{sql}: {m}")))?;
    Ok(Typed {
        col: ColName::strong("array"),
        ..Typed::new(ty)
    })
}

/// Which `pg_array_agg_*` prints elements of `kind`.
fn agg_suffix(kind: &str) -> &'static str {
    match kind {
        "int2" | "int4" | "int8" | "oid" => "int",
        "float" => "float",
        "numeric" => "numeric",
        "bool" => "bool",
        _ => "text",
    }
}

/// `a[i]` of an array: the element at subscript `i` (counted from the
/// array's first subscript, 1 unless it says otherwise), NULL outside.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/arrays.html#ARRAYS-ACCESSING>
pub(crate) fn subscript(
    root: Expr,
    ty: PgType,
    index: Expr,
    span: Option<SourceSpan>,
) -> Result<(Expr, PgType)> {
    let kind = kind_of_array(ty, span)?;
    let elem = ty.element().unwrap_or(PgType::Text);
    Ok((
        build::call("pg_array_get", vec![root, index, build::string(kind)]),
        elem,
    ))
}

/// `a || b` where a side is an array: two arrays of the same type join;
/// an untyped literal is read as the other side's array type.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-array.html#ARRAY-OPERATORS-TABLE>
pub(crate) fn concat(
    cx: &mut Cx,
    left: &mut Expr,
    lt: &Typed,
    right: &mut Expr,
    rt: &Typed,
    span: Option<SourceSpan>,
) -> Result<Expr> {
    same_array_type(cx, left, lt, right, rt, span, || {
        Error::unsupported(
            format!("{} || {}", lt.ty.sql_name(), rt.ty.sql_name()),
            span,
            "two arrays of the same type are concatenated; array_append and array_prepend come with issue 17",
        )
    })?;
    let l = std::mem::replace(left, build::null());
    let r = std::mem::replace(right, build::null());
    Ok(build::call("pg_array_cat", vec![l, r]))
}

/// The array type of a binary operator's operands, one of which is an
/// array: an untyped literal on the other side is read as that type;
/// another type is `mismatch`'s error (PostgreSQL has no such operator).
fn same_array_type(
    cx: &mut Cx,
    left: &mut Expr,
    lt: &Typed,
    right: &mut Expr,
    rt: &Typed,
    span: Option<SourceSpan>,
    mismatch: impl Fn() -> Error,
) -> Result<PgType> {
    let ty = if lt.ty.is_array() { lt.ty } else { rt.ty };
    for (side, t) in [(&mut *left, lt), (&mut *right, rt)] {
        if t.is_unknown() {
            cx.coerce(side, t, ty, span)?;
        } else if t.ty != ty {
            return Err(mismatch());
        }
    }
    Ok(ty)
}

/// `a = b` and `a <> b` of two arrays of the same type whose elements
/// compare by their text (integers, oid, boolean, text, name, "char"):
/// equal arrays have the same elements and bounds, so the same text.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-array.html#ARRAY-OPERATORS-TABLE>
pub(crate) fn comparison(
    cx: &mut Cx,
    left: &mut Expr,
    lt: &Typed,
    op: &BinaryOperator,
    right: &mut Expr,
    rt: &Typed,
    span: Option<SourceSpan>,
) -> Result<()> {
    let ty = same_array_type(cx, left, lt, right, rt, span, || {
        super::operators::no_operator(lt.ty, &op.to_string(), rt.ty, span)
    })?;
    let kind = kind_of_array(ty, span)?;
    if !matches!(op, BinaryOperator::Eq | BinaryOperator::NotEq)
        || matches!(kind, "float" | "numeric")
    {
        return Err(Error::unsupported(
            format!("{} {op} {}", ty.sql_name(), ty.sql_name()),
            span,
            "= and <> of arrays of integers, oid, boolean and text are translated",
        ));
    }
    Ok(())
}

/// `array_to_string(a, separator [, null_text])`: the elements' text
/// joined; NULL elements are skipped unless `null_text` is given.
pub(crate) fn array_to_string(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !(2..=3).contains(&c.args.len()) || c.star {
        return Err(no_function(c));
    }
    want_array(cx, c, 0)?;
    for i in 1..c.args.len() {
        super::functions::unknown_as_text(cx, c, i)?;
        if !c.args[i].1.ty.is_string() {
            return Err(no_function(c));
        }
    }
    emit_call(c, "pg_array_to_string", PgType::Text)
}

/// `array_lower(a, dim)`, `array_upper(a, dim)`, `array_length(a, dim)`:
/// NULL for an empty array or a dimension it has not.
pub(crate) fn bounds(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() != 2 || c.star {
        return Err(no_function(c));
    }
    want_array(cx, c, 0)?;
    let (x, t) = &mut c.args[1];
    if t.is_unknown() {
        cx.coerce(x, t, PgType::Int4, c.span)?;
    } else if !matches!(t.ty, PgType::Int2 | PgType::Int4) {
        return Err(no_function(c));
    }
    let which = match c.name.as_str() {
        "array_lower" => "lower",
        "array_upper" => "upper",
        _ => "length",
    };
    c.args
        .push((build::string(which), Typed::new(PgType::Text)));
    emit_call(c, "pg_array_bound", PgType::Int4)
}

/// `cardinality(a)`: the number of elements.
pub(crate) fn cardinality(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.len() != 1 || c.star {
        return Err(no_function(c));
    }
    want_array(cx, c, 0)?;
    emit_call(c, "pg_cardinality", PgType::Int4)
}

/// Makes argument `i` an array (an untyped literal is `text[]`, as
/// PostgreSQL resolves `anyarray` from an unknown).
fn want_array(cx: &mut Cx, c: &mut Call, i: usize) -> Result<()> {
    let span = c.span;
    let (x, t) = &mut c.args[i];
    if t.is_unknown() {
        cx.coerce(x, t, PgType::TextArray, span)?;
        t.ty = PgType::TextArray;
        t.lit = Lit::No;
        return Ok(());
    }
    if t.ty.is_array() {
        kind_of_array(t.ty, span)?;
        return Ok(());
    }
    Err(no_function(c))
}

/// An argument of `unnest(a [, b …])` in FROM: a row per element, in
/// order, with its ordinal (`WITH ORDINALITY`), through the `pg_unnest`
/// table functions, which may read the columns of FROM items before them
/// (as PostgreSQL's function calls in FROM may). An int2vector is read as
/// its int2[], an oidvector as its oid[].
///
/// Returns the array's SQL, its element kind and the element type.
pub(crate) fn unnest_arg(
    cx: &mut Cx,
    arg: &mut Expr,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<(String, &'static str, PgType)> {
    let mut t = cx.expr(arg, scope)?;
    if t.is_unknown() {
        cx.coerce(arg, &t, PgType::TextArray, span)?;
        t = Typed::new(PgType::TextArray);
    }
    if let Some(array) = t.ty.vector_element().and_then(PgType::array_of) {
        let inner = std::mem::replace(arg, build::null());
        *arg = build::call("pg_int2vector_array", vec![inner]);
        t = Typed::new(array);
    }
    if !t.ty.is_array() {
        return Err(Error::semantic_hint(
            format!("function unnest({}) does not exist", t.ty.sql_name()),
            span,
            "No function matches the given name and argument types. You might need to add explicit type casts.",
        ));
    }
    let kind = kind_of_array(t.ty, span)?;
    Ok((
        arg.to_string(),
        kind,
        t.ty.element().unwrap_or(PgType::Text),
    ))
}
