//! Typing and rewriting of expressions, bottom-up, the way PostgreSQL's
//! `transformExpr` gives every node a type as it goes.
//!
//! Each node is typed after its children; the rule for an operator, cast or
//! function is chosen from the children's types (see `operators`, `casts`,
//! `functions`). Untyped literals (`'…'`, `NULL`) and parameters (`$n`) stay
//! `unknown` until context gives them a type, as in PostgreSQL.

use sqlparser::ast::Spanned;
use sqlparser::ast::{
    BinaryOperator, CastKind, Expr, Ident, InTarget, ObjectNamePart, UnaryOperator, Value,
};

use super::naming::ColName;
use super::scope::Scope;
use super::{Cx, build, casts, functions, operators};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;
use crate::types::scalar;
use crate::types::typmod;

/// What an expression is when it is a bare literal or parameter: those are
/// the nodes whose type context decides.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Lit {
    /// Not a literal.
    No,
    /// An untyped string literal, with its text.
    Unknown(String),
    /// `NULL`.
    Null,
    /// `$n`.
    Param(usize),
    /// A numeric literal with a fraction or exponent (`1.5`, `1e3`), which
    /// PostgreSQL types `numeric`.
    Numeric(String),
    /// An integer literal.
    Int(i64),
}

/// An expression's PostgreSQL type and label.
#[derive(Debug, Clone)]
pub(crate) struct Typed {
    pub ty: PgType,
    pub col: ColName,
    pub lit: Lit,
    /// A numeric whose values are always integers (or ±Infinity), held as
    /// SQLite integers: `extract(month FROM …)`. It may be compared with
    /// integers exactly before pgshim has a decimal type.
    pub integral: bool,
    /// PostgreSQL's type modifier (`exprTypmod`): a column's declared
    /// `varchar(20)`, a cast's `::numeric(10,2)`; -1 for almost every other
    /// expression (see [`keeps_typmod`]).
    pub typmod: i32,
    /// A column reference that is never NULL in this query level
    /// ([`super::scope::Resolved::not_null`]); `false` for every other
    /// expression, the reset done in one place (`expr_inner`).
    pub not_null: bool,
}

impl Typed {
    pub fn new(ty: PgType) -> Typed {
        Typed {
            ty,
            col: ColName::none(),
            lit: Lit::No,
            integral: false,
            typmod: typmod::NONE,
            not_null: false,
        }
    }

    pub fn named(ty: PgType, col: ColName) -> Typed {
        Typed {
            ty,
            col,
            lit: Lit::No,
            integral: false,
            typmod: typmod::NONE,
            not_null: false,
        }
    }

    /// The same, with a type modifier.
    pub fn with_typmod(mut self, typmod: i32) -> Typed {
        self.typmod = typmod;
        self
    }

    /// Whether the type still waits for context (`'…'`, `NULL`, `$n`).
    pub fn is_unknown(&self) -> bool {
        self.ty == PgType::Unknown
    }
}

/// Whether PostgreSQL's `exprTypmod` can be other than -1 for this
/// (untranslated) node: a column reference, a cast, parentheses, a scalar
/// subquery, CASE, and COALESCE/NULLIF/GREATEST/LEAST, whose rules
/// ([`common_typmod`]) their translations apply. Every other node's result
/// has no modifier, whatever its operands had.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/catalog-pg-attribute.html>
/// (`atttypmod`), and nodeFuncs.c's `exprTypmod` for the rules per node.
fn keeps_typmod(e: &Expr) -> bool {
    match e {
        Expr::Identifier(_)
        | Expr::CompoundIdentifier(_)
        | Expr::Nested(_)
        | Expr::Cast { .. }
        | Expr::TypedString(_)
        | Expr::Interval(_)
        | Expr::Subquery(_)
        | Expr::Case { .. } => true,
        Expr::Function(f) => matches!(
            last_name(&f.name.0).as_str(),
            "coalesce" | "nullif" | "greatest" | "least"
        ),
        _ => false,
    }
}

/// The modifier of an expression choosing among `alternatives` of type
/// `ty` (CASE's results, COALESCE's arguments, a set operation's
/// branches): theirs when all have that type and agree, else -1, as
/// `exprTypmod` computes it for CaseExpr and CoalesceExpr.
pub(crate) fn common_typmod(
    ty: PgType,
    alternatives: impl IntoIterator<Item = (PgType, i32)>,
) -> i32 {
    let mut out = None;
    for (t, m) in alternatives {
        if t != ty || m < 0 || out.is_some_and(|o| o != m) {
            return typmod::NONE;
        }
        out = Some(m);
    }
    out.unwrap_or(typmod::NONE)
}

/// Whether an (untranslated) expression refers to a column.
fn refers_to_columns(e: &Expr) -> bool {
    let mut found = false;
    let _ = sqlparser::ast::visit_expressions(e, |x| {
        if matches!(x, Expr::Identifier(_) | Expr::CompoundIdentifier(_)) {
            found = true;
            return std::ops::ControlFlow::Break(());
        }
        std::ops::ControlFlow::Continue(())
    });
    found
}

/// Parenthesizes an operand that is itself an operator expression: SQLite's
/// precedences differ from PostgreSQL's (`a < b IN (…)` is `a < (b IN (…))`
/// in PostgreSQL, `(a < b) IN (…)` in SQLite) and the printer adds no
/// parentheses of its own.
fn paren(e: &mut Expr) {
    if matches!(
        e,
        Expr::BinaryOp { .. }
            | Expr::UnaryOp { .. }
            | Expr::In { .. }
            | Expr::Between { .. }
            | Expr::Like { .. }
            | Expr::ILike { .. }
            | Expr::IsNull(_)
            | Expr::IsNotNull(_)
            | Expr::IsTrue(_)
            | Expr::IsNotTrue(_)
            | Expr::IsFalse(_)
            | Expr::IsNotFalse(_)
            | Expr::IsDistinctFrom(..)
            | Expr::IsNotDistinctFrom(..)
            | Expr::Collate { .. }
    ) {
        let inner = std::mem::replace(e, build::null());
        *e = build::nested(inner);
    }
}

pub(crate) fn span_of(e: &Expr) -> Option<SourceSpan> {
    // sqlparser computes a chain's span by recursing through every term;
    // walk the chain's spine here instead (a generated `a = 1 OR a = 2 OR …`
    // of a few hundred terms overflowed the stack), joining the spans of
    // its first and last terms.
    fn spine(mut e: &Expr, left: bool) -> &Expr {
        loop {
            e = match e {
                Expr::BinaryOp {
                    left: l, right: r, ..
                } => {
                    if left {
                        l
                    } else {
                        r
                    }
                }
                Expr::Nested(x) => x,
                _ => return e,
            };
        }
    }
    match e {
        Expr::BinaryOp { .. } | Expr::Nested(_) => {
            let first = spine(e, true).span();
            let last = spine(e, false).span();
            SourceSpan::from_sql(first.union(&last))
        }
        _ => SourceSpan::from_sql(e.span()),
    }
}

/// Lower-cases an unquoted identifier (PostgreSQL folds them) and quotes it,
/// so SQLite sees exactly the name PostgreSQL would.
pub(crate) fn fold_ident(id: &mut Ident) {
    if id.quote_style.is_none() {
        id.value = id.value.to_lowercase();
    }
    // Identifiers are cut to NAMEDATALEN - 1 bytes, as PostgreSQL's lexer
    // cuts them (`max_identifier_length`).
    if id.value.len() > 63 {
        id.value = crate::types::scalar::name_in(&id.value).to_string();
    }
    id.quote_style = Some('"');
}

impl Cx<'_> {
    /// Types and rewrites one expression in place.
    ///
    /// A rewritten operator expression is parenthesized, because SQLite's
    /// precedences differ from PostgreSQL's (`a < b IN (…)` is
    /// `a < (b IN (…))` in PostgreSQL, `(a < b) IN (…)` in SQLite) and the
    /// printer adds no parentheses of its own.
    pub(crate) fn expr(&mut self, e: &mut Expr, scope: &Scope) -> Result<Typed> {
        // Expressions nest one level per OR/AND/+ term; a long generated
        // chain would otherwise exhaust the thread's stack and abort the
        // process. Every 8 levels, with under 1 MiB of stack left,
        // continue on a new segment (checking at every level costs 10%).
        self.depth += 1;
        let out = if self.depth % 8 == 0 {
            stacker::maybe_grow(1024 * 1024, 16 * 1024 * 1024, || self.expr_inner(e, scope))
        } else {
            self.expr_inner(e, scope)
        };
        self.depth -= 1;
        out
    }

    fn expr_inner(&mut self, e: &mut Expr, scope: &Scope) -> Result<Typed> {
        let keeps = keeps_typmod(e);
        let reference = matches!(
            e,
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) | Expr::Nested(_)
        );
        let mut t = self.expr_node(e, scope)?;
        if !keeps {
            t.typmod = typmod::NONE;
        }
        if !reference {
            t.not_null = false;
        }
        match e {
            Expr::BinaryOp { left, right, .. }
            | Expr::IsDistinctFrom(left, right)
            | Expr::IsNotDistinctFrom(left, right) => {
                paren(left);
                paren(right);
            }
            Expr::Between {
                expr, low, high, ..
            } => {
                paren(expr);
                paren(low);
                paren(high);
            }
            Expr::Like { expr, pattern, .. } | Expr::ILike { expr, pattern, .. } => {
                paren(expr);
                paren(pattern);
            }
            Expr::UnaryOp { expr, .. }
            | Expr::In { expr, .. }
            | Expr::IsNull(expr)
            | Expr::IsNotNull(expr)
            | Expr::IsTrue(expr)
            | Expr::IsNotTrue(expr)
            | Expr::IsFalse(expr)
            | Expr::IsNotFalse(expr) => paren(expr),
            _ => {}
        }
        Ok(t)
    }

    fn expr_node(&mut self, e: &mut Expr, scope: &Scope) -> Result<Typed> {
        let span = span_of(e);
        if let Expr::BinaryOp { op, .. } = e
            && let Some(builtin) = operators::qualified_builtin(op)
        {
            *op = builtin;
        }
        match e {
            Expr::Identifier(id) => {
                fold_ident(id);
                let r = scope.resolve(None, &id.value, span)?;
                if let Some((q, col)) = &r.sql {
                    *e = Expr::CompoundIdentifier(vec![build::ident(q), build::ident(col)]);
                }
                Ok(Typed {
                    not_null: r.not_null,
                    ..Typed::named(r.ty, ColName::strong(r.name)).with_typmod(r.typmod)
                })
            }
            Expr::CompoundIdentifier(parts) => {
                for p in parts.iter_mut() {
                    fold_ident(p);
                }
                // `public.tickets.id` (Metabase qualifies every column):
                // pgshim's one schema is public, and SQLite's is `main`;
                // `pg_catalog.pg_class.relname` (SQLAlchemy's) names a
                // system relation, which is in scope by its bare name.
                // `information_schema.columns.column_name` likewise.
                if parts.len() == 3
                    && matches!(
                        parts[0].value.as_str(),
                        "public" | "pg_catalog" | "information_schema"
                    )
                {
                    parts.remove(0);
                }
                match parts.as_slice() {
                    [q, c] => {
                        let r = scope.resolve(Some(&q.value), &c.value, span)?;
                        if let Some((q, col)) = &r.sql {
                            *e = Expr::CompoundIdentifier(vec![build::ident(q), build::ident(col)]);
                        }
                        Ok(Typed {
                            not_null: r.not_null,
                            ..Typed::named(r.ty, ColName::strong(r.name)).with_typmod(r.typmod)
                        })
                    }
                    _ => Err(Error::unsupported(
                        "qualified name with a schema other than public, or more than three parts",
                        span,
                        "write table.column or public.table.column; pgshim has the one schema public",
                    )),
                }
            }
            Expr::Nested(inner) => {
                let t = self.expr(inner, scope)?;
                Ok(t)
            }
            Expr::CompoundFieldAccess { .. } => self.subscript(e, scope, span),
            // ceil(x) / floor(x) parse as their own nodes: rewritten as the
            // functions they are in PostgreSQL.
            Expr::Ceil {
                expr: x,
                field:
                    sqlparser::ast::CeilFloorKind::DateTimeField(
                        sqlparser::ast::DateTimeField::NoDateTime,
                    ),
            }
            | Expr::Floor {
                expr: x,
                field:
                    sqlparser::ast::CeilFloorKind::DateTimeField(
                        sqlparser::ast::DateTimeField::NoDateTime,
                    ),
            } => {
                let inner = std::mem::replace(x.as_mut(), build::null());
                let name = if matches!(e, Expr::Ceil { .. }) {
                    "ceil"
                } else {
                    "floor"
                };
                *e = build::call(name, vec![inner]);
                self.expr(e, scope)
            }
            Expr::Value(v) => {
                let is_param = matches!(v.value, sqlparser::ast::Value::Placeholder(_));
                let t = self.literal(v, span)?;
                // A numeric constant is stored as its output text.
                if let Lit::Numeric(s) = &t.lit {
                    *e = numeric_constant(s, span)?;
                }
                // A parameter whose type an earlier use decided: this use
                // reads the text with the type's input function too.
                if is_param && matches!(t.lit, Lit::No) {
                    self.read_param_input(e, t.ty);
                }
                Ok(t)
            }
            Expr::TypedString(ts) => {
                let Value::SingleQuotedString(s) = &ts.value.value else {
                    return Err(Error::unsupported("typed literal of this form", span, ""));
                };
                let text = s.clone();
                let target = casts::target_type(&ts.data_type, span)?;
                let name = cast_name(&ts.data_type, target.ty);
                let lit = Typed {
                    ty: PgType::Unknown,
                    col: ColName::none(),
                    lit: Lit::Unknown(text.clone()),
                    integral: false,
                    typmod: typmod::NONE,
                    not_null: false,
                };
                *e = build::string(&text);
                let mut t = casts::cast(self, e, lit, target, span)?;
                t.col = ColName::cast(ColName::none(), name);
                Ok(t)
            }
            Expr::AtTimeZone {
                timestamp,
                time_zone,
            } => {
                let vt = self.expr(timestamp, scope)?;
                let zt = self.expr(time_zone, scope)?;
                let value = std::mem::replace(timestamp.as_mut(), build::null());
                let zone = std::mem::replace(time_zone.as_mut(), build::null());
                let (x, mut t) = super::datetime::at_time_zone(self, value, &vt, zone, &zt, span)?;
                *e = x;
                t.col = ColName::strong("timezone");
                // timezone() is strict: a NULL constant value or zone makes
                // a NULL constant, as PostgreSQL's planner folds it (so an
                // enclosing strict operator does not evaluate its other side).
                if vt.lit == Lit::Null || zt.lit == Lit::Null {
                    *e = build::null();
                    t.lit = Lit::Null;
                }
                Ok(t)
            }
            Expr::Extract { field, expr: x, .. } => {
                // `EXTRACT('month' FROM x)` (Django): the field may be a
                // string constant, as in PostgreSQL's grammar (extract_arg).
                let name = match field {
                    sqlparser::ast::DateTimeField::Custom(id) if id.quote_style == Some('\'') => {
                        id.value.to_lowercase()
                    }
                    _ => field.to_string().to_lowercase(),
                };
                let vt = self.expr(x, scope)?;
                let value = std::mem::replace(x.as_mut(), build::null());
                let (out, mut t) = super::datetime::extract(self, &name, value, vt, span)?;
                *e = out;
                t.col = ColName::strong("extract");
                Ok(t)
            }
            Expr::Interval(iv) => {
                let text = match iv.value.as_ref() {
                    Expr::Value(v) => match &v.value {
                        Value::SingleQuotedString(s) => Some(s.clone()),
                        _ => None,
                    },
                    _ => None,
                };
                let Some(text) = text else {
                    return Err(Error::unsupported(
                        "INTERVAL with a non-string value",
                        span,
                        "write interval '1 day 2 hours' (a quoted interval), or n * interval '1 day'",
                    ));
                };
                let target = interval_literal_target(iv, span)?;
                let lit = Typed {
                    ty: PgType::Unknown,
                    col: ColName::none(),
                    lit: Lit::Unknown(text.clone()),
                    integral: false,
                    typmod: typmod::NONE,
                    not_null: false,
                };
                *e = build::string(&text);
                let mut t = casts::cast(self, e, lit, target, span)?;
                t.col = ColName::cast(ColName::none(), "interval");
                Ok(t)
            }
            Expr::Cast {
                kind,
                expr: inner,
                data_type,
                format,
            } => {
                if format.is_some() || !matches!(kind, CastKind::Cast | CastKind::DoubleColon) {
                    return Err(Error::unsupported(
                        "this form of CAST",
                        span,
                        "use CAST(x AS type) or x::type",
                    ));
                }
                let target = casts::target_type(data_type, span)?;
                // `ARRAY[]::integer[]`: the empty array of the cast's type.
                if target.ty.is_array()
                    && matches!(inner.as_ref(), Expr::Array(a) if a.elem.is_empty())
                {
                    **inner = build::string("{}");
                }
                let it = self.expr(inner, scope)?;
                let mut inner_expr = std::mem::replace(inner.as_mut(), build::null());
                let col = ColName::cast(it.col.clone(), cast_name(data_type, target.ty));
                let mut t = casts::cast(self, &mut inner_expr, it, target, span)?;
                *e = inner_expr;
                t.col = col;
                Ok(t)
            }
            // PostgreSQL's unary minus binds tighter than `^` (`-2 ^ 2` is
            // 4); sqlparser reads `-(2 ^ 2)`.
            Expr::UnaryOp {
                op: op @ (UnaryOperator::Minus | UnaryOperator::Plus),
                expr: inner,
            } if super::math::is_power(inner) => {
                let op = *op;
                let power = std::mem::replace(inner.as_mut(), build::null());
                *e = super::math::sign_into_power(op, power);
                self.expr(e, scope)
            }
            Expr::UnaryOp { op, expr: inner } => {
                let op = *op;
                let it = self.expr(inner, scope)?;
                operators::unary(self, e, op, it, span)
            }
            Expr::BinaryOp {
                left,
                op: BinaryOperator::Overlaps,
                right,
            } => {
                let x = super::datetime::overlaps(self, left, right, scope, span)?;
                *e = x;
                Ok(Typed::named(PgType::Bool, ColName::strong("overlaps")))
            }
            // `x ^ y`: exponentiation (see `math::power_operator`).
            Expr::BinaryOp {
                left,
                op: BinaryOperator::PGExp,
                right,
            } => {
                let lt = self.expr(left, scope)?;
                let rt = self.expr(right, scope)?;
                super::math::power_operator(self, e, lt, rt, span)
            }
            Expr::BinaryOp { left, op, right } => {
                let op = op.clone();
                let lt = self.expr(left, scope)?;
                let rt = self.expr(right, scope)?;
                operators::binary(self, e, op, lt, rt, span)
            }
            Expr::IsNull(inner) | Expr::IsNotNull(inner) => {
                let t = self.expr(inner, scope)?;
                self.resolve_unknown_as_text(inner, &t)?;
                Ok(Typed::new(PgType::Bool))
            }
            Expr::IsTrue(inner)
            | Expr::IsNotTrue(inner)
            | Expr::IsFalse(inner)
            | Expr::IsNotFalse(inner) => {
                let t = self.expr(inner, scope)?;
                self.require_bool(inner, &t, "IS TRUE", span)?;
                Ok(Typed::new(PgType::Bool))
            }
            // SQLite has no IS [NOT] UNKNOWN; for a boolean it is IS [NOT] NULL.
            Expr::IsUnknown(inner) | Expr::IsNotUnknown(inner) => {
                let t = self.expr(inner, scope)?;
                self.require_bool(inner, &t, "IS UNKNOWN", span)?;
                let x = std::mem::replace(inner.as_mut(), build::null());
                *e = match e {
                    Expr::IsUnknown(_) => Expr::IsNull(Box::new(x)),
                    _ => Expr::IsNotNull(Box::new(x)),
                };
                Ok(Typed::new(PgType::Bool))
            }
            Expr::IsDistinctFrom(l, r) | Expr::IsNotDistinctFrom(l, r) => {
                self.require_sqlite(3_039_000, "IS [NOT] DISTINCT FROM", span)?;
                let lt = self.expr(l, scope)?;
                let rt = self.expr(r, scope)?;
                operators::comparable(self, l, lt, r, rt, "=", span)?;
                Ok(Typed::new(PgType::Bool))
            }
            // PostgreSQL reads `x BETWEEN a AND b` as `x >= a AND x <= b`
            // (NOT: `x < a OR x > b`), each comparison typed on its own.
            Expr::Between {
                expr: x,
                negated,
                low,
                high,
            } => {
                let (x, mut low, high) = (
                    x.as_ref().clone(),
                    low.as_ref().clone(),
                    high.as_ref().clone(),
                );
                // BETWEEN SYMMETRIC (marked by the token mend): PostgreSQL
                // reads it as `x BETWEEN a AND b OR x BETWEEN b AND a`.
                let symmetric = match &low {
                    Expr::Function(f) if last_name(&f.name.0) == super::SYMMETRIC_MARK => {
                        match &f.args {
                            sqlparser::ast::FunctionArguments::List(l) if l.args.len() == 1 => {
                                match &l.args[0] {
                                    sqlparser::ast::FunctionArg::Unnamed(
                                        sqlparser::ast::FunctionArgExpr::Expr(inner),
                                    ) => Some(inner.clone()),
                                    _ => None,
                                }
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                if let Some(inner) = symmetric {
                    low = inner;
                    let between = |lo: Expr, hi: Expr| Expr::Between {
                        expr: Box::new(x.clone()),
                        negated: false,
                        low: Box::new(lo),
                        high: Box::new(hi),
                    };
                    let either = build::binary(
                        between(low.clone(), high.clone()),
                        BinaryOperator::Or,
                        between(high, low),
                    );
                    let mut rewritten = if *negated {
                        Expr::UnaryOp {
                            op: sqlparser::ast::UnaryOperator::Not,
                            expr: Box::new(build::nested(either)),
                        }
                    } else {
                        either
                    };
                    self.expr(&mut rewritten, scope)?;
                    *e = build::nested(rewritten);
                    return Ok(Typed::named(PgType::Bool, ColName::weak("?column?")));
                }
                let (lo_op, hi_op, join) = if *negated {
                    (BinaryOperator::Lt, BinaryOperator::Gt, BinaryOperator::Or)
                } else {
                    (
                        BinaryOperator::GtEq,
                        BinaryOperator::LtEq,
                        BinaryOperator::And,
                    )
                };
                let mut rewritten = build::binary(
                    build::nested(build::binary(x.clone(), lo_op, low)),
                    join,
                    build::nested(build::binary(x, hi_op, high)),
                );
                self.expr(&mut rewritten, scope)?;
                *e = build::nested(rewritten);
                Ok(Typed::named(PgType::Bool, ColName::weak("?column?")))
            }
            // PostgreSQL types the constant items of an IN list together
            // with the left side, and compares each item that refers to a
            // column on its own (`x = col`, OR-ed; AND-ed for NOT IN).
            Expr::In {
                expr: x,
                target: InTarget::List(list),
                negated,
                ..
            } if list.iter().any(refers_to_columns) => {
                let negated = *negated;
                let (vars, consts): (Vec<Expr>, Vec<Expr>) = std::mem::take(list)
                    .into_iter()
                    .partition(refers_to_columns);
                let x = x.as_ref().clone();
                let (op, join) = if negated {
                    (BinaryOperator::NotEq, BinaryOperator::And)
                } else {
                    (BinaryOperator::Eq, BinaryOperator::Or)
                };
                let mut parts: Vec<Expr> = Vec::new();
                if !consts.is_empty() {
                    parts.push(build::nested(build::in_list(x.clone(), consts, negated)));
                }
                for v in vars {
                    parts.push(build::nested(build::binary(x.clone(), op.clone(), v)));
                }
                let mut rewritten = build::chain(parts, join);
                self.expr(&mut rewritten, scope)?;
                *e = build::nested(rewritten);
                Ok(Typed::named(PgType::Bool, ColName::weak("?column?")))
            }
            Expr::In {
                expr: x,
                target: InTarget::List(list),
                negated,
                ..
            } => {
                let negated = *negated;
                let original = (x.as_ref().clone(), list.clone());
                let xt = self.expr(x, scope)?;
                let mut types = vec![xt.clone()];
                for item in list.iter_mut() {
                    types.push(self.expr(item, scope)?);
                }
                // An integral numeric (extract(dow FROM …)) among integers
                // compares exactly as SQLite integers.
                if types[0].integral && types[1..].iter().all(|t| t.ty.is_integer() || t.integral) {
                    return Ok(Typed::new(PgType::Bool));
                }
                let refs: Vec<&Typed> = types.iter().collect();
                // Without a common type PostgreSQL compares item by item.
                let Ok(common) = self.common_type(&refs, "IN", span) else {
                    let (x, items) = original;
                    let (op, join) = if negated {
                        (BinaryOperator::NotEq, BinaryOperator::And)
                    } else {
                        (BinaryOperator::Eq, BinaryOperator::Or)
                    };
                    let parts = items
                        .into_iter()
                        .map(|v| build::nested(build::binary(x.clone(), op.clone(), v)))
                        .collect();
                    let mut rewritten = build::chain(parts, join);
                    self.expr(&mut rewritten, scope)?;
                    *e = build::nested(rewritten);
                    return Ok(Typed::named(PgType::Bool, ColName::weak("?column?")));
                };
                operators::check_comparable(common, common, "=", span)?;
                // The left side keeps its type: PostgreSQL compares it with
                // a cross-type operator (`date = timestamp`), which takes a
                // date past the timestamp range.
                if !super::datetime::comparison_key(self, x, types[0].ty, common) {
                    self.coerce(x, &types[0], common, span)?;
                }
                for (item, t) in list.iter_mut().zip(&types[1..]) {
                    self.coerce(item, t, common, span)?;
                }
                super::datetime::keyed(x, common);
                for item in list.iter_mut() {
                    super::datetime::keyed(item, common);
                }
                Ok(Typed::new(PgType::Bool))
            }
            Expr::In {
                expr: x,
                target: InTarget::Subquery(subquery),
                ..
            } => {
                let xt = self.expr(x, scope)?;
                let cols = self.query(subquery, Some(scope))?;
                if cols.len() != 1 {
                    return Err(Error::semantic("subquery has too many columns", span));
                }
                let st = Typed::new(cols[0].ty);
                let common = self.common_type(&[&xt, &st], "IN", span)?;
                operators::check_comparable(common, common, "=", span)?;
                if common == PgType::Numeric && (xt.ty != st.ty || xt.integral) {
                    return Err(Error::unsupported(
                        "IN (subquery) between numeric and another type",
                        span,
                        "cast both sides to the same type (::numeric)",
                    ));
                }
                self.coerce(x, &xt, common, span)?;
                super::datetime::collate_ordered(x, common);
                Ok(Typed::new(PgType::Bool))
            }
            Expr::Exists { subquery, .. } => {
                self.query(subquery, Some(scope))?;
                Ok(Typed::named(PgType::Bool, ColName::strong("exists")))
            }
            Expr::Subquery(q) => {
                let cols = self.query(q, Some(scope))?;
                if cols.len() != 1 {
                    return Err(Error::semantic(
                        "subquery must return only one column",
                        span,
                    ));
                }
                let col = &cols[0];
                // PostgreSQL raises an error when a scalar subquery yields more
                // than one row; SQLite would take the first. The aggregate
                // pg_scalar_subquery() raises PostgreSQL's error instead.
                let inner = std::mem::replace(q.as_mut(), super::empty_query());
                let label = col.name.clone();
                let (ty, m) = (col.ty, col.typmod);
                *e = super::wrap_scalar_subquery(inner, &label);
                Ok(Typed::named(ty, ColName::strong(label)).with_typmod(m))
            }
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => self.case(operand, conditions, else_result, scope, span),
            Expr::Function(f)
                if matches!(f.args, sqlparser::ast::FunctionArguments::Subquery(_))
                    && f.name.0.len() == 1
                    && last_name(&f.name.0) == "array" =>
            {
                super::arrays::subquery(self, e, scope, span)
            }
            Expr::Function(_) => functions::call(self, e, scope, span),
            Expr::Array(_) => super::arrays::constructor(self, e, scope, span),
            // ILIKE under the C collation is LIKE with the ASCII letters of
            // both sides folded, the escape applied first (PostgreSQL's
            // like_escape, then lower): pg_ilike.
            Expr::Like { .. } | Expr::ILike { .. } => {
                let insensitive = matches!(e, Expr::ILike { .. });
                let (word, op) = if insensitive {
                    ("ILIKE", "~~*")
                } else {
                    ("LIKE", "~~")
                };
                let (Expr::Like {
                    negated,
                    any,
                    expr: x,
                    pattern,
                    escape_char,
                }
                | Expr::ILike {
                    negated,
                    any,
                    expr: x,
                    pattern,
                    escape_char,
                }) = e
                else {
                    return Err(Error::Internal("LIKE".into()));
                };
                if *any {
                    return Err(Error::unsupported(
                        format!("{word} ANY"),
                        span,
                        format!("write several {word} tests joined with OR"),
                    ));
                }
                let negated = *negated;
                let xt = self.expr(x, scope)?;
                let pt = self.expr(pattern, scope)?;
                self.coerce_to_text(x, &xt, op, span)?;
                self.coerce_to_text(pattern, &pt, op, span)?;
                // LIKE is strict: a NULL constant side makes it NULL without
                // evaluating the other (PostgreSQL's planner folds it).
                if xt.lit == Lit::Null || pt.lit == Lit::Null {
                    *e = build::null();
                    return Ok(Typed {
                        lit: Lit::Null,
                        ..Typed::new(PgType::Bool)
                    });
                }
                let mut args = vec![
                    std::mem::replace(x.as_mut(), build::null()),
                    std::mem::replace(pattern.as_mut(), build::null()),
                ];
                if let Some(esc) = escape_char {
                    let et = self.expr(esc, scope)?;
                    self.coerce_to_text(esc, &et, "ESCAPE", span)?;
                    args.push(std::mem::replace(esc.as_mut(), build::null()));
                }
                let func = if insensitive { "pg_ilike" } else { "pg_like" };
                *e = build::not_if(negated, build::call(func, args));
                Ok(Typed::new(PgType::Bool))
            }
            Expr::Position { expr: sub, r#in } => {
                let st = self.expr(sub, scope)?;
                let it = self.expr(r#in, scope)?;
                self.coerce_to_text(sub, &st, "position", span)?;
                self.coerce_to_text(r#in, &it, "position", span)?;
                let a = std::mem::replace(r#in.as_mut(), build::null());
                let b = std::mem::replace(sub.as_mut(), build::null());
                *e = build::call("pg_strpos", vec![a, b]);
                Ok(Typed::named(PgType::Int4, ColName::strong("position")))
            }
            Expr::Collate { .. } => super::strings::collate(self, e, scope, span),
            Expr::Substring { .. } => super::strings::substring(self, e, scope, span),
            Expr::Trim { .. } => super::strings::trim_syntax(self, e, scope, span),
            Expr::Tuple(_) => Err(Error::unsupported(
                "row constructor",
                span,
                "compare the fields one by one",
            )),
            // `x op ANY (ARRAY[…] | subquery)`, `x op ALL (…)`: IN / NOT IN
            // for = ANY and <> ALL, otherwise an OR / AND of comparisons
            // over an ARRAY[…] list (PostgreSQL's three-valued result).
            Expr::AnyOp { .. } | Expr::AllOp { .. } => {
                let any = matches!(e, Expr::AnyOp { .. });
                let (Expr::AnyOp {
                    left,
                    compare_op,
                    right,
                    ..
                }
                | Expr::AllOp {
                    left,
                    compare_op,
                    right,
                }) = e
                else {
                    return Err(Error::Internal("ANY/ALL".into()));
                };
                let op = compare_op.clone();
                if !is_comparison(&op) {
                    return Err(Error::unsupported(format!("{op} ANY/ALL"), span, ""));
                }
                let x = std::mem::replace(left.as_mut(), build::null());
                let target = std::mem::replace(right.as_mut(), build::null());
                let membership =
                    (any && op == BinaryOperator::Eq) || (!any && op == BinaryOperator::NotEq);
                let mut rewritten = match target {
                    Expr::Array(arr) if membership => build::in_list(x, arr.elem, !any),
                    Expr::Array(arr) if !arr.elem.is_empty() => {
                        let joiner = if any {
                            BinaryOperator::Or
                        } else {
                            BinaryOperator::And
                        };
                        let parts = arr
                            .elem
                            .into_iter()
                            .map(|v| build::nested(build::binary(x.clone(), op.clone(), v)))
                            .collect();
                        build::nested(build::chain(parts, joiner))
                    }
                    Expr::Subquery(q) if membership => build::in_subquery(x, q, !any),
                    Expr::Nested(inner) if membership && matches!(*inner, Expr::Subquery(_)) => {
                        match *inner {
                            Expr::Subquery(q) => build::in_subquery(x, q, !any),
                            _ => build::null(),
                        }
                    }
                    other if membership => {
                        return self.any_array(e, x, other, !any, scope, span);
                    }
                    _ => {
                        return Err(Error::unsupported(
                            "ANY/ALL over this operand",
                            span,
                            "ARRAY[…] lists, = ANY / <> ALL over a subquery or an array \
                             value ($1, '{1,2}') are translated",
                        ));
                    }
                };
                let t = self.expr(&mut rewritten, scope)?;
                *e = rewritten;
                Ok(t)
            }
            other => Err(Error::unsupported(construct_name(other), span, "")),
        }
    }

    /// `v[i]` of an `int2vector` (the catalogs' column lists): element `i`
    /// counting from 0, NULL out of range. Subscripts of other types come
    /// with arrays as values.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/arrays.html#ARRAYS-ACCESSING>
    fn subscript(
        &mut self,
        e: &mut Expr,
        scope: &Scope,
        span: Option<SourceSpan>,
    ) -> Result<Typed> {
        let Expr::CompoundFieldAccess { root, access_chain } = e else {
            return Err(Error::Internal("subscript() on another node".into()));
        };
        // `i.indkey[k]` parses as `i` with `.indkey` then `[k]`.
        while let Some(sqlparser::ast::AccessExpr::Dot(Expr::Identifier(id))) = access_chain.first()
        {
            let id = id.clone();
            access_chain.remove(0);
            let parts = match std::mem::replace(root.as_mut(), build::null()) {
                Expr::Identifier(r) => vec![r, id],
                Expr::CompoundIdentifier(mut r) => {
                    r.push(id);
                    r
                }
                other => {
                    return Err(Error::unsupported(
                        format!("field selection from {other}"),
                        span,
                        "",
                    ));
                }
            };
            **root = Expr::CompoundIdentifier(parts);
        }
        let [sqlparser::ast::AccessExpr::Subscript(sqlparser::ast::Subscript::Index { index })] =
            access_chain.as_mut_slice()
        else {
            return Err(Error::unsupported(
                "array slices and nested subscripts",
                span,
                "subscript once: v[i]",
            ));
        };
        let rt = self.expr(root, scope)?;
        if rt.ty.vector_element().is_none() && !rt.ty.is_array() {
            return Err(Error::semantic(
                format!(
                    "cannot subscript type {} because it does not support subscripting",
                    rt.ty.sql_name()
                ),
                span,
            ));
        }
        let it = self.expr(index, scope)?;
        if !it.is_unknown() && !matches!(it.ty, PgType::Int2 | PgType::Int4) {
            return Err(Error::semantic(
                "array subscript must have type integer",
                span,
            ));
        }
        self.coerce(index, &it, PgType::Int4, span)?;
        let root = std::mem::replace(root.as_mut(), build::null());
        let index = std::mem::replace(index, build::null());
        let ty = if let Some(elem) = rt.ty.vector_element() {
            *e = build::call("pg_int2vector_at", vec![root, index]);
            elem
        } else {
            let (x, elem) = super::arrays::subscript(root, rt.ty, index, span)?;
            *e = x;
            elem
        };
        // A subscripted column keeps the column's name.
        Ok(Typed {
            col: rt.col,
            ..Typed::new(ty)
        })
    }

    /// `x = ANY(array)` / `x <> ALL(array)` over an array value: a
    /// parameter (typed as the array of x's type), an array literal
    /// (`'{1,2}'`) or an array-typed expression. The elements are read with
    /// the element type's input function at run time and compared with
    /// SQL's three-valued logic.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/functions-comparisons.html#FUNCTIONS-COMPARISONS-ANY-SOME>
    fn any_array(
        &mut self,
        e: &mut Expr,
        mut x: Expr,
        mut arr: Expr,
        negated: bool,
        scope: &Scope,
        span: Option<SourceSpan>,
    ) -> Result<Typed> {
        let xt = self.expr(&mut x, scope)?;
        let mut at = self.expr(&mut arr, scope)?;
        // int2vector (pg_index.indkey) is read as the int2[] of its
        // elements, oidvector as the oid[].
        if let Some(array) = at.ty.vector_element().and_then(PgType::array_of) {
            arr = build::call("pg_int2vector_array", vec![arr]);
            at = Typed::new(array);
        }
        let arr_ty = if at.ty.is_array() {
            at.ty
        } else {
            let elem = if xt.is_unknown() { PgType::Text } else { xt.ty };
            elem.array_of().ok_or_else(|| {
                Error::unsupported(
                    format!("= ANY over an array of {}", elem.sql_name()),
                    span,
                    "arrays of integers, double precision, numeric, boolean and text are translated",
                )
            })?
        };
        let elem = arr_ty.element().unwrap_or(PgType::Text);
        match &at.lit {
            Lit::Param(n) => {
                let n = *n;
                self.set_param(n, arr_ty, &mut arr, span)?;
            }
            Lit::Unknown(s) => {
                crate::types::array::parse(s).map_err(|m| Error::semantic(m, span))?;
            }
            Lit::Null => {}
            _ if at.ty.is_array() => {}
            _ => {
                return Err(Error::semantic(
                    format!(
                        "op ANY/ALL (array) requires array on right side, not {}",
                        at.ty.sql_name()
                    ),
                    span,
                ));
            }
        }
        self.coerce(&mut x, &xt, elem, span)?;
        let xty = if xt.is_unknown() { elem } else { xt.ty };
        let stringy = |t: PgType| t.is_string() || t == PgType::Char;
        let comparable = (xty.is_numeric_category() && elem.is_numeric_category())
            || (stringy(xty) && stringy(elem))
            || xty == elem;
        if !comparable {
            return Err(operators::no_operator(xty, "=", arr_ty, span));
        }
        let kind = match elem {
            PgType::Int2 if xty.is_integer() => "int2",
            PgType::Int4 if xty.is_integer() => "int4",
            PgType::Int8 if xty.is_integer() => "int8",
            PgType::Float8 => "float",
            t if t.is_numeric_category() => {
                if xty.is_float() {
                    "float"
                } else {
                    "numeric"
                }
            }
            PgType::Bool => "bool",
            _ => "text",
        };
        let call = build::call("pg_array_any_eq", vec![x, arr, build::string(kind)]);
        *e = if negated {
            build::nested(build::not_if(true, call))
        } else {
            call
        };
        Ok(Typed::new(PgType::Bool))
    }

    fn literal(
        &mut self,
        v: &mut sqlparser::ast::ValueWithSpan,
        span: Option<SourceSpan>,
    ) -> Result<Typed> {
        let lit = |ty, lit| {
            Ok(Typed {
                ty,
                col: ColName::none(),
                lit,
                integral: false,
                typmod: typmod::NONE,
                not_null: false,
            })
        };
        match &mut v.value {
            Value::Number(n, _) => {
                let text = n.clone();
                if text.bytes().all(|b| b.is_ascii_digit()) {
                    match text.parse::<i64>() {
                        Ok(i) if i32::try_from(i).is_ok() => lit(PgType::Int4, Lit::Int(i)),
                        Ok(i) => lit(PgType::Int8, Lit::Int(i)),
                        Err(_) => lit(PgType::Numeric, Lit::Numeric(text)),
                    }
                } else {
                    lit(PgType::Numeric, Lit::Numeric(text))
                }
            }
            Value::SingleQuotedString(s) => {
                let s = s.clone();
                lit(PgType::Unknown, Lit::Unknown(s))
            }
            Value::EscapedStringLiteral(s) | Value::UnicodeStringLiteral(s) => {
                let s = s.clone();
                v.value = Value::SingleQuotedString(s.clone());
                lit(PgType::Unknown, Lit::Unknown(s))
            }
            Value::DollarQuotedString(d) => {
                let s = d.value.clone();
                v.value = Value::SingleQuotedString(s.clone());
                lit(PgType::Unknown, Lit::Unknown(s))
            }
            Value::Boolean(b) => {
                let b = *b;
                v.value = Value::Number(if b { "1".into() } else { "0".into() }, false);
                lit(PgType::Bool, Lit::No)
            }
            Value::Null => lit(PgType::Unknown, Lit::Null),
            Value::Placeholder(p) => {
                let n = p
                    .strip_prefix('$')
                    .and_then(|d| d.parse::<usize>().ok())
                    .filter(|n| *n >= 1 && *n <= 65535)
                    .ok_or_else(|| {
                        Error::unsupported(format!("parameter {p}"), span, "use $1, $2, …")
                    })?;
                if self.params.len() < n {
                    self.params.resize(n, None);
                }
                v.value = Value::Placeholder(format!("?{n}"));
                match self.params[n - 1] {
                    Some(t) => lit(t, Lit::No),
                    None => lit(PgType::Unknown, Lit::Param(n)),
                }
            }
            Value::HexStringLiteral(_) => Err(Error::unsupported("bit-string literal", span, "")),
            _ => Err(Error::unsupported("this kind of literal", span, "")),
        }
    }

    fn case(
        &mut self,
        operand: &mut Option<Box<Expr>>,
        conditions: &mut [sqlparser::ast::CaseWhen],
        else_result: &mut Option<Box<Expr>>,
        scope: &Scope,
        span: Option<SourceSpan>,
    ) -> Result<Typed> {
        let op_t = match operand {
            Some(o) => Some(self.expr(o, scope)?),
            None => None,
        };
        // `CASE x WHEN a …` becomes `CASE WHEN x = a …`: each comparison
        // converts its own copy of the operand to the pair's common type
        // (a date against a timestamptz, an interval by its key).
        let typed_operand = operand.take();
        let mut results = Vec::new();
        for w in conditions.iter_mut() {
            let ct = self.expr(&mut w.condition, scope)?;
            match (&op_t, typed_operand.as_deref()) {
                (Some(ot), Some(o)) => {
                    let mut o = o.clone();
                    operators::comparable(
                        self,
                        &mut o,
                        ot.clone(),
                        &mut w.condition,
                        ct,
                        "=",
                        span,
                    )?;
                    let cond = std::mem::replace(&mut w.condition, build::null());
                    w.condition = build::nested(build::binary(o, BinaryOperator::Eq, cond));
                }
                _ => self.require_bool(&mut w.condition, &ct, "CASE/WHEN", span)?,
            }
            results.push(self.expr(&mut w.result, scope)?);
        }
        let else_t = match else_result {
            Some(x) => Some(self.expr(x, scope)?),
            None => None,
        };
        let mut all: Vec<&Typed> = results.iter().collect();
        if let Some(t) = &else_t {
            all.push(t);
        }
        let common = self.common_type(&all, "CASE", span)?;
        let common = if common == PgType::Unknown {
            PgType::Text
        } else {
            common
        };
        for (w, t) in conditions.iter_mut().zip(&results) {
            self.coerce(&mut w.result, t, common, span)?;
        }
        if let (Some(x), Some(t)) = (else_result.as_deref_mut(), &else_t) {
            self.coerce(x, t, common, span)?;
        }
        // PostgreSQL names a CASE after its ELSE branch when that is a column.
        let col = match &else_t {
            Some(t) if t.col.strength > 1 => t.col.clone(),
            _ => ColName::weak("case"),
        };
        // Without an ELSE, the implicit ELSE NULL has no modifier.
        let m = match else_t {
            Some(_) => common_typmod(common, all.iter().map(|t| (t.ty, t.typmod))),
            None => typmod::NONE,
        };
        Ok(Typed::named(common, col).with_typmod(m))
    }

    /// PostgreSQL's `select_common_type` for the types pgshim supports:
    /// unknowns take the type of the others; integers widen; an integer
    /// meets a float as double precision; anything else must match.
    pub(crate) fn common_type(
        &self,
        ts: &[&Typed],
        what: &str,
        span: Option<SourceSpan>,
    ) -> Result<PgType> {
        let mut common = PgType::Unknown;
        for t in ts {
            let ty = match (&t.lit, t.ty) {
                // A numeric literal next to a float is read as a float.
                (Lit::Numeric(_), _) if ts.iter().any(|o| o.ty.is_float()) => PgType::Float8,
                (_, ty) => ty,
            };
            if ty == PgType::Unknown {
                continue;
            }
            common = match (common, ty) {
                (PgType::Unknown, t) => t,
                (a, b) if a == b => a,
                (a, b) if a.is_integer() && b.is_integer() => wider_int(a, b),
                // integer → oid is implicit (oid is the preferred type),
                // and so is oid → bigint.
                (o, PgType::Int2 | PgType::Int4) | (PgType::Int2 | PgType::Int4, o)
                    if o.is_oid() =>
                {
                    o
                }
                (o, PgType::Int8) | (PgType::Int8, o) if o.is_oid() => PgType::Int8,
                // regclass = oid, regclass = regtype: both sides are read
                // as oid.
                (a, b) if a.is_oid() && b.is_oid() => PgType::Oid,
                (a, b) if a.is_numeric_category() && b.is_numeric_category() => {
                    if a == PgType::Numeric || b == PgType::Numeric {
                        if a.is_float() || b.is_float() {
                            PgType::Float8
                        } else {
                            PgType::Numeric
                        }
                    } else {
                        PgType::Float8
                    }
                }
                (a, b) if a.is_string() && b.is_string() => PgType::Text,
                (a, b) if super::datetime::common(a, b).is_some() => {
                    super::datetime::common(a, b).unwrap_or(a)
                }
                (a, b) => {
                    return Err(Error::semantic(
                        format!(
                            "{what} types {} and {} cannot be matched",
                            a.sql_name(),
                            b.sql_name()
                        ),
                        span,
                    ));
                }
            };
        }
        Ok(common)
    }

    /// Implicit coercion of `e` (typed `t`) to `target`: folds untyped
    /// literals through the target's input function (with PostgreSQL's
    /// errors), types parameters, and checks that a typed value may be used
    /// as `target` without an explicit cast.
    pub(crate) fn coerce(
        &mut self,
        e: &mut Expr,
        t: &Typed,
        target: PgType,
        span: Option<SourceSpan>,
    ) -> Result<()> {
        if target == PgType::Unknown || t.ty == target && t.lit == Lit::No && !t.integral {
            return Ok(());
        }
        match &t.lit {
            Lit::Null => Ok(()),
            Lit::Unknown(s) => {
                let s = s.clone();
                *e = casts::fold_literal(self, &s, target, span)?;
                Ok(())
            }
            Lit::Param(n) => self.set_param(*n, target, e, span),
            Lit::Numeric(s) if target.is_float() => {
                let v = scalar::float8_in(s).map_err(|m| Error::semantic(m, span))?;
                *e = build::float(v);
                Ok(())
            }
            Lit::Numeric(_) if target == PgType::Numeric => Ok(()),
            // integer → numeric is implicit; numeric values are text, so
            // that they order and group with each other.
            Lit::Int(i) if target == PgType::Numeric && t.ty.is_integer() => {
                *e = build::string(&i.to_string());
                Ok(())
            }
            Lit::No if target == PgType::Numeric && (t.ty.is_integer() || t.integral) => {
                let inner = std::mem::replace(e, build::null());
                *e = build::call("pg_numeric_in", vec![inner]);
                Ok(())
            }
            // numeric → double precision is an implicit cast in PostgreSQL.
            Lit::No | Lit::Numeric(_) if t.ty == PgType::Numeric && target == PgType::Float8 => {
                let inner = std::mem::replace(e, build::null());
                *e = build::call("pg_numeric_to_float8", vec![inner]);
                Ok(())
            }
            Lit::Int(_) | Lit::No if super::datetime::implicit(t.ty, target) => {
                let inner = std::mem::replace(e, build::null());
                *e = super::datetime::convert(self, inner, t.ty, target)
                    .ok_or_else(|| Error::Internal("implicit date/time cast".into()))?;
                Ok(())
            }
            // integer → oid is implicit: a negative int4 wraps.
            // So is integer → regclass (and the other OID alias types).
            Lit::Int(i) if target.is_oid() && matches!(t.ty, PgType::Int2 | PgType::Int4) => {
                *e = build::int(i64::from(*i as i32 as u32));
                Ok(())
            }
            Lit::No if target.is_oid() && matches!(t.ty, PgType::Int2 | PgType::Int4) => {
                let inner = std::mem::replace(e, build::null());
                *e = build::call("pg_int4_to_oid", vec![inner]);
                Ok(())
            }
            Lit::Int(_) | Lit::No if t.ty.is_oid() && target == PgType::Int8 => Ok(()),
            // oid and its alias types are binary coercible, implicitly.
            Lit::No if t.ty.is_oid() && target.is_oid() => Ok(()),
            // integer → double precision is an implicit cast in PostgreSQL
            // (a bigint past 2^53 rounds); SQLite would keep the integer
            // and compare, group and deduplicate it exactly.
            Lit::Int(i) if t.ty.is_integer() && target.is_float() => {
                *e = build::float(*i as f64);
                Ok(())
            }
            Lit::No if t.ty.is_integer() && target.is_float() => {
                let inner = std::mem::replace(e, build::null());
                *e = build::sqlite_cast(inner, "REAL");
                Ok(())
            }
            Lit::Int(_) | Lit::No | Lit::Numeric(_) => {
                let ok = t.ty == target
                    || (t.ty.is_integer() && (target.is_integer() || target.is_float()))
                    || (t.ty.is_float() && target.is_float())
                    || (t.ty.is_string() && target.is_string());
                if ok {
                    Ok(())
                } else {
                    Err(Error::semantic_hint(
                        format!(
                            "cannot use a value of type {} where {} is expected",
                            t.ty.sql_name(),
                            target.sql_name()
                        ),
                        span,
                        format!("add an explicit cast: ::{}", target.name()),
                    ))
                }
            }
        }
    }

    /// Wraps a parameter placeholder in its type's input function where the
    /// bound text needs reading (date/time types in the session zone, exact
    /// numeric), as PostgreSQL reads a text-format parameter.
    fn read_param_input(&self, e: &mut Expr, ty: PgType) {
        if ty.is_temporal() {
            let inner = std::mem::replace(e, build::null());
            *e = super::datetime::param(self, inner, ty);
        } else if ty == PgType::Numeric {
            let inner = std::mem::replace(e, build::null());
            *e = build::call("pg_numeric_in", vec![inner]);
        }
    }

    pub(crate) fn set_param(
        &mut self,
        n: usize,
        target: PgType,
        e: &mut Expr,
        span: Option<SourceSpan>,
    ) -> Result<()> {
        if self.params[n - 1].is_none() {
            self.read_param_input(e, target);
            if target == PgType::Regclass {
                let inner = std::mem::replace(e, build::null());
                *e = super::catalog_functions::regclass_in(self, inner)?;
            }
        }
        if target == PgType::Bytea
            || target == PgType::Bpchar
            || (target.is_reg() && target != PgType::Regclass)
        {
            return Err(Error::unsupported(
                format!("parameter ${n} of type {}", target.sql_name()),
                span,
                "parameters of this type are not translated yet",
            ));
        }
        match self.params[n - 1] {
            Some(t) if t != target => Err(Error::semantic(
                format!("inconsistent types deduced for parameter ${n}"),
                span,
            )),
            _ => {
                self.params[n - 1] = Some(target);
                Ok(())
            }
        }
    }

    /// An expression used as a condition must be boolean (`WHERE`, `AND`, …).
    pub(crate) fn require_bool(
        &mut self,
        e: &mut Expr,
        t: &Typed,
        what: &str,
        span: Option<SourceSpan>,
    ) -> Result<()> {
        if t.ty == PgType::Bool {
            return Ok(());
        }
        if t.is_unknown() {
            return self.coerce(e, t, PgType::Bool, span);
        }
        Err(Error::semantic(
            format!(
                "argument of {what} must be type boolean, not type {}",
                t.ty.sql_name()
            ),
            span,
        ))
    }

    /// An unknown literal with no other context is text (PostgreSQL 10+).
    pub(crate) fn resolve_unknown_as_text(&mut self, e: &mut Expr, t: &Typed) -> Result<PgType> {
        match &t.lit {
            // A parameter with no other context in a select list is text,
            // as PostgreSQL resolves it.
            Lit::Param(n) => {
                let n = *n;
                self.set_param(n, PgType::Text, e, span_of(e))?;
                Ok(PgType::Text)
            }
            _ if t.is_unknown() => {
                self.coerce(e, t, PgType::Text, span_of(e))?;
                Ok(PgType::Text)
            }
            _ => Ok(t.ty),
        }
    }

    fn coerce_to_text(
        &mut self,
        e: &mut Expr,
        t: &Typed,
        op: &str,
        span: Option<SourceSpan>,
    ) -> Result<()> {
        if t.is_unknown() {
            return self.coerce(e, t, PgType::Text, span);
        }
        if t.ty.is_string() {
            return Ok(());
        }
        Err(Error::semantic_hint(
            format!("operator does not exist: {} {op} text", t.ty.sql_name()),
            span,
            "No operator matches the given name and argument types. You might need to add explicit type casts.",
        ))
    }
}

fn wider_int(a: PgType, b: PgType) -> PgType {
    let rank = |t| match t {
        PgType::Int2 => 0,
        PgType::Int4 => 1,
        _ => 2,
    };
    if rank(a) >= rank(b) { a } else { b }
}

/// A numeric constant as its output text (`1.50`, `1000` for `1e3`).
pub(crate) fn numeric_constant(s: &str, span: Option<SourceSpan>) -> Result<Expr> {
    let v: crate::types::numeric::Numeric = s.parse().map_err(|m| Error::semantic(m, span))?;
    Ok(build::string(&v.to_string()))
}

pub(crate) fn numeric_unsupported(span: Option<SourceSpan>) -> Error {
    Error::unsupported(
        "numeric values",
        span,
        "exact numeric is not translated yet; write an integer, or cast to double precision (::float8)",
    )
}

/// A name for an expression kind, for "unsupported" messages.
fn construct_name(e: &Expr) -> String {
    let dbg = format!("{e:?}");
    let kind = dbg.split(['(', ' ', '{']).next().unwrap_or("expression");
    match e {
        Expr::AtTimeZone { .. } => "AT TIME ZONE".into(),
        Expr::Extract { .. } => "EXTRACT".into(),
        Expr::Substring { .. } => "SUBSTRING".into(),
        Expr::Trim { .. } => "TRIM".into(),
        Expr::Position { .. } => "POSITION".into(),
        Expr::Interval(_) => "INTERVAL literal".into(),
        Expr::Array(_) => "ARRAY".into(),
        Expr::SimilarTo { .. } => "SIMILAR TO".into(),
        _ => format!("expression {kind}"),
    }
}

/// The type of `INTERVAL '…' DAY TO SECOND(3)`: the field restriction and
/// the seconds' precision (SQL's `INTERVAL '3' MONTH`).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-INTERVAL-INPUT>
fn interval_literal_target(
    iv: &sqlparser::ast::Interval,
    span: Option<SourceSpan>,
) -> Result<casts::Target> {
    use crate::time::IntervalRange;
    let field = |f: &sqlparser::ast::DateTimeField| {
        IntervalRange::field(&f.to_string())
            .ok_or_else(|| Error::semantic(format!("syntax error at or near \"{f}\""), span))
    };
    let mut target = casts::Target::plain(PgType::Interval);
    let Some(first) = &iv.leading_field else {
        if iv.last_field.is_some() || iv.leading_precision.is_some() {
            return Err(Error::semantic("syntax error in INTERVAL", span));
        }
        target.len = iv.fractional_seconds_precision;
        return Ok(target);
    };
    let first = field(first)?;
    let last = iv.last_field.as_ref().map(field).transpose()?;
    let range = IntervalRange::between(first, last).ok_or_else(|| {
        Error::semantic(
            format!(
                "syntax error at or near \"{}\"",
                iv.last_field
                    .as_ref()
                    .map(|f| f.to_string())
                    .unwrap_or_default()
            ),
            span,
        )
    })?;
    // Only SECOND takes a precision: `SECOND(3)`, `DAY TO SECOND(3)`.
    let precision = match (last, iv.leading_precision, iv.fractional_seconds_precision) {
        (None, p, None) if first == IntervalRange::SECOND => p,
        (Some(IntervalRange::SECOND), None, p) => p,
        (_, None, None) => None,
        _ => return Err(Error::semantic("syntax error at or near \"(\"", span)),
    };
    target.fields = Some(range);
    target.len = precision;
    Ok(target)
}

/// Whether the object name's last part is `name` (case-insensitive).
pub(crate) fn last_name(parts: &[ObjectNamePart]) -> String {
    match parts.last() {
        Some(ObjectNamePart::Identifier(i)) => {
            if i.quote_style.is_some() {
                i.value.clone()
            } else {
                i.value.to_lowercase()
            }
        }
        _ => String::new(),
    }
}

/// Recognizes comparison operators.
pub(crate) fn is_comparison(op: &BinaryOperator) -> bool {
    matches!(
        op,
        BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq
    )
}

impl Error {
    pub(crate) fn with_help(self, help: &str) -> Error {
        match self {
            Error::Semantic { message, span, .. } => Error::Semantic {
                message,
                span,
                help: Some(help.into()),
            },
            Error::Unsupported {
                construct, span, ..
            } => Error::Unsupported {
                construct,
                span,
                help: Some(help.into()),
            },
            e => e,
        }
    }
}

/// The column name PostgreSQL gives a cast to `ty` written as `data_type`
/// (FigureColname): the type's name, which for `integer[]` is the
/// element's (`int4`), the brackets being no part of the name.
fn cast_name(data_type: &sqlparser::ast::DataType, ty: PgType) -> &'static str {
    match (data_type, ty.element()) {
        (sqlparser::ast::DataType::Array(_), Some(elem)) => elem.name(),
        _ => ty.name(),
    }
}
