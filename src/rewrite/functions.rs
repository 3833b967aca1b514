//! Function rules: one small function per PostgreSQL function, registered in
//! [`RULES`] by name, so the list of supported functions is data.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/functions.html>

use sqlparser::ast::{
    DuplicateTreatment, Expr, Function, FunctionArg, FunctionArgExpr, FunctionArgumentClause,
    FunctionArguments,
};

use super::datetime as dt;
use super::expr::{Lit, Typed, last_name};
use super::naming::ColName;
use super::scope::Scope;
use super::{Cx, build};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;

/// A call being translated: its arguments (already typed and rewritten) and
/// where it stands.
pub(crate) struct Call<'a> {
    pub name: String,
    pub args: Vec<(Expr, Typed)>,
    pub star: bool,
    pub distinct: bool,
    pub span: Option<SourceSpan>,
    pub func: &'a mut Function,
    /// Set by a rule that replaces the whole call with another expression.
    pub replace: Option<Expr>,
}

type Rule = fn(&mut Cx, &mut Call) -> Result<Typed>;

/// The functions pgshim translates, by PostgreSQL name, with what each does.
pub(crate) const RULES: &[(&str, Rule, &str)] = &[
    (
        "count",
        count,
        "aggregate; count(*), count(x), count(DISTINCT x); bigint",
    ),
    (
        "sum",
        sum,
        "aggregate over integers (bigint for int2/int4, numeric for int8), double precision, numeric, interval",
    ),
    (
        "avg",
        avg,
        "aggregate over double precision (double) and integers/numeric (numeric)",
    ),
    ("min", min_max, "aggregate over numbers, text and date/time"),
    ("max", min_max, "aggregate over numbers, text and date/time"),
    ("bool_and", bool_and, "aggregate over boolean"),
    ("every", bool_and, "aggregate over boolean"),
    ("bool_or", bool_or, "aggregate over boolean"),
    ("coalesce", coalesce, "common type of its arguments"),
    ("nullif", nullif, "NULLIF(a, b)"),
    (
        "lower",
        lower_upper,
        "ASCII case mapping, as PostgreSQL under the C locale",
    ),
    (
        "upper",
        lower_upper,
        "ASCII case mapping, as PostgreSQL under the C locale",
    ),
    ("length", length, "characters in text"),
    ("char_length", length, "characters in text"),
    ("character_length", length, "characters in text"),
    ("abs", abs, "integers, double precision and numeric"),
    (
        "round",
        rounding,
        "round(x): double precision (half to even) or numeric (half away from zero); round(x, n): numeric",
    ),
    (
        "trunc",
        rounding,
        "trunc(x): double precision or numeric; trunc(x, n): numeric",
    ),
    ("ceil", rounding, "double precision or numeric"),
    ("ceiling", rounding, "double precision or numeric"),
    ("floor", rounding, "double precision or numeric"),
    ("sign", rounding, "double precision or numeric"),
    ("row_number", ranking, "window: bigint"),
    ("rank", ranking, "window: bigint"),
    ("dense_rank", ranking, "window: bigint"),
    ("ntile", ranking, "window: ntile(n), integer"),
    ("percent_rank", distribution, "window: double precision"),
    ("cume_dist", distribution, "window: double precision"),
    (
        "lag",
        lag_lead,
        "window: lag(x [, offset [, default]]), x's type",
    ),
    (
        "lead",
        lag_lead,
        "window: lead(x [, offset [, default]]), x's type",
    ),
    ("first_value", value_at, "window: x's type"),
    ("last_value", value_at, "window: x's type"),
    ("nth_value", value_at, "window: nth_value(x, n), x's type"),
    (
        "percentile_cont",
        within_group_required,
        "percentile_cont(f) WITHIN GROUP (ORDER BY x): double precision or interval, interpolated",
    ),
    (
        "percentile_disc",
        within_group_required,
        "percentile_disc(f) WITHIN GROUP (ORDER BY x): x's type",
    ),
    (
        "string_agg",
        string_agg,
        "string_agg(text, delimiter [ORDER BY …]) as group_concat; NULLs skipped",
    ),
    (
        "array_agg",
        array_agg,
        "array_agg(x [ORDER BY …]), array_agg(DISTINCT x): PostgreSQL's array text {a,b}",
    ),
    (
        "concat",
        super::strings::concat,
        "any arguments as their output text, NULLs skipped",
    ),
    (
        "concat_ws",
        super::strings::concat_ws,
        "separator first; NULL values skipped",
    ),
    (
        "array_to_string",
        super::arrays::array_to_string,
        "array_to_string(a, separator [, null_text]); NULL elements skipped without null_text",
    ),
    (
        "array_lower",
        super::arrays::bounds,
        "the first subscript of dimension 1 (0 for an int2vector's int2[]); NULL when empty",
    ),
    (
        "array_upper",
        super::arrays::bounds,
        "the last subscript of dimension 1; NULL when empty",
    ),
    (
        "array_length",
        super::arrays::bounds,
        "the number of elements of dimension 1; NULL when empty",
    ),
    (
        "cardinality",
        super::arrays::cardinality,
        "the number of elements (0 when empty)",
    ),
    (
        "split_part",
        super::strings::split_part,
        "n < 0 counts from the end (PostgreSQL 14+)",
    ),
    (
        "left",
        super::strings::left_right,
        "characters; negative n drops from the end",
    ),
    (
        "right",
        super::strings::left_right,
        "characters; negative n drops from the start",
    ),
    (
        "lpad",
        super::strings::pad,
        "fill (default space) or cut to n characters",
    ),
    (
        "rpad",
        super::strings::pad,
        "fill (default space) or cut to n characters",
    ),
    (
        "initcap",
        super::strings::initcap,
        "ASCII words, as the C locale",
    ),
    (
        "strpos",
        super::strings::strpos,
        "character position, 0 when absent",
    ),
    (
        "btrim",
        super::strings::trim_fn,
        "btrim(s [, characters]) and trim([BOTH] [characters] FROM s): characters, a space by default",
    ),
    (
        "ltrim",
        super::strings::trim_fn,
        "ltrim(s [, characters]) and trim(LEADING …)",
    ),
    (
        "rtrim",
        super::strings::trim_fn,
        "rtrim(s [, characters]) and trim(TRAILING …)",
    ),
    (
        "replace",
        super::strings::replace_fn,
        "every occurrence; an empty search string changes nothing",
    ),
    ("reverse", super::strings::reverse, "by characters"),
    (
        "repeat",
        super::strings::repeat,
        "n ≤ 0 gives ''; PostgreSQL's 1 GB limit",
    ),
    (
        "starts_with",
        super::strings::starts_with,
        "bytewise prefix test",
    ),
    (
        "regexp_replace",
        super::strings::regexp_replace,
        "(source, pattern, replacement [, flags g i c]); \\1 and \\& in the replacement; patterns whose match PostgreSQL could pick differently are refused",
    ),
    ("octet_length", super::strings::octet_length, "UTF-8 bytes"),
    (
        "chr",
        super::strings::chr,
        "code point to character, PostgreSQL's errors",
    ),
    (
        "ascii",
        super::strings::ascii,
        "code point of the first character",
    ),
    ("md5", super::strings::md5, "hex digest of the UTF-8 bytes"),
    (
        "sqrt",
        super::math::transcendental,
        "double precision, or numeric at PostgreSQL's scale",
    ),
    (
        "exp",
        super::math::transcendental,
        "double precision, or numeric at PostgreSQL's scale",
    ),
    (
        "ln",
        super::math::transcendental,
        "double precision, or numeric at PostgreSQL's scale",
    ),
    (
        "log",
        super::math::transcendental,
        "log(x): base 10, double precision or numeric; log(b, x): numeric",
    ),
    (
        "log10",
        super::math::transcendental,
        "double precision, or numeric at PostgreSQL's scale",
    ),
    ("cbrt", super::math::float_only, "double precision"),
    ("degrees", super::math::float_only, "double precision"),
    ("radians", super::math::float_only, "double precision"),
    ("pi", super::math::pi, "double precision"),
    (
        "power",
        super::math::power,
        "double precision (as x ^ y); the numeric overload is refused",
    ),
    (
        "pow",
        super::math::power,
        "double precision (as x ^ y); the numeric overload is refused",
    ),
    (
        "mod",
        super::math::modulo,
        "integers (the wider type) or numeric",
    ),
    (
        "div",
        super::math::div,
        "numeric quotient truncated toward zero",
    ),
    (
        "greatest",
        super::strings::greatest_least,
        "common type, NULLs ignored (not over interval or numeric)",
    ),
    (
        "least",
        super::strings::greatest_least,
        "common type, NULLs ignored (not over interval or numeric)",
    ),
    (
        "now",
        dt::now,
        "transaction start, timestamptz; stable within a transaction",
    ),
    (
        "current_timestamp",
        dt::now,
        "transaction start, timestamptz (no precision argument)",
    ),
    (
        "transaction_timestamp",
        dt::now,
        "transaction start, timestamptz",
    ),
    (
        "statement_timestamp",
        dt::statement_timestamp,
        "statement start, timestamptz",
    ),
    (
        "clock_timestamp",
        dt::clock_timestamp,
        "the clock at each call, timestamptz",
    ),
    (
        "current_date",
        dt::current_date,
        "today in the session time zone",
    ),
    (
        "localtimestamp",
        dt::localtimestamp,
        "transaction start as timestamp in the session time zone",
    ),
    (
        "localtime",
        dt::localtime,
        "transaction start as time in the session time zone",
    ),
    (
        "current_time",
        dt::current_time,
        "transaction start as time with time zone in the session zone; printed and cast to time or text only",
    ),
    (
        "timezone",
        dt::timezone,
        "timezone(zone, timestamp|timestamptz), as AT TIME ZONE",
    ),
    (
        "isfinite",
        dt::isfinite,
        "date, timestamp, timestamptz, interval",
    ),
    (
        "date_trunc",
        dt::overloaded,
        "timestamp, timestamptz (in the session zone, or a zone given as third argument), interval; every unit",
    ),
    (
        "date_part",
        dt::overloaded,
        "date, time, timestamp, timestamptz, interval; every field; double precision",
    ),
    (
        "extract",
        dt::overloaded,
        "EXTRACT(field FROM x) and extract('field', x): numeric with PostgreSQL 14+'s scale",
    ),
    ("date_bin", dt::overloaded, "timestamp, timestamptz"),
    (
        "age",
        dt::overloaded,
        "age(a, b) and age(x) (from today's midnight), timestamp and timestamptz (session zone)",
    ),
    ("justify_days", dt::overloaded, "interval"),
    ("justify_hours", dt::overloaded, "interval"),
    ("justify_interval", dt::overloaded, "interval"),
    ("make_date", dt::overloaded, "negative years are BC"),
    ("make_time", dt::overloaded, "hour, min, sec"),
    ("make_timestamp", dt::overloaded, "civil time"),
    (
        "make_timestamptz",
        dt::overloaded,
        "in the session zone or a zone given as seventh argument",
    ),
    (
        "make_interval",
        dt::overloaded,
        "positional or named arguments (years => …, secs => …)",
    ),
    (
        "to_char",
        dt::overloaded,
        "timestamp, timestamptz (session zone), interval with PostgreSQL's template patterns",
    ),
    ("to_date", dt::overloaded, "PostgreSQL's template patterns"),
    (
        "date",
        dt::date_or_timestamptz_function,
        "date(timestamp), date(timestamptz) in the session zone, date(text)",
    ),
    (
        "timestamptz",
        dt::date_or_timestamptz_function,
        "timestamptz(date), timestamptz(timestamp), timestamptz(date, time) in the session zone",
    ),
    (
        "to_timestamp",
        dt::overloaded,
        "to_timestamp(text, template) in the session zone, to_timestamp(epoch seconds)",
    ),
    (
        "set_config",
        super::session::set_config,
        "set_config(name, value, false): SET as a function, returning the new value; is_local true and search_path refused",
    ),
    (
        "current_setting",
        super::session::current_setting,
        "current_setting(name [, missing_ok]): the setting as SHOW prints it",
    ),
    (
        "format_type",
        super::catalog_functions::format_type,
        "a type's SQL name with its modifier, from pg_type; ??? for an unknown OID",
    ),
    (
        "json_build_object",
        super::json::build_object,
        "json of alternating keys and values of numbers, booleans and strings, written as PostgreSQL writes it",
    ),
    (
        "has_table_privilege",
        super::catalog_functions::has_privilege,
        "true for a relation that exists (pgshim checks no privileges: every session may do everything); PostgreSQL's errors for a missing relation or an unknown privilege",
    ),
    (
        "has_schema_privilege",
        super::catalog_functions::has_privilege,
        "true for a schema that exists (pgshim checks no privileges); PostgreSQL's errors for a missing schema or an unknown privilege",
    ),
    (
        "pg_type_is_visible",
        super::catalog_functions::pg_type_is_visible,
        "whether the search path finds the type by its name (pg_catalog before public); NULL for an unknown OID",
    ),
    (
        "pg_function_is_visible",
        super::catalog_functions::pg_function_is_visible,
        "true for each function pg_proc has (all are pg_catalog's); NULL for an unknown OID",
    ),
    (
        "pg_get_function_result",
        super::catalog_functions::pg_get_function_text,
        "PostgreSQL's text of the result type of a function pg_proc has",
    ),
    (
        "pg_get_function_arguments",
        super::catalog_functions::pg_get_function_text,
        "PostgreSQL's text of the argument list of a function pg_proc has",
    ),
    (
        "pg_get_function_identity_arguments",
        super::catalog_functions::pg_get_function_text,
        "PostgreSQL's text of the identifying argument list of a function pg_proc has",
    ),
    (
        "pg_table_is_visible",
        super::catalog_functions::pg_table_is_visible,
        "whether the search path finds the relation by its name (pg_catalog before public); NULL for an unknown OID",
    ),
    (
        "pg_get_userbyid",
        super::catalog_functions::pg_get_userbyid,
        "the role's name from pg_roles, or unknown (OID=n)",
    ),
    (
        "pg_encoding_to_char",
        super::catalog_functions::pg_encoding_to_char,
        "an encoding number's name",
    ),
    (
        "current_schema",
        super::catalog_functions::current_schema,
        "public, the one schema",
    ),
    (
        "pg_get_expr",
        super::catalog_functions::pg_get_expr,
        "a column default as PostgreSQL prints it (constants, now() and its kin, sequences); others refused",
    ),
    (
        "pg_get_constraintdef",
        super::catalog_functions::pg_get_constraintdef,
        "PRIMARY KEY, UNIQUE, FOREIGN KEY (actions, MATCH FULL, DEFERRABLE) and CHECK of comparisons, AND/OR, BETWEEN, IS NULL, length/lower/upper; pretty or not; other CHECKs refused; NULL for another OID",
    ),
    (
        "pg_relation_is_publishable",
        super::catalog_functions::pg_relation_is_publishable,
        "true for a table of public, false for another relation, NULL for another OID",
    ),
    (
        "pg_get_statisticsobjdef_columns",
        super::catalog_functions::no_such_object_def,
        "NULL: pgshim has no extended statistics objects",
    ),
    (
        "pg_get_triggerdef",
        super::catalog_functions::no_such_object_def,
        "NULL: pgshim has no triggers",
    ),
    (
        "pg_get_indexdef",
        super::catalog_functions::pg_get_indexdef,
        "an index's CREATE INDEX, or one column's text; NULL for another OID; expression and partial indexes refused",
    ),
    (
        "obj_description",
        super::catalog_functions::obj_description,
        "the object's comment from pg_description (pgshim keeps none yet: NULL)",
    ),
    (
        "col_description",
        super::catalog_functions::col_description,
        "the column's comment from pg_description (pgshim keeps none yet: NULL)",
    ),
    (
        "pg_try_advisory_lock",
        super::catalog_functions::advisory_lock,
        "a session-level advisory lock (bigint, or int, int), held among this process's connections",
    ),
    (
        "pg_advisory_unlock",
        super::catalog_functions::advisory_lock,
        "releases a session-level advisory lock; false when not held",
    ),
    (
        "pg_advisory_unlock_all",
        super::catalog_functions::advisory_lock,
        "releases the session's advisory locks",
    ),
    (
        "to_regtype",
        super::catalog_functions::to_reg,
        "a type's OID by name when the statement runs, or NULL",
    ),
    (
        "to_regclass",
        super::catalog_functions::to_reg,
        "a relation's OID by name when the statement runs, or NULL",
    ),
    (
        "to_regnamespace",
        super::catalog_functions::to_reg,
        "a schema's OID by name when the statement runs, or NULL",
    ),
    (
        "current_schemas",
        super::catalog_functions::current_schemas,
        "{public}, or {pg_catalog,public} with the implicit schemas",
    ),
    (
        "current_user",
        super::catalog_functions::current_user,
        "the session's role: the startup's user, postgres embedded",
    ),
    (
        "session_user",
        super::catalog_functions::current_user,
        "the session's role, as current_user",
    ),
    (
        "user",
        super::catalog_functions::current_user,
        "the session's role, as current_user",
    ),
    (
        "current_database",
        super::catalog_functions::current_database,
        "the startup's database, postgres embedded",
    ),
    (
        "version",
        super::catalog_functions::version,
        "PostgreSQL 15.18 (pgshim …) on the platform",
    ),
    (
        "pg_sleep",
        dt::pg_sleep,
        "waits the given seconds; void (shown empty)",
    ),
    (
        "nextval",
        super::sequences::nextval,
        "advances a sequence; bigint",
    ),
    (
        "currval",
        super::sequences::currval,
        "the sequence's last nextval in this session",
    ),
    (
        "lastval",
        super::sequences::lastval,
        "the last nextval of any sequence in this session",
    ),
    (
        "setval",
        super::sequences::setval,
        "setval(sequence, value [, is_called])",
    ),
    (
        "pg_get_serial_sequence",
        super::sequences::get_serial_sequence,
        "the sequence owned by a column (serial, identity, OWNED BY), as `public.name`",
    ),
];

/// The names of the functions pgshim translates, with a note on each.
pub fn supported() -> Vec<(&'static str, &'static str)> {
    RULES.iter().map(|(n, _, d)| (*n, *d)).collect()
}

/// Translates a function call node.
pub(crate) fn call(
    cx: &mut Cx,
    e: &mut Expr,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<Typed> {
    let Expr::Function(f) = e else {
        return Err(Error::Internal("call() on a non-function node".into()));
    };
    let name = last_name(&f.name.0);
    if f.name.0.len() > 1 && !(f.name.0.len() == 2 && last_name(&f.name.0[..1]) == "pg_catalog") {
        return Err(Error::unsupported(format!("function {}", f.name), span, ""));
    }
    if let Some(over) = f.over.as_mut() {
        window_spec(cx, over, scope, span)?;
    } else if WINDOW_ONLY.contains(&name.as_str()) {
        return Err(Error::semantic(
            format!("window function {name} requires an OVER clause"),
            span,
        ));
    }
    if !f.within_group.is_empty() {
        if matches!(name.as_str(), "percentile_cont" | "percentile_disc") && f.over.is_none() {
            return percentile(cx, e, scope, span);
        }
        return Err(Error::unsupported(
            format!("{name}() WITHIN GROUP"),
            span,
            "percentile_cont and percentile_disc are the ordered-set aggregates translated",
        ));
    }
    if f.null_treatment.is_some() {
        return Err(Error::unsupported("IGNORE/RESPECT NULLS", span, ""));
    }
    let Some((_, rule, _)) = RULES.iter().find(|(n, _, _)| *n == name) else {
        return Err(Error::unsupported(
            format!("function {name}()"),
            span,
            "see docs/compatibility.md for the functions pgshim translates",
        ));
    };
    if let Some(filter) = f.filter.as_deref_mut() {
        let ft = cx.expr(filter, scope)?;
        cx.require_bool(filter, &ft, "FILTER", span)?;
    }
    let mut args = Vec::new();
    let mut star = false;
    let mut distinct = false;
    match &mut f.args {
        FunctionArguments::None => {}
        FunctionArguments::Subquery(_) => {
            return Err(Error::unsupported(
                "function with a bare subquery argument",
                span,
                "",
            ));
        }
        FunctionArguments::List(list) => {
            for clause in list.clauses.iter_mut() {
                match clause {
                    // string_agg(x, sep ORDER BY …): the order of the
                    // concatenation, with PostgreSQL's NULL placement.
                    FunctionArgumentClause::OrderBy(items)
                        if name == "string_agg" || name == "array_agg" =>
                    {
                        for o in items.iter_mut() {
                            let ospan = super::expr::span_of(&o.expr);
                            let t = cx.expr(&mut o.expr, scope)?;
                            let ty = cx.resolve_unknown_as_text(&mut o.expr, &t)?;
                            super::datetime::collate_ordered(&mut o.expr, ty);
                            super::query::set_nulls(&mut o.options, ospan)?;
                        }
                    }
                    _ => {
                        return Err(Error::unsupported(
                            format!("{name}(… ORDER BY/LIMIT …)"),
                            span,
                            "ORDER BY inside an aggregate is translated for string_agg and array_agg only",
                        ));
                    }
                }
            }
            distinct = matches!(list.duplicate_treatment, Some(DuplicateTreatment::Distinct));
            if name == "make_interval" {
                named_to_positional(&mut list.args, dt::MAKE_INTERVAL_PARAMS, span)?;
            }
            if matches!(name.as_str(), "nextval" | "currval" | "setval") {
                if let Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(x))) = list.args.first_mut()
                {
                    super::sequences::strip_regclass(x);
                }
            }
            for a in list.args.iter_mut() {
                match a {
                    FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) => {
                        let t = cx.expr(x, scope)?;
                        args.push((std::mem::replace(x, build::null()), t));
                    }
                    FunctionArg::Unnamed(FunctionArgExpr::Wildcard) => star = true,
                    FunctionArg::Named { .. } | FunctionArg::ExprNamed { .. }
                        if name == "make_interval" => {}
                    _ => {
                        return Err(Error::unsupported(
                            format!("named or qualified-wildcard argument to {name}()"),
                            span,
                            "",
                        ));
                    }
                }
            }
        }
    }
    // PostgreSQL refuses aggregates inside aggregates (SQLite fails later).
    const AGGREGATE_NAMES: &[&str] = &[
        "count",
        "sum",
        "avg",
        "min",
        "max",
        "bool_and",
        "every",
        "bool_or",
        "string_agg",
        "array_agg",
    ];
    if AGGREGATE_NAMES.contains(&name.as_str()) && f.over.is_none() {
        for (x, _) in &args {
            if super::grouping::has_aggregate(x) {
                return Err(Error::semantic(
                    "aggregate function calls cannot be nested",
                    span,
                ));
            }
            if super::grouping::has_window(x) {
                return Err(Error::semantic(
                    "aggregate function calls cannot contain window function calls",
                    span,
                ));
            }
        }
    }
    let mut c = Call {
        name: name.clone(),
        args,
        star,
        distinct,
        span,
        func: f,
        replace: None,
    };
    if c.star && c.name != "count" {
        return Err(Error::semantic(
            format!("{name}(*) specified, but {name} is not an aggregate function"),
            span,
        ));
    }
    let null_arg = c.args.iter().any(|(_, t)| t.lit == Lit::Null);
    let mut t = rule(cx, &mut c)?;
    // A strict function with a NULL constant argument is NULL, as
    // PostgreSQL's planner folds it (the other arguments are not evaluated).
    if null_arg && STRICT.contains(&name.as_str()) {
        *e = build::null();
        t.lit = Lit::Null;
        if t.col.name.is_none() {
            t.col = ColName::strong(name);
        }
        return Ok(t);
    }
    if let Some(x) = c.replace.take() {
        *e = x;
        if t.col.name.is_none() {
            t.col = ColName::strong(name);
        }
        return Ok(t);
    }
    // Put the rewritten arguments back (rules may have coerced them).
    let Call { args, distinct, .. } = c;
    if let FunctionArguments::List(list) = &mut f.args {
        if !star {
            list.args = args
                .into_iter()
                .map(|(x, _)| FunctionArg::Unnamed(FunctionArgExpr::Expr(x)))
                .collect();
        }
        if !distinct {
            list.duplicate_treatment = None;
        }
    }
    if t.col.name.is_none() {
        t.col = ColName::strong(name);
    }
    Ok(t)
}

pub(crate) fn arity(c: &Call, n: usize) -> Result<()> {
    if c.args.len() != n || c.star {
        let types: Vec<&str> = c.args.iter().map(|(_, t)| t.ty.sql_name()).collect();
        return Err(Error::semantic_hint(
            format!("function {}({}) does not exist", c.name, types.join(", ")),
            c.span,
            "No function matches the given name and argument types. You might need to add explicit type casts.",
        ));
    }
    Ok(())
}

pub(crate) fn no_function(c: &Call) -> Error {
    let types: Vec<&str> = c.args.iter().map(|(_, t)| t.ty.sql_name()).collect();
    Error::semantic_hint(
        format!("function {}({}) does not exist", c.name, types.join(", ")),
        c.span,
        "No function matches the given name and argument types. You might need to add explicit type casts.",
    )
}

/// Resolves an untyped argument as text, the way PostgreSQL does when a
/// function has a text signature.
pub(crate) fn unknown_as_text(cx: &mut Cx, c: &mut Call, i: usize) -> Result<()> {
    let (x, t) = &mut c.args[i];
    if t.is_unknown() {
        cx.coerce(x, t, PgType::Text, c.span)?;
        t.ty = PgType::Text;
        t.lit = Lit::No;
    }
    Ok(())
}

/// `count(*)`, `count(x)`, `count(DISTINCT x)`: bigint.
///
/// `count(col)` of a column that is never NULL in its query level (a NOT
/// NULL column whose table is not on the nullable side of an outer join)
/// counts every row, so it is written `count(*)`: SQLite can then count
/// from an index without reading the table's rows.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-aggregate.html>
fn count(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if !c.star {
        arity(c, 1)?;
        if !c.distinct && c.args[0].1.not_null {
            let mut f = c.func.clone();
            if let FunctionArguments::List(list) = &mut f.args {
                list.args = vec![FunctionArg::Unnamed(FunctionArgExpr::Wildcard)];
            }
            c.replace = Some(Expr::Function(f));
            return Ok(Typed::new(PgType::Int8));
        }
        unknown_as_text(cx, c, 0)?;
        // Equal intervals ('1 day', '24:00:00') and numerics (1.5, 1.50)
        // count once: DISTINCT compares their keys. (A COLLATE here would
        // leak into any expression around the count.)
        if c.distinct {
            let ty = c.args[0].1.ty;
            dt::keyed(&mut c.args[0].0, ty);
        }
    }
    Ok(Typed::new(PgType::Int8))
}

/// The runtime's interval aggregates are plain aggregates, not window
/// functions: `sum(iv) OVER (…)` is refused here rather than by SQLite at
/// prepare time.
fn no_interval_window(c: &Call) -> Result<()> {
    if c.func.over.is_some() {
        return Err(Error::unsupported(
            format!("{}(interval) as a window function", c.name),
            c.span,
            "aggregate in a subquery grouped by the partition and join it back, \
             or aggregate the interval's extract(epoch FROM …)",
        ));
    }
    Ok(())
}

/// `sum(int2|int4)` is bigint, `sum(float8)` double precision, `sum(int8)`
/// and `sum(numeric)` numeric (exact, the largest input scale), and
/// `sum(interval)` interval.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-aggregate.html>
fn sum(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    match c.args[0].1.ty {
        PgType::Interval => {
            no_interval_window(c)?;
            rename(
                c,
                if c.distinct {
                    "pg_interval_sum_distinct"
                } else {
                    "pg_interval_sum"
                },
            );
            Ok(Typed::new(PgType::Interval))
        }
        PgType::Int2 | PgType::Int4 => Ok(Typed::new(PgType::Int8)),
        PgType::Float8 => Ok(Typed::new(PgType::Float8)),
        PgType::Int8 | PgType::Numeric => {
            rename(
                c,
                if c.distinct {
                    "pg_numeric_sum_distinct"
                } else {
                    "pg_numeric_sum"
                },
            );
            Ok(Typed::new(PgType::Numeric))
        }
        _ => Err(no_function(c)),
    }
}

/// `avg(float8)`: double precision. `avg` of integers and numerics is
/// numeric: the exact sum divided by the count at numeric division's scale
/// (`1.5000000000000000` for the average of 1 and 2).
fn avg(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    match c.args[0].1.ty {
        PgType::Interval => {
            no_interval_window(c)?;
            rename(
                c,
                if c.distinct {
                    "pg_interval_avg_distinct"
                } else {
                    "pg_interval_avg"
                },
            );
            Ok(Typed::new(PgType::Interval))
        }
        PgType::Float8 => Ok(Typed::new(PgType::Float8)),
        t if t.is_integer() || t == PgType::Numeric => {
            rename(
                c,
                if c.distinct {
                    "pg_numeric_avg_distinct"
                } else {
                    "pg_numeric_avg"
                },
            );
            Ok(Typed::new(PgType::Numeric))
        }
        _ => Err(no_function(c)),
    }
}

/// `min(x)`, `max(x)`: the argument's type (text for varchar).
fn min_max(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    unknown_as_text(cx, c, 0)?;
    let t = c.args[0].1.ty;
    if t == PgType::Timetz {
        return Err(dt::timetz_unsupported(&format!("{}()", c.name), c.span));
    }
    if t == PgType::Numeric {
        let f = if c.name == "min" {
            "pg_numeric_min"
        } else {
            "pg_numeric_max"
        };
        rename(c, f);
        return Ok(Typed::new(t));
    }
    if t == PgType::Bool {
        return Err(no_function(c));
    }
    // Among equal doubles (0 and -0) PostgreSQL keeps the later value
    // (float8_smaller/larger); SQLite's min/max keep the first. As window
    // functions SQLite's stay (the ±0 tie is a documented difference).
    if t == PgType::Float8 && c.func.over.is_none() {
        let f = if c.name == "min" {
            "pg_float8_min"
        } else {
            "pg_float8_max"
        };
        rename(c, f);
        return Ok(Typed::new(t));
    }
    // Canonical date/time text orders like the values. Intervals that
    // compare equal can print differently ('1 day', '24:00:00'):
    // pg_interval_min/max keep PostgreSQL's choice among them.
    if t == PgType::Interval {
        no_interval_window(c)?;
        let f = if c.name == "min" {
            "pg_interval_min"
        } else {
            "pg_interval_max"
        };
        rename(c, f);
    }
    // There is no min(varchar): a varchar argument is read as text, and
    // text is the result type.
    if t == PgType::Varchar {
        return Ok(Typed::new(PgType::Text));
    }
    Ok(Typed::new(t))
}

fn bool_arg(cx: &mut Cx, c: &mut Call) -> Result<()> {
    arity(c, 1)?;
    let (x, t) = &mut c.args[0];
    if t.ty != PgType::Bool {
        if t.is_unknown() {
            cx.coerce(x, t, PgType::Bool, c.span)?;
        } else {
            return Err(no_function(c));
        }
    }
    Ok(())
}

/// `bool_and(b)` / `every(b)`: SQLite's `min` over 0/1 ignores NULLs as
/// PostgreSQL does.
fn bool_and(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    bool_arg(cx, c)?;
    rename(c, "min");
    Ok(Typed::new(PgType::Bool))
}

/// `bool_or(b)`: SQLite's `max` over 0/1.
fn bool_or(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    bool_arg(cx, c)?;
    rename(c, "max");
    Ok(Typed::new(PgType::Bool))
}

fn rename(c: &mut Call, sqlite_name: &str) {
    if let Expr::Function(f) = build::call(sqlite_name, vec![]) {
        c.func.name = f.name;
    }
}

/// `COALESCE(a, b, …)`: the common type of its arguments.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-conditional.html#FUNCTIONS-COALESCE-NVL-IFNULL>
fn coalesce(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    if c.args.is_empty() {
        return Err(no_function(c));
    }
    let types: Vec<Typed> = c.args.iter().map(|(_, t)| t.clone()).collect();
    let refs: Vec<&Typed> = types.iter().collect();
    let common = cx.common_type(&refs, "COALESCE", c.span)?;
    let common = if common == PgType::Unknown {
        PgType::Text
    } else {
        common
    };
    for (x, t) in c.args.iter_mut() {
        cx.coerce(x, t, common, c.span)?;
    }
    if c.args.len() == 1 {
        // SQLite's coalesce() wants two arguments at least.
        c.args.push((build::null(), Typed::new(common)));
    }
    let m = super::expr::common_typmod(common, types.iter().map(|t| (t.ty, t.typmod)));
    Ok(Typed::named(common, ColName::strong("coalesce")).with_typmod(m))
}

/// `NULLIF(a, b)`: a's type.
fn nullif(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 2)?;
    let types: Vec<Typed> = c.args.iter().map(|(_, t)| t.clone()).collect();
    let common = cx.common_type(&[&types[0], &types[1]], "NULLIF", c.span)?;
    let common = if common == PgType::Unknown {
        PgType::Text
    } else {
        common
    };
    super::operators::check_comparable(common, common, "=", c.span)?;
    // Across date/time types PostgreSQL has cross-type `=` operators
    // (date = timestamptz): the result keeps the first argument's type and
    // value, compared in the common type.
    let first = types[0].ty;
    let stamp = |t: PgType| matches!(t, PgType::Date | PgType::Timestamp | PgType::Timestamptz);
    if stamp(first) && stamp(types[1].ty) && first != types[1].ty {
        let raw = c.args[0].0.clone();
        let (mut l, mut r) = (c.args[0].0.clone(), c.args[1].0.clone());
        dt::comparison(cx, &mut l, first, &mut r, types[1].ty).ok_or_else(|| no_function(c))?;
        let case = format!("CASE WHEN {l} = {r} THEN NULL ELSE {raw} END");
        c.replace = Some(build::expr_from_sql(&case).map_err(Error::Internal)?);
        return Ok(Typed::named(first, ColName::strong("nullif")).with_typmod(types[0].typmod));
    }
    for (x, t) in c.args.iter_mut() {
        cx.coerce(x, t, common, c.span)?;
    }
    // Intervals and numerics compare by key ('1 day' = '24:00:00').
    if dt::key_function(common).is_some() {
        let (mut l, mut r) = (c.args[0].0.clone(), c.args[1].0.clone());
        dt::keyed(&mut l, common);
        dt::keyed(&mut r, common);
        let raw = &c.args[0].0;
        let case = format!("CASE WHEN {l} = {r} THEN NULL ELSE {raw} END");
        c.replace = Some(build::expr_from_sql(&case).map_err(Error::Internal)?);
    }
    // NULLIF is typed by the `=` operator it uses: text = text for strings.
    let common = if common.is_string() {
        PgType::Text
    } else {
        common
    };
    // Its modifier is the first argument's, when that kept its type.
    let m = super::expr::common_typmod(common, [(types[0].ty, types[0].typmod)]);
    Ok(Typed::named(common, ColName::strong("nullif")).with_typmod(m))
}

/// `lower(text)`, `upper(text)`. SQLite maps ASCII letters only, which is
/// what PostgreSQL does under the "C" locale.
///
/// # Differences
/// Under a libc or ICU locale PostgreSQL also maps non-ASCII letters.
fn lower_upper(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    unknown_as_text(cx, c, 0)?;
    if !c.args[0].1.ty.is_string() {
        return Err(no_function(c));
    }
    Ok(Typed::new(PgType::Text))
}

/// `length(text)`, `char_length(text)`: characters, as an integer.
fn length(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    unknown_as_text(cx, c, 0)?;
    if !c.args[0].1.ty.is_string() {
        return Err(no_function(c));
    }
    rename(c, "length");
    Ok(Typed::new(PgType::Int4))
}

/// `abs(x)` for integers (range-checked: `abs(-2147483648)` overflows) and
/// double precision.
fn abs(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    // An untyped argument resolves to double precision, the numeric
    // category's preferred type.
    if c.args[0].1.is_unknown() {
        let (x, t) = &mut c.args[0];
        cx.coerce(x, t, PgType::Float8, c.span)?;
        t.ty = PgType::Float8;
        t.lit = Lit::No;
    }
    let t = c.args[0].1.ty;
    if t == PgType::Numeric {
        rename(c, "pg_numeric_abs");
        return Ok(Typed::new(t));
    }
    if t.is_integer() {
        let x = std::mem::replace(&mut c.args[0].0, build::null());
        c.args[0].0 = build::call(
            super::operators::range_fn(t),
            vec![build::call("abs", vec![x])],
        );
        // Keep the outer call as abs(…) of the checked value: abs(pg_intN(abs(x))).
        return Ok(Typed::new(t));
    }
    if t == PgType::Float8 {
        // SQLite's abs keeps -0 (PostgreSQL's fabs gives 0).
        rename(c, "pg_float8_abs");
        return Ok(Typed::new(t));
    }
    Err(no_function(c))
}

/// `round`, `trunc`, `ceil`/`ceiling`, `floor`, `sign`. With one argument
/// PostgreSQL picks the double precision version for integers and untyped
/// values (the numeric category's preferred type) and the numeric one for
/// numerics; `round(x, n)` and `trunc(x, n)` exist for numeric only (an
/// integer converts, a double is an error). Double precision rounds half to
/// even (`rint`); numeric half away from zero.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-math.html#FUNCTIONS-MATH-FUNC-TABLE>
fn rounding(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    let name = match c.name.as_str() {
        "ceiling" => "ceil",
        n => n,
    }
    .to_string();
    let two = c.args.len() == 2 && (name == "round" || name == "trunc");
    if !two {
        arity(c, 1)?;
    }
    let (x, t) = &mut c.args[0];
    if two {
        if t.is_unknown() || t.ty.is_integer() {
            cx.coerce(x, t, PgType::Numeric, c.span)?;
            t.ty = PgType::Numeric;
            t.lit = Lit::No;
        }
        if t.ty != PgType::Numeric {
            return Err(no_function(c));
        }
        let (n, nt) = &mut c.args[1];
        if nt.is_unknown() {
            cx.coerce(n, nt, PgType::Int4, c.span)?;
            nt.ty = PgType::Int4;
        }
        if !nt.ty.is_integer() {
            return Err(no_function(c));
        }
        rename(c, &format!("pg_numeric_{name}"));
        return Ok(Typed::new(PgType::Numeric));
    }
    if t.is_unknown() || t.ty.is_integer() {
        cx.coerce(x, t, PgType::Float8, c.span)?;
        if t.ty.is_integer() {
            let inner = std::mem::replace(x, build::null());
            *x = build::sqlite_cast(inner, "REAL");
        }
        t.ty = PgType::Float8;
        t.lit = Lit::No;
    }
    match t.ty {
        PgType::Float8 => {
            rename(c, &format!("pg_float8_{name}"));
            Ok(Typed::new(PgType::Float8))
        }
        PgType::Numeric => {
            if name == "round" || name == "trunc" {
                c.args.push((build::int(0), Typed::new(PgType::Int4)));
            }
            rename(c, &format!("pg_numeric_{name}"));
            Ok(Typed::new(PgType::Numeric))
        }
        _ => Err(no_function(c)),
    }
}

/// Rewrites named arguments (`days => 3`) into positional ones, filling
/// the parameters not given with PostgreSQL's default (0), for functions
/// whose parameters all default to 0 (`make_interval`).
fn named_to_positional(
    args: &mut Vec<FunctionArg>,
    params: &[&str],
    span: Option<SourceSpan>,
) -> Result<()> {
    let named =
        |a: &FunctionArg| matches!(a, FunctionArg::Named { .. } | FunctionArg::ExprNamed { .. });
    if !args.iter().any(named) && args.len() == params.len() {
        return Ok(());
    }
    let mut slots: Vec<Option<Expr>> = vec![None; params.len()];
    let mut next = 0;
    for a in std::mem::take(args) {
        let (pos, x) = match a {
            FunctionArg::Unnamed(FunctionArgExpr::Expr(x)) => {
                let p = next;
                next += 1;
                (p, x)
            }
            FunctionArg::Named {
                name,
                arg: FunctionArgExpr::Expr(x),
                ..
            }
            | FunctionArg::ExprNamed {
                name: Expr::Identifier(name),
                arg: FunctionArgExpr::Expr(x),
                ..
            } => {
                let n = name.value.to_lowercase();
                let p = params.iter().position(|q| *q == n).ok_or_else(|| {
                    Error::semantic(
                        format!("function make_interval has no parameter \"{n}\""),
                        span,
                    )
                })?;
                (p, x)
            }
            _ => return Err(Error::unsupported("this argument form", span, "")),
        };
        if pos >= slots.len() || slots[pos].is_some() {
            return Err(Error::semantic(
                "argument name used more than once or too many arguments",
                span,
            ));
        }
        slots[pos] = Some(x);
    }
    *args = slots
        .into_iter()
        .enumerate()
        .map(|(i, x)| {
            let x = x.unwrap_or_else(|| {
                if i + 1 == params.len() {
                    build::float(0.0)
                } else {
                    build::int(0)
                }
            });
            FunctionArg::Unnamed(FunctionArgExpr::Expr(x))
        })
        .collect();
    Ok(())
}

/// `string_agg(value, delimiter [ORDER BY …])`: SQLite's `group_concat`
/// with the same NULL skipping and empty-group NULL.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-aggregate.html>
fn string_agg(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 2)?;
    unknown_as_text(cx, c, 0)?;
    unknown_as_text(cx, c, 1)?;
    if !c.args[0].1.ty.is_string() || !c.args[1].1.ty.is_string() {
        return Err(no_function(c));
    }
    if c.distinct {
        // SQLite's DISTINCT aggregates take one argument; PostgreSQL sorts
        // the input of a DISTINCT aggregate, so its values come out in
        // byte (C collation) order.
        let ordered = matches!(&c.func.args, FunctionArguments::List(l) if !l.clauses.is_empty());
        if ordered {
            return Err(Error::unsupported(
                "string_agg(DISTINCT … ORDER BY …)",
                c.span,
                "drop the ORDER BY (DISTINCT values come out sorted)",
            ));
        }
        c.distinct = false;
        rename(c, "pg_string_agg_distinct");
        return Ok(Typed::new(PgType::Text));
    }
    if !sorted_agg(cx, c, "string_agg")? {
        rename(c, "group_concat");
    }
    Ok(Typed::new(PgType::Text))
}

/// `array_agg(x [ORDER BY …])`, `array_agg(DISTINCT x)`: the values (NULLs
/// included) as PostgreSQL's array text, `{1,2,NULL}`, of the array type of
/// x; no rows give NULL. A DISTINCT array comes out sorted, as PostgreSQL
/// sorts a DISTINCT aggregate's input.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-aggregate.html>
fn array_agg(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    arity(c, 1)?;
    unknown_as_text(cx, c, 0)?;
    if c.func.over.is_some() {
        return Err(Error::unsupported(
            "array_agg as a window function",
            c.span,
            "aggregate in a subquery, or use string_agg",
        ));
    }
    let elem = c.args[0].1.ty;
    let Some(arr) = elem.array_of() else {
        return Err(Error::unsupported(
            format!("array_agg over {}", elem.sql_name()),
            c.span,
            "arrays of integers, double precision, numeric, boolean and text are translated; cast to text",
        ));
    };
    let kind = match elem {
        t if t.is_integer() => "int",
        PgType::Float8 => "float",
        PgType::Numeric => "numeric",
        PgType::Bool => "bool",
        _ => "text",
    };
    if c.distinct {
        let FunctionArguments::List(list) = &mut c.func.args else {
            return Err(Error::Internal("array_agg arguments".into()));
        };
        if !list.clauses.is_empty() {
            return Err(Error::unsupported(
                "array_agg(DISTINCT … ORDER BY …)",
                c.span,
                "drop the ORDER BY (DISTINCT values come out sorted)",
            ));
        }
        let mut key = c.args[0].0.clone();
        dt::collate_ordered(&mut key, elem);
        list.clauses.push(FunctionArgumentClause::OrderBy(vec![
            sqlparser::ast::OrderByExpr {
                expr: key,
                options: sqlparser::ast::OrderByOptions {
                    sort: None,
                    nulls_first: Some(false),
                },
                with_fill: None,
            },
        ]));
    }
    let what = if c.distinct {
        format!("array_agg_{kind} distinct")
    } else {
        format!("array_agg_{kind}")
    };
    if !sorted_agg(cx, c, &what)? {
        rename(c, &format!("pg_array_agg_{kind}"));
    }
    Ok(Typed::new(arr))
}

/// ORDER BY inside `string_agg`/`array_agg` (and `array_agg(DISTINCT …)`)
/// for a SQLite before 3.44, which has no such syntax
/// ([`crate::Options::sqlite_version`]): `pg_sorted_agg(what, spec, args…,
/// keys…)`, an aggregate that sorts its rows by the keys itself, as
/// SQLite's ORDER BY does (the collation pgshim gave each key, NULLs where
/// PostgreSQL puts them), then aggregates them in that order. `false` when
/// the SQLite has the syntax or there is no ORDER BY.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-expressions.html#SYNTAX-AGGREGATES>
fn sorted_agg(cx: &Cx, c: &mut Call, what: &str) -> Result<bool> {
    use sqlparser::ast::OrderBySort;
    if cx.sqlite_version >= 3_044_000 {
        return Ok(false);
    }
    let FunctionArguments::List(list) = &mut c.func.args else {
        return Ok(false);
    };
    let Some(at) = list
        .clauses
        .iter()
        .position(|cl| matches!(cl, FunctionArgumentClause::OrderBy(_)))
    else {
        return Ok(false);
    };
    let FunctionArgumentClause::OrderBy(items) = list.clauses.remove(at) else {
        return Err(Error::Internal("aggregate ORDER BY".into()));
    };
    if !list.clauses.is_empty() {
        return Err(Error::unsupported(
            format!("{}(… ORDER BY …) with other clauses", c.name),
            c.span,
            "",
        ));
    }
    let mut spec = String::new();
    let mut keys = Vec::new();
    for o in items {
        let desc = matches!(o.options.sort, Some(OrderBySort::Desc));
        let nulls_first = o.options.nulls_first.unwrap_or(desc);
        let (key, collation) = match o.expr {
            Expr::Collate { expr, collation } => (
                *expr,
                Some(collation.to_string().trim_matches('"').to_string()),
            ),
            other => (other, None),
        };
        let code = match collation.as_deref() {
            None => 'b',
            Some("pg_interval") => 'i',
            Some("pg_numeric") => 'n',
            Some("pg_timetz") => 't',
            Some(other) => {
                return Err(Error::unsupported(
                    format!(
                        "{}(… ORDER BY … COLLATE {other}) on SQLite before 3.44",
                        c.name
                    ),
                    c.span,
                    "",
                ));
            }
        };
        spec.push(if desc { 'd' } else { 'a' });
        spec.push(if nulls_first { 'f' } else { 'l' });
        spec.push(code);
        keys.push(key);
    }
    list.duplicate_treatment = None;
    // The call's arguments are put back from `c.args` after the rule.
    let text = || Typed::new(PgType::Text);
    let mut args = vec![
        (build::string(what), text()),
        (build::string(&spec), text()),
    ];
    args.append(&mut c.args);
    args.extend(keys.into_iter().map(|k| (k, text())));
    c.args = args;
    c.distinct = false;
    rename(c, "pg_sorted_agg");
    Ok(true)
}

/// Functions that exist only as window functions.
const WINDOW_ONLY: &[&str] = &[
    "row_number",
    "rank",
    "dense_rank",
    "ntile",
    "percent_rank",
    "cume_dist",
    "lag",
    "lead",
    "first_value",
    "last_value",
    "nth_value",
];

/// The `OVER (PARTITION BY … ORDER BY … frame)` of a window call: its
/// expressions typed in the query's scope, ORDER BY with PostgreSQL's NULL
/// placement; frames SQLite runs the same way (ROWS, GROUPS, RANGE without
/// offsets or with numeric ones).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-expressions.html#SYNTAX-WINDOW-FUNCTIONS>
fn window_spec(
    cx: &mut Cx,
    over: &mut sqlparser::ast::WindowType,
    scope: &Scope,
    span: Option<SourceSpan>,
) -> Result<()> {
    use sqlparser::ast::{WindowFrameBound, WindowFrameUnits, WindowType};
    let WindowType::WindowSpec(spec) = over else {
        return Err(Error::unsupported(
            "named window (OVER w)",
            span,
            "write the window definition in the OVER clause",
        ));
    };
    if spec.window_name.is_some() {
        return Err(Error::unsupported(
            "window inheriting a named window",
            span,
            "",
        ));
    }
    for p in spec.partition_by.iter_mut() {
        let t = cx.expr(p, scope)?;
        let ty = cx.resolve_unknown_as_text(p, &t)?;
        super::datetime::collate_ordered(p, ty);
    }
    let mut order_types = Vec::new();
    for o in spec.order_by.iter_mut() {
        let ospan = super::expr::span_of(&o.expr);
        let t = cx.expr(&mut o.expr, scope)?;
        let ty = cx.resolve_unknown_as_text(&mut o.expr, &t)?;
        super::datetime::collate_ordered(&mut o.expr, ty);
        super::query::set_nulls(&mut o.options, ospan)?;
        order_types.push(ty);
    }
    let mut time_key = false;
    if let Some(frame) = spec.window_frame.as_mut() {
        let bounds = [Some(&mut frame.start_bound), frame.end_bound.as_mut()];
        for b in bounds.into_iter().flatten() {
            if let WindowFrameBound::Preceding(Some(x)) | WindowFrameBound::Following(Some(x)) = b {
                let mut t = cx.expr(x, scope)?;
                // RANGE over a timestamp order with an interval offset, where
                // the offset is a fixed number of microseconds.
                if frame.units == WindowFrameUnits::Range
                    && order_types.len() == 1
                    && matches!(order_types[0], PgType::Timestamp | PgType::Timestamptz)
                {
                    if t.is_unknown() {
                        cx.coerce(x, &t, PgType::Interval, span)?;
                        t = Typed::new(PgType::Interval);
                    }
                    if t.ty == PgType::Interval {
                        if let Some(us) = exact_offset(cx, x, order_types[0]) {
                            **x = build::int(us);
                            time_key = true;
                            continue;
                        }
                    }
                }
                let numeric_offset = t.ty.is_integer() || matches!(t.lit, Lit::Int(_));
                let exact = match frame.units {
                    WindowFrameUnits::Rows | WindowFrameUnits::Groups => numeric_offset,
                    // RANGE offsets: exact in SQLite only over numbers.
                    WindowFrameUnits::Range => {
                        numeric_offset
                            && order_types.len() == 1
                            && (order_types[0].is_integer() || order_types[0].is_float())
                    }
                };
                if !exact {
                    return Err(Error::unsupported(
                        format!("window frame offset of type {}", t.ty.sql_name()),
                        span,
                        "RANGE offsets over timestamps must be constant intervals without months \
                         (and, for timestamptz outside a fixed-offset zone, without days); use \
                         ROWS, or join on a date range",
                    ));
                }
            }
        }
    }
    if time_key {
        // The order key as microseconds, so that SQLite's numeric RANGE
        // frames apply the same offsets.
        let key = std::mem::replace(&mut spec.order_by[0].expr, build::null());
        spec.order_by[0].expr = build::call("pg_epoch_us", vec![key]);
    }
    Ok(())
}

/// A constant interval offset as exact microseconds over a timestamp order
/// key: no months; for timestamptz no days either, unless the session zone
/// has a fixed offset (a day is then always 24 hours), as PostgreSQL's
/// `in_range` adds the interval with its calendar rules.
fn exact_offset(cx: &Cx, x: &Expr, order: PgType) -> Option<i64> {
    let Expr::Value(v) = x else { return None };
    let sqlparser::ast::Value::SingleQuotedString(s) = &v.value else {
        return None;
    };
    let iv = crate::time::canonical::parse_interval(s.as_bytes())?;
    if iv.months != 0 || iv.micros < 0 || iv.days < 0 {
        return None;
    }
    if order == PgType::Timestamptz && iv.days != 0 {
        let fixed = matches!(
            crate::time::Zone::from_setting(&cx.zone).ok()?.0,
            crate::time::Zone::Fixed(_)
        ) || matches!(
            cx.zone.as_str(),
            "UTC" | "Etc/UTC" | "GMT" | "Etc/GMT" | "Zulu" | "UCT" | "Universal" | "Greenwich"
        );
        if !fixed {
            return None;
        }
    }
    (iv.days as i64)
        .checked_mul(crate::time::USECS_PER_DAY)?
        .checked_add(iv.micros)
}

fn window_only(c: &Call) -> Result<()> {
    if c.func.over.is_none() {
        return Err(Error::semantic(
            format!("window function {} requires an OVER clause", c.name),
            c.span,
        ));
    }
    Ok(())
}

/// `row_number()`, `rank()`, `dense_rank()`: bigint; `ntile(n)`: integer.
fn ranking(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    window_only(c)?;
    if c.name == "ntile" {
        arity(c, 1)?;
        let (x, t) = &mut c.args[0];
        if t.is_unknown() {
            cx.coerce(x, t, PgType::Int4, c.span)?;
        } else if !t.ty.is_integer() {
            return Err(no_function(c));
        }
        return Ok(Typed::new(PgType::Int4));
    }
    arity(c, 0)?;
    Ok(Typed::new(PgType::Int8))
}

/// `percent_rank()`, `cume_dist()`: double precision.
fn distribution(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    window_only(c)?;
    arity(c, 0)?;
    Ok(Typed::new(PgType::Float8))
}

/// `lag(x [, offset [, default]])`, `lead(…)`: x's type; the default is
/// coerced to it.
fn lag_lead(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    window_only(c)?;
    if c.args.is_empty() || c.args.len() > 3 {
        return Err(no_function(c));
    }
    unknown_as_text(cx, c, 0)?;
    let ty = c.args[0].1.ty;
    if c.args.len() > 1 {
        let (x, t) = &mut c.args[1];
        if t.is_unknown() {
            cx.coerce(x, t, PgType::Int4, c.span)?;
        } else if !t.ty.is_integer() {
            return Err(no_function(c));
        }
    }
    if c.args.len() > 2 {
        let (x, t) = &mut c.args[2];
        cx.coerce(x, t, ty, c.span)?;
    }
    Ok(Typed::new(ty))
}

/// `first_value(x)`, `last_value(x)`, `nth_value(x, n)`: x's type.
fn value_at(cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    window_only(c)?;
    let n = if c.name == "nth_value" { 2 } else { 1 };
    arity(c, n)?;
    unknown_as_text(cx, c, 0)?;
    if n == 2 {
        let (x, t) = &mut c.args[1];
        if t.is_unknown() {
            cx.coerce(x, t, PgType::Int4, c.span)?;
        } else if !t.ty.is_integer() {
            return Err(no_function(c));
        }
    }
    Ok(Typed::new(c.args[0].1.ty))
}

/// Strict functions (`pg_proc.proisstrict`): NULL in, NULL out.
const STRICT: &[&str] = &[
    "round",
    "trunc",
    "ceil",
    "ceiling",
    "floor",
    "sign",
    "lower",
    "upper",
    "length",
    "char_length",
    "character_length",
    "abs",
    "split_part",
    "left",
    "right",
    "lpad",
    "rpad",
    "initcap",
    "strpos",
    "btrim",
    "ltrim",
    "rtrim",
    "replace",
    "reverse",
    "repeat",
    "starts_with",
    "regexp_replace",
    "octet_length",
    "chr",
    "ascii",
    "md5",
    "sqrt",
    "exp",
    "ln",
    "log",
    "log10",
    "cbrt",
    "degrees",
    "radians",
    "power",
    "pow",
    "mod",
    "div",
    "isfinite",
    "timezone",
    "date_trunc",
    "date_part",
    "extract",
    "date_bin",
    "age",
    "justify_days",
    "justify_hours",
    "justify_interval",
    "make_date",
    "make_time",
    "make_timestamp",
    "make_timestamptz",
    "make_interval",
    "to_char",
    "to_date",
    "to_timestamp",
];

/// `percentile_cont(f) WITHIN GROUP (ORDER BY x)` (double precision or
/// interval, interpolated) and `percentile_disc(f) WITHIN GROUP (ORDER BY
/// x)` (the first value at or past the fraction, of x's type), as the
/// `pg_percentile_cont` / `pg_percentile_disc` aggregates.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/functions-aggregate.html#FUNCTIONS-ORDEREDSET-TABLE>
fn percentile(cx: &mut Cx, e: &mut Expr, scope: &Scope, span: Option<SourceSpan>) -> Result<Typed> {
    let Expr::Function(f) = e else {
        return Err(Error::Internal("percentile on a non-function".into()));
    };
    let name = last_name(&f.name.0);
    let cont = name == "percentile_cont";
    let mut args = match &mut f.args {
        FunctionArguments::List(l) if l.clauses.is_empty() && l.duplicate_treatment.is_none() => {
            std::mem::take(&mut l.args)
        }
        _ => {
            return Err(Error::unsupported(
                format!("this form of {name}()"),
                span,
                "",
            ));
        }
    };
    let (Some(FunctionArg::Unnamed(FunctionArgExpr::Expr(mut fraction))), true, [order]) =
        (args.pop(), args.is_empty(), f.within_group.as_mut_slice())
    else {
        return Err(Error::unsupported(
            format!("{name}() with several arguments or ORDER BY keys"),
            span,
            "one fraction and one ORDER BY key are translated",
        ));
    };
    // FILTER (WHERE …) stays on the aggregate.
    let mut filter = f.filter.take();
    if let Some(filter) = filter.as_deref_mut() {
        let t = cx.expr(filter, scope)?;
        cx.require_bool(filter, &t, "FILTER", span)?;
    }
    let ft = cx.expr(&mut fraction, scope)?;
    if ft.ty.is_integer() {
        fraction = build::sqlite_cast(fraction, "REAL");
    } else if ft.ty != PgType::Float8 {
        cx.coerce(&mut fraction, &ft, PgType::Float8, span)?;
    }
    let xt = cx.expr(&mut order.expr, scope)?;
    let ty = cx.resolve_unknown_as_text(&mut order.expr, &xt)?;
    let desc = matches!(order.options.sort, Some(sqlparser::ast::OrderBySort::Desc));
    let no_such = || {
        Error::semantic_hint(
            format!(
                "function {name}(double precision ORDER BY {}) does not exist",
                ty.sql_name()
            ),
            span,
            "No function matches the given name and argument types. You might need to add explicit type casts.",
        )
    };
    let (kind, result) = match ty {
        t if t.is_integer() || t.is_float() => ("num", if cont { PgType::Float8 } else { t }),
        PgType::Interval => ("interval", PgType::Interval),
        t if !cont && (t.is_string() || t.is_temporal()) && t != PgType::Timetz => ("text", t),
        PgType::Bool if !cont => ("num", PgType::Bool),
        PgType::Numeric if xt.integral => ("num", if cont { PgType::Float8 } else { ty }),
        _ => return Err(no_such()),
    };
    let x = std::mem::replace(&mut order.expr, build::null());
    let call = build::call(
        if cont {
            "pg_percentile_cont"
        } else {
            "pg_percentile_disc"
        },
        vec![
            x,
            fraction.clone(),
            build::int(desc as i64),
            build::string(kind),
        ],
    );
    // PostgreSQL checks the fraction also for a group with no rows, which
    // the aggregate never sees.
    *e = build::call(
        "pg_percentile_check",
        vec![fraction, build::with_filter(call, filter)],
    );
    Ok(Typed::named(result, ColName::strong(name)))
}

/// An ordered-set aggregate called without WITHIN GROUP: PostgreSQL
/// finds no plain function of that name.
fn within_group_required(_cx: &mut Cx, c: &mut Call) -> Result<Typed> {
    Err(no_function(c))
}
