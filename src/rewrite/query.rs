//! Queries: WITH, SELECT, set operations, FROM and joins, GROUP BY,
//! ORDER BY (with PostgreSQL's NULLS LAST default), LIMIT/OFFSET/FETCH.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-select.html>

use sqlparser::ast::{
    Distinct, Expr, GroupByExpr, Join, JoinConstraint, JoinOperator, LimitClause, ObjectNamePart,
    Offset, OffsetRows, OrderByKind, Query, Select, SelectItem, SelectItemQualifiedWildcardKind,
    SetExpr, SetOperator, SetQuantifier, TableFactor, TableWithJoins, Value,
};

use super::expr::{Lit, Typed, fold_ident, last_name, span_of};
use super::scope::{Cte, Rel, Scope, ScopeCol};
use super::{Cx, OutputColumn, build};
use crate::error::{Error, Result, SourceSpan};
use crate::types::PgType;

/// PostgreSQL's error for a name that only an earlier item of the FROM
/// list has, used in a later item's join condition.
fn invisible_reference(e: Error, earlier: &[Rel]) -> Error {
    let Error::Semantic { message, span, .. } = &e else {
        return e;
    };
    let quoted = |prefix: &str| {
        message
            .strip_prefix(prefix)
            .and_then(|m| m.strip_prefix('"'))
            .and_then(|m| m.strip_suffix('"'))
            .map(str::to_string)
    };
    if let Some(q) = quoted("missing FROM-clause entry for table ") {
        if earlier.iter().any(|r| r.qualifier == q) {
            return Error::semantic_hint(
                format!("invalid reference to FROM-clause entry for table \"{q}\""),
                *span,
                format!(
                    "There is an entry for table \"{q}\", but it cannot be referenced from this part of the query."
                ),
            );
        }
    }
    if let Some(c) = message
        .strip_prefix("column \"")
        .and_then(|m| m.strip_suffix("\" does not exist"))
    {
        if let Some(r) = earlier.iter().find(|r| r.cols.iter().any(|x| x.name == c)) {
            return Error::semantic_hint(
                message.clone(),
                *span,
                format!(
                    "There is a column named \"{c}\" in table \"{}\", but it cannot be referenced from this part of the query.",
                    r.qualifier
                ),
            );
        }
    }
    e
}

impl Cx<'_> {
    /// Translates a query in place and returns its output columns.
    pub(crate) fn query(
        &mut self,
        q: &mut Query,
        parent: Option<&Scope>,
    ) -> Result<Vec<OutputColumn>> {
        if q.for_clause.is_some()
            || q.settings.is_some()
            || q.format_clause.is_some()
            || !q.pipe_operators.is_empty()
        {
            return Err(Error::unsupported("this query clause", None, ""));
        }
        if !q.locks.is_empty() {
            self.locking(q)?;
        }
        let mut scope = match parent {
            Some(p) => Scope::child(p),
            None => Scope::default(),
        };
        if let Some(with) = q.with.as_mut() {
            let recursive = with.recursive;
            for cte in with.cte_tables.iter_mut() {
                if cte.materialized.is_some() || cte.from.is_some() {
                    return Err(Error::unsupported(
                        "MATERIALIZED CTE",
                        None,
                        "drop [NOT] MATERIALIZED",
                    ));
                }
                if recursive && self.recursive_cte(cte, &mut scope)? {
                    continue;
                }
                let span = SourceSpan::from_sql(cte.alias.name.span);
                fold_ident(&mut cte.alias.name);
                let cols = self.query(&mut cte.query, Some(&scope))?;
                let names = alias_columns(&mut cte.alias.columns, &cols, span)?;
                if !cte.alias.columns.is_empty() {
                    rename_outputs(&mut cte.query, &names, span)?;
                    cte.alias.columns.clear();
                }
                scope.ctes.push(Cte {
                    name: cte.alias.name.value.clone(),
                    cols: cols
                        .iter()
                        .zip(&names)
                        .map(|(c, n)| ScopeCol::of_output(c, n.clone()))
                        .collect(),
                });
            }
        }
        let order_by = q.order_by.take();
        let mut order_by = order_by;
        let cols = match q.body.as_mut() {
            SetExpr::Select(sel) => self.select(sel, &scope, order_by.as_mut())?,
            _ => {
                let cols = self.set_expr(&mut q.body, &scope)?;
                if let Some(ob) = order_by.as_mut() {
                    let out_scope = Scope {
                        outputs: cols.iter().map(|c| (c.name.clone(), c.ty)).collect(),
                        ..Scope::default()
                    };
                    self.order_by_outputs_only(ob, &out_scope)?;
                }
                cols
            }
        };
        q.order_by = order_by;
        if let Some(plan) = self.distinct_on.take() {
            wrap_distinct_on(q, plan, &cols)?;
        }
        self.limit(q, &scope)?;
        Ok(cols)
    }

    /// `SELECT DISTINCT ON (keys) … ORDER BY keys, more`: the first row of
    /// each group of keys in ORDER BY order, as
    /// `row_number() OVER (PARTITION BY keys ORDER BY …) = 1` in a wrapping
    /// query that keeps the outer ORDER BY and LIMIT.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-select.html#SQL-DISTINCT>
    fn distinct_on(
        &mut self,
        sel: &mut Select,
        on: Vec<Expr>,
        scope: &Scope,
        order_by: Option<&mut sqlparser::ast::OrderBy>,
    ) -> Result<()> {
        let projected: Vec<Expr> = sel
            .projection
            .iter()
            .map(|i| match i {
                SelectItem::ExprWithAlias { expr, .. } | SelectItem::UnnamedExpr(expr) => {
                    expr.clone()
                }
                _ => build::null(),
            })
            .collect();
        // An ORDER BY or DISTINCT ON item may name an output column.
        let resolve = |e: &Expr| -> Option<Expr> {
            let inner = match e {
                Expr::Collate { expr, .. } => match expr.as_ref() {
                    Expr::Nested(x) => x.as_ref(),
                    x => x,
                },
                x => x,
            };
            let p = match ordinal(inner) {
                Some(i) => i as usize - 1,
                None => output_name(inner, scope)?,
            };
            // The output column keeps its type's order (interval, numeric
            // collations) as a key or sort term.
            let mut x = projected.get(p)?.clone();
            if let Some((_, ty)) = scope.outputs.get(p) {
                super::datetime::collate_ordered(&mut x, *ty);
            }
            Some(x)
        };
        let mut keys = Vec::new();
        for mut e in on {
            let k = match resolve(&e) {
                Some(x) => x,
                None => {
                    let t = self.expr(&mut e, scope)?;
                    let ty = self.resolve_unknown_as_text(&mut e, &t)?;
                    super::datetime::collate_ordered(&mut e, ty);
                    e
                }
            };
            keys.push(k);
        }
        let mut orders = Vec::new();
        if let Some(ob) = order_by {
            if let OrderByKind::Expressions(items) = &mut ob.kind {
                for item in std::mem::take(items) {
                    let e = resolve(&item.expr).unwrap_or_else(|| item.expr.clone());
                    orders.push((e, item.options));
                }
            }
        }
        let strip = |e: &Expr| -> String {
            match e {
                Expr::Collate { expr, .. } => expr.to_string(),
                x => x.to_string(),
            }
        };
        if !orders.is_empty()
            && (orders.len() < keys.len()
                || keys
                    .iter()
                    .zip(&orders)
                    .any(|(k, (o, _))| strip(k) != strip(o)))
        {
            return Err(Error::semantic(
                "SELECT DISTINCT ON expressions must match initial ORDER BY expressions",
                None,
            ));
        }
        // Visible columns get internal names; ORDER BY terms become hidden
        // columns; the window numbers rows within each key group.
        let mut names = Vec::new();
        for (i, item) in sel.projection.iter_mut().enumerate() {
            if let SelectItem::ExprWithAlias { alias, .. } = item {
                names.push(alias.value.clone());
                *alias = build::ident(&format!("__pgshim_c{i}"));
            }
        }
        let opts = |o: &sqlparser::ast::OrderByOptions| {
            let dir = if matches!(o.sort, Some(sqlparser::ast::OrderBySort::Desc)) {
                "DESC"
            } else {
                "ASC"
            };
            let nulls = if o.nulls_first == Some(true) {
                "NULLS FIRST"
            } else {
                "NULLS LAST"
            };
            format!("{dir} {nulls}")
        };
        let mut outer_order = Vec::new();
        let mut window_order = Vec::new();
        for (j, (e, o)) in orders.iter().enumerate() {
            window_order.push(format!("{e} {}", opts(o)));
            let collation = match e {
                Expr::Collate { collation, .. } => format!(" COLLATE {collation}"),
                _ => String::new(),
            };
            outer_order.push(format!("\"__pgshim_o{j}\"{collation} {}", opts(o)));
            sel.projection.push(SelectItem::ExprWithAlias {
                expr: e.clone(),
                alias: build::ident(&format!("__pgshim_o{j}")),
            });
        }
        let partition: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        let mut window = format!("row_number() OVER (PARTITION BY {}", partition.join(", "));
        if !window_order.is_empty() {
            window.push_str(&format!(" ORDER BY {}", window_order.join(", ")));
        }
        window.push(')');
        let rn = build::expr_from_sql(&window).map_err(Error::Internal)?;
        sel.projection.push(SelectItem::ExprWithAlias {
            expr: rn,
            alias: build::ident("__pgshim_rn"),
        });
        self.distinct_on = Some(DistinctOnPlan { names, outer_order });
        Ok(())
    }

    /// A CTE of `WITH RECURSIVE` whose body is `non-recursive term UNION
    /// [ALL] recursive term`: the first term gives the column types, the
    /// second is typed seeing the CTE, and the types must agree as
    /// PostgreSQL requires. Returns false for a CTE that is not of that
    /// shape (translated as an ordinary CTE).
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/queries-with.html#QUERIES-WITH-RECURSIVE>
    fn recursive_cte(&mut self, cte: &mut sqlparser::ast::Cte, scope: &mut Scope) -> Result<bool> {
        fold_ident(&mut cte.alias.name);
        let name = cte.alias.name.value.clone();
        let span = SourceSpan::from_sql(cte.alias.name.span);
        let refers_to_itself = {
            let text = cte.query.to_string().to_lowercase();
            text.contains(&format!("\"{name}\"")) || text.contains(&name)
        };
        let SetExpr::SetOperation {
            left,
            op: SetOperator::Union,
            right,
            ..
        } = cte.query.body.as_mut()
        else {
            return Ok(false);
        };
        if !refers_to_itself {
            return Ok(false);
        }
        if cte.query.order_by.is_some() || cte.query.limit_clause.is_some() {
            return Err(Error::unsupported(
                "ORDER BY/LIMIT in a recursive CTE",
                span,
                "order and limit the query that uses the CTE",
            ));
        }
        let first = self.set_expr(left, scope)?;
        let names = alias_columns(&mut cte.alias.columns, &first, span)?;
        let cols: Vec<ScopeCol> = first
            .iter()
            .zip(&names)
            .map(|(c, n)| ScopeCol::of_output(c, n.clone()))
            .collect();
        scope.ctes.push(Cte {
            name: name.clone(),
            cols,
        });
        let second = self.set_expr(right, scope)?;
        if second.len() != first.len() {
            return Err(Error::semantic(
                "each UNION query must have the same number of columns",
                span,
            ));
        }
        for (i, (a, b)) in first.iter().zip(&second).enumerate() {
            if a.ty != b.ty {
                return Err(Error::semantic_hint(
                    format!(
                        "recursive query \"{name}\" column {} has type {} in non-recursive term but type {} overall",
                        i + 1,
                        a.ty.sql_name(),
                        b.ty.sql_name()
                    ),
                    span,
                    "Cast the output of the non-recursive term to the correct type.",
                ));
            }
        }
        // SQLite reads the column list of a recursive CTE as PostgreSQL does.
        for (c, n) in cte.alias.columns.iter_mut().zip(&names) {
            c.name = build::ident(n);
        }
        Ok(true)
    }

    /// Casts column `i` of every SELECT of a set operation's branch from
    /// text to `ty`.
    fn cast_branch_column(&mut self, body: &mut SetExpr, i: usize, ty: PgType) -> Result<()> {
        match body {
            SetExpr::Select(sel) => {
                if let Some(
                    SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. },
                ) = sel.projection.get_mut(i)
                {
                    // NULL needs no conversion.
                    if *e == build::null() {
                        return Ok(());
                    }
                    let text = Typed::new(PgType::Text);
                    super::casts::cast(self, e, text, super::casts::Target::plain(ty), None)?;
                }
                Ok(())
            }
            SetExpr::Query(q) => self.cast_branch_column(&mut q.body, i, ty),
            SetExpr::SetOperation { left, right, .. } => {
                self.cast_branch_column(left, i, ty)?;
                self.cast_branch_column(right, i, ty)
            }
            _ => Ok(()),
        }
    }

    fn set_expr(&mut self, body: &mut SetExpr, scope: &Scope) -> Result<Vec<OutputColumn>> {
        match body {
            SetExpr::Select(sel) => self.select(sel, scope, None),
            SetExpr::Query(q) => self.query(q, Some(scope)),
            SetExpr::SetOperation {
                left,
                op,
                set_quantifier,
                right,
            } => {
                if matches!(op, SetOperator::Minus)
                    || !matches!(
                        set_quantifier,
                        SetQuantifier::All | SetQuantifier::Distinct | SetQuantifier::None
                    )
                {
                    return Err(Error::unsupported(
                        format!("{op} {set_quantifier}"),
                        None,
                        "",
                    ));
                }
                if matches!(set_quantifier, SetQuantifier::All) && !matches!(op, SetOperator::Union)
                {
                    return Err(Error::unsupported(
                        format!("{op} ALL"),
                        None,
                        "SQLite has only UNION ALL; INTERSECT/EXCEPT ALL are not translated",
                    ));
                }
                let l = self.set_expr(left, scope)?;
                let r = self.set_expr(right, scope)?;
                if l.len() != r.len() {
                    return Err(Error::semantic(
                        format!("each {op} query must have the same number of columns"),
                        None,
                    ));
                }
                let mut out = Vec::new();
                for (i, (a, b)) in l.iter().zip(&r).enumerate() {
                    // An untyped literal branch takes the other branch's type.
                    let ty = match (a.from_unknown, b.from_unknown) {
                        (true, false) if b.ty.is_string() => b.ty,
                        (false, true) if a.ty.is_string() => a.ty,
                        // An untyped literal branch reads its text with the
                        // other branch's input function ('NaN' UNION 0 is
                        // numeric), as PostgreSQL resolves unknowns.
                        (true, false) if b.ty != PgType::Unknown => {
                            self.cast_branch_column(left, i, b.ty)?;
                            b.ty
                        }
                        (false, true) if a.ty != PgType::Unknown => {
                            self.cast_branch_column(right, i, a.ty)?;
                            a.ty
                        }
                        _ => {
                            let ta = Typed::new(a.ty);
                            let tb = Typed::new(b.ty);
                            self.common_type(&[&ta, &tb], &op.to_string(), None)?
                        }
                    };
                    // numeric values are text: an integer branch converts,
                    // so that the result sorts and compares as one type.
                    if ty == PgType::Numeric {
                        for (side, t) in [(&mut **left, a.ty), (&mut **right, b.ty)] {
                            if t != PgType::Numeric {
                                wrap_branch_column(side, i, "pg_numeric_in");
                            }
                        }
                    }
                    // An integer branch of a double precision column converts
                    // too (PostgreSQL's implicit cast), or SQLite would keep
                    // 2^53 + 1 and 2^53 apart.
                    if ty.is_float() {
                        for (side, t) in [(&mut **left, a.ty), (&mut **right, b.ty)] {
                            if t.is_integer() {
                                wrap_branch_column(side, i, "REAL");
                            }
                        }
                    }
                    let mut c = OutputColumn::new(a.name.clone(), ty);
                    c.from_unknown = a.from_unknown && b.from_unknown;
                    // The branches' modifier when they agree (transformSetOperationTree).
                    c.typmod = super::expr::common_typmod(ty, [(a.ty, a.typmod), (b.ty, b.typmod)]);
                    out.push(c);
                }
                Ok(out)
            }
            SetExpr::Values(values) => {
                *body = values_as_union(values)?;
                self.set_expr(body, scope)
            }
            _ => Err(Error::unsupported("this query form", None, "")),
        }
    }

    /// One SELECT: FROM, WHERE, GROUP BY, HAVING, the select list, and the
    /// ORDER BY of the enclosing query (which may use both input columns
    /// and output names).
    fn select(
        &mut self,
        sel: &mut Select,
        outer: &Scope,
        mut order_by: Option<&mut sqlparser::ast::OrderBy>,
    ) -> Result<Vec<OutputColumn>> {
        check_select_clauses(sel)?;
        let srfs = srfs_in_select_list(sel)?;
        let series = series_in_select_list(sel)?;
        let mut scope = Scope::child(outer);
        // A child scope does not see the parent's relations as its own but
        // resolves correlated names through `parent`.
        for (i, twj) in sel.from.iter_mut().enumerate() {
            if i == 0 {
                self.add_from_item(twj, &mut scope)?;
            } else {
                self.add_later_from_item(twj, &mut scope)?;
            }
        }
        if !srfs.is_empty() {
            self.lateral_srfs(sel, srfs, &mut scope)?;
        }
        if let Some(w) = sel.selection.as_mut() {
            let t = self.expr(w, &scope)?;
            self.require_bool(w, &t, "WHERE", span_of(w))?;
            super::grouping::check_no_aggregates(w, "WHERE")?;
        }
        if sel.projection.is_empty() {
            return Err(Error::unsupported(
                "SELECT with an empty select list",
                None,
                "select at least one column (SQLite has no zero-column results)",
            ));
        }
        let distinct_on = match sel.distinct.take() {
            Some(Distinct::On(exprs)) => Some(exprs),
            other => {
                sel.distinct = other;
                None
            }
        };
        // The select list.
        let mut items = Vec::new();
        let mut cols = Vec::new();
        let mut integral_outputs = Vec::new();
        for item in std::mem::take(&mut sel.projection) {
            match item {
                SelectItem::UnnamedExpr(mut e) => {
                    let t = self.expr(&mut e, &scope)?;
                    if t.integral {
                        integral_outputs.push(cols.len());
                    }
                    let ty = self.resolve_unknown_as_text(&mut e, &t)?;
                    let name = t.col.label();
                    items.push(SelectItem::ExprWithAlias {
                        expr: e,
                        alias: build::ident(&name),
                    });
                    let mut c = OutputColumn::new(name, ty);
                    c.from_unknown = matches!(t.lit, Lit::Unknown(_) | Lit::Null);
                    c.typmod = t.typmod;
                    cols.push(c);
                }
                SelectItem::ExprWithAlias {
                    mut expr,
                    mut alias,
                } => {
                    let t = self.expr(&mut expr, &scope)?;
                    if t.integral {
                        integral_outputs.push(cols.len());
                    }
                    let ty = self.resolve_unknown_as_text(&mut expr, &t)?;
                    fold_ident(&mut alias);
                    let mut c = OutputColumn::new(alias.value.clone(), ty);
                    c.from_unknown = matches!(t.lit, Lit::Unknown(_) | Lit::Null);
                    c.typmod = t.typmod;
                    cols.push(c);
                    items.push(SelectItem::ExprWithAlias { expr, alias });
                }
                SelectItem::Wildcard(opts) => {
                    if opts.opt_exclude.is_some()
                        || opts.opt_except.is_some()
                        || opts.opt_ilike.is_some()
                        || opts.opt_replace.is_some()
                        || opts.opt_rename.is_some()
                    {
                        return Err(Error::unsupported("wildcard options", None, ""));
                    }
                    if scope.rels.is_empty() {
                        return Err(Error::semantic(
                            "SELECT * with no tables specified is not valid",
                            None,
                        ));
                    }
                    expand_star(&scope, None, &mut items, &mut cols)?;
                }
                SelectItem::QualifiedWildcard(kind, _) => {
                    let q = match kind {
                        SelectItemQualifiedWildcardKind::ObjectName(n) => last_name(&n.0),
                        SelectItemQualifiedWildcardKind::Expr(_) => {
                            return Err(Error::unsupported("expression.*", None, ""));
                        }
                    };
                    expand_star(&scope, Some(&q), &mut items, &mut cols)?;
                }
                SelectItem::ExprWithAliases { .. } => {
                    return Err(Error::unsupported("multiple aliases", None, ""));
                }
            }
        }
        if let Some(span) = series {
            let grouped = !matches!(&sel.group_by, GroupByExpr::Expressions(e, _) if e.is_empty());
            let folded = items.iter().any(|i| match i {
                SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
                    super::grouping::has_aggregate(e) || super::grouping::has_window(e)
                }
                _ => false,
            });
            if grouped || folded || sel.having.is_some() {
                return Err(Error::unsupported(
                    "generate_series in a select list with aggregates, window functions or GROUP BY",
                    span,
                    "move generate_series into FROM",
                ));
            }
        }
        sel.projection = items;
        scope.outputs = cols.iter().map(|c| (c.name.clone(), c.ty)).collect();
        scope.integral_outputs = integral_outputs;
        let mut group_types = Vec::new();
        match &mut sel.group_by {
            GroupByExpr::Expressions(exprs, mods) => {
                if !mods.is_empty() {
                    return Err(Error::unsupported(
                        "GROUP BY modifiers (ROLLUP/CUBE)",
                        None,
                        "",
                    ));
                }
                for g in exprs.iter_mut() {
                    group_types.push(self.group_item(g, &scope)?);
                }
            }
            GroupByExpr::All(_) => return Err(Error::unsupported("GROUP BY ALL", None, "")),
        }
        if let Some(h) = sel.having.as_mut() {
            let t = self.expr(h, &scope)?;
            self.require_bool(h, &t, "HAVING", span_of(h))?;
        }
        if let Some(ob) = order_by.as_deref_mut() {
            self.order_by(ob, &scope)?;
        }
        self.check_grouping(sel, &scope, order_by.as_deref())?;
        // Equal intervals that print differently ('1 day', '24:00:00') are
        // one group and one DISTINCT value, as in PostgreSQL.
        if let GroupByExpr::Expressions(exprs, _) = &mut sel.group_by {
            for (g, ty) in exprs.iter_mut().zip(&group_types) {
                super::datetime::collate_ordered(g, *ty);
            }
        }
        if matches!(sel.distinct, Some(Distinct::Distinct)) {
            for (item, c) in sel.projection.iter_mut().zip(&cols) {
                if let SelectItem::ExprWithAlias { expr, .. } | SelectItem::UnnamedExpr(expr) = item
                {
                    super::datetime::collate_ordered(expr, c.ty);
                }
            }
        }
        if let Some(on) = distinct_on {
            self.distinct_on(sel, on, &scope, order_by)?;
        }
        Ok(cols)
    }

    /// PostgreSQL's rule that ungrouped columns may only appear inside
    /// aggregates (see `grouping`).
    fn check_grouping(
        &self,
        sel: &Select,
        scope: &Scope,
        order_by: Option<&sqlparser::ast::OrderBy>,
    ) -> Result<()> {
        let items: Vec<&Expr> = sel
            .projection
            .iter()
            .filter_map(|i| match i {
                SelectItem::ExprWithAlias { expr, .. } | SelectItem::UnnamedExpr(expr) => {
                    Some(expr)
                }
                _ => None,
            })
            .collect();
        let group_by: Vec<Expr> = match &sel.group_by {
            GroupByExpr::Expressions(e, _) => e
                .iter()
                .map(|g| match ordinal(g) {
                    Some(i) => items
                        .get(i as usize - 1)
                        .map(|x| (*x).clone())
                        .unwrap_or_else(|| g.clone()),
                    None => g.clone(),
                })
                .collect(),
            GroupByExpr::All(_) => vec![],
        };
        let mut exprs = items.clone();
        if let Some(h) = &sel.having {
            exprs.push(h);
        }
        if let Some(OrderByKind::Expressions(obs)) = order_by.map(|o| &o.kind) {
            for o in obs {
                if ordinal(&o.expr).is_none() {
                    exprs.push(&o.expr);
                }
            }
        }
        let aggregated = exprs.iter().any(|e| super::grouping::has_aggregate(e));
        if group_by.is_empty() && !aggregated && sel.having.is_none() {
            return Ok(());
        }
        super::grouping::check(scope, &group_by, &exprs)
    }

    /// A GROUP BY item: an input expression, an output column name, or an
    /// output column number. PostgreSQL tries input columns first.
    /// One GROUP BY item; returns its type.
    fn group_item(&mut self, g: &mut Expr, scope: &Scope) -> Result<PgType> {
        if let Some(i) = ordinal(g) {
            check_ordinal(i, scope, "GROUP BY", span_of(g))?;
            return Ok(scope.outputs[i as usize - 1].1);
        }
        if let Expr::Identifier(id) = g {
            let mut probe = id.clone();
            fold_ident(&mut probe);
            let input = scope.resolve(None, &probe.value, None);
            if input.is_err() {
                if let Some(pos) = scope.outputs.iter().position(|(n, _)| *n == probe.value) {
                    *g = build::int(pos as i64 + 1);
                    return Ok(scope.outputs[pos].1);
                }
            }
        }
        let t = self.expr(g, scope)?;
        super::grouping::check_no_aggregates(g, "GROUP BY")?;
        self.resolve_unknown_as_text(g, &t)
    }

    /// ORDER BY of a SELECT: an output column name or number first (as
    /// PostgreSQL does for a bare name), otherwise an input expression.
    /// Every item gets an explicit NULLS FIRST/LAST: PostgreSQL sorts NULL
    /// as larger than any value, SQLite as smaller.
    fn order_by(&mut self, ob: &mut sqlparser::ast::OrderBy, scope: &Scope) -> Result<()> {
        let OrderByKind::Expressions(items) = &mut ob.kind else {
            return Err(Error::unsupported("ORDER BY ALL", None, ""));
        };
        if ob.interpolate.is_some() {
            return Err(Error::unsupported("INTERPOLATE", None, ""));
        }
        for item in items.iter_mut() {
            if item.with_fill.is_some() {
                return Err(Error::unsupported("WITH FILL", None, ""));
            }
            let span = span_of(&item.expr);
            let (ty, _integral) = if let Some(i) = ordinal(&item.expr) {
                check_ordinal(i, scope, "ORDER BY", span)?;
                let p = i as usize - 1;
                (scope.outputs[p].1, scope.integral_outputs.contains(&p))
            } else if let Some(pos) = output_name(&item.expr, scope) {
                item.expr = build::int(pos as i64 + 1);
                (scope.outputs[pos].1, scope.integral_outputs.contains(&pos))
            } else {
                let t = self.expr(&mut item.expr, scope)?;
                let integral = t.integral;
                (self.resolve_unknown_as_text(&mut item.expr, &t)?, integral)
            };
            super::datetime::collate_ordered(&mut item.expr, ty);
            set_nulls(&mut item.options, span)?;
        }
        Ok(())
    }

    /// ORDER BY after UNION/INTERSECT/EXCEPT: output names and numbers only.
    fn order_by_outputs_only(
        &mut self,
        ob: &mut sqlparser::ast::OrderBy,
        scope: &Scope,
    ) -> Result<()> {
        let OrderByKind::Expressions(items) = &mut ob.kind else {
            return Err(Error::unsupported("ORDER BY ALL", None, ""));
        };
        for item in items.iter_mut() {
            let span = span_of(&item.expr);
            if let Some(i) = ordinal(&item.expr) {
                check_ordinal(i, scope, "ORDER BY", span)?;
                super::datetime::collate_ordered(&mut item.expr, scope.outputs[i as usize - 1].1);
            } else if let Some(pos) = output_name(&item.expr, scope) {
                item.expr = build::int(pos as i64 + 1);
                super::datetime::collate_ordered(&mut item.expr, scope.outputs[pos].1);
            } else {
                return Err(Error::unsupported(
                    "ORDER BY an expression over a UNION/INTERSECT/EXCEPT result",
                    span,
                    "order by an output column name or number",
                ));
            }
            set_nulls(&mut item.options, span)?;
        }
        Ok(())
    }

    /// LIMIT, OFFSET and FETCH FIRST: bigint expressions without column
    /// references; OFFSET alone becomes `LIMIT -1 OFFSET n` for SQLite.
    fn limit(&mut self, q: &mut Query, scope: &Scope) -> Result<()> {
        if let Some(fetch) = q.fetch.take() {
            if fetch.with_ties || fetch.percent {
                return Err(Error::unsupported("FETCH … WITH TIES/PERCENT", None, ""));
            }
            let quantity = fetch.quantity.unwrap_or_else(|| build::int(1));
            match q.limit_clause.as_mut() {
                Some(LimitClause::LimitOffset {
                    limit: l @ None, ..
                }) => *l = Some(quantity),
                None => {
                    q.limit_clause = Some(LimitClause::LimitOffset {
                        limit: Some(quantity),
                        offset: None,
                        limit_by: vec![],
                    })
                }
                _ => return Err(Error::semantic("multiple LIMIT clauses not allowed", None)),
            }
        }
        match q.limit_clause.as_mut() {
            None => Ok(()),
            Some(LimitClause::OffsetCommaLimit { .. }) => {
                Err(Error::semantic("LIMIT #,# syntax is not supported", None)
                    .with_help("use separate LIMIT and OFFSET clauses"))
            }
            Some(LimitClause::LimitOffset {
                limit,
                offset,
                limit_by,
            }) => {
                if !limit_by.is_empty() {
                    return Err(Error::unsupported("LIMIT BY", None, ""));
                }
                if let Some(l) = limit.as_mut() {
                    if matches!(l, Expr::Value(v) if v.value == Value::Null) {
                        // LIMIT NULL means no limit.
                        *l = build::int(-1);
                    } else {
                        self.bigint_clause(l, scope, "LIMIT")?;
                    }
                }
                if let Some(Offset { value, rows }) = offset.as_mut() {
                    self.bigint_clause(value, scope, "OFFSET")?;
                    *rows = OffsetRows::None;
                    if limit.is_none() {
                        *limit = Some(build::int(-1));
                    }
                }
                Ok(())
            }
        }
    }

    fn bigint_clause(&mut self, e: &mut Expr, scope: &Scope, what: &str) -> Result<()> {
        let span = span_of(e);
        let empty = Scope {
            parent: Some(scope),
            ..Scope::default()
        };
        let t = self.expr(e, &empty)?;
        if t.is_unknown() || t.ty.is_integer() {
            self.coerce(e, &t, PgType::Int8, span)?;
            if matches!(t.lit, Lit::Int(v) if v < 0) {
                return Err(Error::semantic(
                    format!("{what} must not be negative"),
                    span,
                ));
            }
            Ok(())
        } else {
            Err(Error::semantic(
                format!(
                    "argument of {what} must be type bigint, not type {}",
                    t.ty.sql_name()
                ),
                span,
            ))
        }
    }

    /// A FROM item with its joins; adds its relations to `scope`.
    pub(crate) fn add_from_item(
        &mut self,
        twj: &mut TableWithJoins,
        scope: &mut Scope,
    ) -> Result<()> {
        let rel = self.table_factor(&mut twj.relation, scope)?;
        scope.rels.push(rel);
        for join in twj.joins.iter_mut() {
            self.join(join, scope)?;
        }
        Ok(())
    }

    /// A FROM item after the first in a comma list. Its joins bind tighter
    /// than the commas, as in PostgreSQL (`FROM x, a RIGHT JOIN b ON …` is
    /// `x` times the join of `a` and `b`); SQLite reads the same text as
    /// `(x, a) RIGHT JOIN b`, so an item with joins is written in
    /// parentheses. Its ON conditions see only its own relations.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/queries-table-expressions.html#QUERIES-FROM>
    fn add_later_from_item(&mut self, twj: &mut TableWithJoins, scope: &mut Scope) -> Result<()> {
        if twj.joins.is_empty() {
            return self.add_from_item(twj, scope);
        }
        let earlier: Vec<Rel> = std::mem::take(&mut scope.rels);
        let added = self.add_from_item(twj, scope);
        let mine = std::mem::replace(&mut scope.rels, earlier);
        if let Err(e) = added {
            return Err(invisible_reference(e, &scope.rels));
        }
        scope.rels.extend(mine);
        *twj = TableWithJoins {
            relation: TableFactor::NestedJoin {
                table_with_joins: Box::new(twj.clone()),
                alias: None,
            },
            joins: vec![],
        };
        Ok(())
    }

    fn join(&mut self, join: &mut Join, scope: &mut Scope) -> Result<()> {
        if join.global {
            return Err(Error::unsupported("GLOBAL JOIN", None, ""));
        }
        if matches!(
            join.join_operator,
            JoinOperator::Right(_) | JoinOperator::RightOuter(_) | JoinOperator::FullOuter(_)
        ) {
            self.require_sqlite(3_039_000, "RIGHT and FULL JOIN", None)?;
        }
        let rel = self.table_factor(&mut join.relation, scope)?;
        if !matches!(
            join.join_operator,
            JoinOperator::Join(_)
                | JoinOperator::Inner(_)
                | JoinOperator::Left(_)
                | JoinOperator::LeftOuter(_)
                | JoinOperator::Right(_)
                | JoinOperator::RightOuter(_)
                | JoinOperator::FullOuter(_)
                | JoinOperator::CrossJoin(_)
        ) {
            return Err(Error::unsupported("this kind of join", None, ""));
        }
        let left_rels = scope.rels.len();
        scope.rels.push(rel);
        // The nullable side of an outer join: its columns can be NULL
        // whatever their table says. (For RIGHT and FULL, every relation
        // before this one in the FROM clause, which is wider than the
        // join's left side: not knowing is safe.)
        let nullable = match &join.join_operator {
            JoinOperator::Left(_) | JoinOperator::LeftOuter(_) => left_rels..left_rels + 1,
            JoinOperator::Right(_) | JoinOperator::RightOuter(_) => 0..left_rels,
            JoinOperator::FullOuter(_) => 0..left_rels + 1,
            _ => 0..0,
        };
        for rel in &mut scope.rels[nullable] {
            for c in &mut rel.cols {
                c.not_null = false;
            }
        }
        let constraint = match &mut join.join_operator {
            JoinOperator::Join(c)
            | JoinOperator::Inner(c)
            | JoinOperator::Left(c)
            | JoinOperator::LeftOuter(c)
            | JoinOperator::Right(c)
            | JoinOperator::RightOuter(c)
            | JoinOperator::FullOuter(c)
            | JoinOperator::CrossJoin(c) => c,
            _ => return Err(Error::unsupported("this kind of join", None, "")),
        };
        match constraint {
            JoinConstraint::On(e) => {
                let t = self.expr(e, scope)?;
                self.require_bool(e, &t, "JOIN/ON", span_of(e))?;
                super::grouping::check_no_aggregates(e, "JOIN conditions")?;
            }
            JoinConstraint::Using(names) => {
                let mut cols = Vec::new();
                for n in names.iter_mut() {
                    for p in n.0.iter_mut() {
                        if let ObjectNamePart::Identifier(id) = p {
                            fold_ident(id);
                        }
                    }
                    cols.push(last_name(&n.0));
                }
                merge_using(scope, left_rels, &cols)?;
            }
            JoinConstraint::Natural => {
                let right: Vec<String> = scope.rels[left_rels]
                    .cols
                    .iter()
                    .map(|c| c.name.clone())
                    .collect();
                let common: Vec<String> = right
                    .into_iter()
                    .filter(|n| {
                        scope.rels[..left_rels]
                            .iter()
                            .any(|r| r.cols.iter().any(|c| &c.name == n))
                    })
                    .collect();
                merge_using(scope, left_rels, &common)?;
            }
            JoinConstraint::None => {}
            JoinConstraint::UsingAlias(..) => {
                return Err(Error::unsupported("JOIN USING … AS alias", None, ""));
            }
        }
        Ok(())
    }

    /// A system catalog relation in FROM (`pg_catalog.pg_class`, or
    /// unqualified): its materialised table in `temp`, under its own name
    /// unless aliased.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/ddl-schemas.html#DDL-SCHEMAS-CATALOG>
    fn system_rel(
        &mut self,
        name: &mut sqlparser::ast::ObjectName,
        alias: &mut Option<sqlparser::ast::TableAlias>,
        rel: &'static crate::system_catalog::Relation,
        span: Option<SourceSpan>,
    ) -> Result<Rel> {
        self.system_catalog = true;
        let qualifier = match alias {
            Some(a) => {
                fold_ident(&mut a.name);
                if !a.columns.is_empty() {
                    return Err(Error::unsupported(
                        "column aliases on a table",
                        span,
                        "alias the columns in the select list instead",
                    ));
                }
                a.name.value.clone()
            }
            None => {
                *alias = Some(sqlparser::ast::TableAlias {
                    explicit: true,
                    name: sqlparser::ast::Ident::with_quote('"', rel.table.name.clone()),
                    columns: vec![],
                    at: None,
                });
                rel.table.name.clone()
            }
        };
        *name = sqlparser::ast::ObjectName(vec![
            ObjectNamePart::Identifier(sqlparser::ast::Ident::new("temp")),
            ObjectNamePart::Identifier(sqlparser::ast::Ident::with_quote('"', rel.stored.clone())),
        ]);
        // Every reference to a catalog column is written qualified
        // (`"c"."oid"`): the catalog functions' SQL reads the same
        // relations in subqueries, where a bare `"oid"` of the outer query
        // would name the inner relation's column instead.
        let cols = rel
            .table
            .columns
            .iter()
            .map(|c| ScopeCol {
                sql: Some(c.name.as_str()),
                ..ScopeCol::of_column(c)
            })
            .collect();
        Ok(Rel {
            qualifier,
            cols,
            merged: vec![],
            pk: vec![],
        })
    }

    /// A table, CTE or derived table.
    fn table_factor(&mut self, tf: &mut TableFactor, scope: &Scope) -> Result<Rel> {
        if let TableFactor::UNNEST {
            alias,
            array_exprs,
            with_offset: false,
            with_offset_alias: None,
            with_ordinality,
        } = tf
        {
            let span = array_exprs.first().and_then(span_of);
            let alias = alias.take();
            let ordinality = *with_ordinality;
            return self.array_function(tf, "unnest", alias, ordinality, scope, span);
        }
        match tf {
            TableFactor::Table {
                name,
                alias,
                args,
                with_hints,
                version,
                with_ordinality,
                partitions,
                json_path,
                sample,
                index_directives,
                inheritance,
            } => {
                let span = name.0.last().and_then(|p| match p {
                    ObjectNamePart::Identifier(i) => SourceSpan::from_sql(i.span),
                    _ => None,
                });
                if let Some(fargs) = args.as_mut() {
                    let fname = last_name(&name.0);
                    let catalog_qualified =
                        name.0.len() == 2 && last_name(&name.0[..1]) == "pg_catalog";
                    if matches!(fname.as_str(), "unnest" | "pg_partition_ancestors")
                        && (name.0.len() == 1 || catalog_qualified)
                    {
                        let alias = alias.take();
                        let ordinality = *with_ordinality;
                        return self.array_function(tf, &fname, alias, ordinality, scope, span);
                    }
                    if fname != "generate_series"
                        || !(name.0.len() == 1 || catalog_qualified)
                        || *with_ordinality
                    {
                        return Err(Error::unsupported(
                            format!("table function {name}()"),
                            span,
                            "generate_series(start, stop[, step]) is the set-returning function pgshim translates",
                        ));
                    }
                    let alias = alias.take();
                    let (factor, rel) = super::datetime::generate_series(
                        self,
                        &mut fargs.args,
                        alias,
                        scope,
                        span,
                    )?;
                    *tf = factor;
                    return Ok(rel);
                }
                if !with_hints.is_empty()
                    || version.is_some()
                    || *with_ordinality
                    || !partitions.is_empty()
                    || json_path.is_some()
                    || sample.is_some()
                    || !index_directives.is_empty()
                    || inheritance.is_some()
                {
                    return Err(Error::unsupported("table modifiers", span, ""));
                }
                if let Some(rel) = system_relation(name, scope) {
                    return self.system_rel(name, alias, rel, span);
                }
                if name.0.len() == 2 && last_name(&name.0[..1]) == "public" {
                    name.0.remove(0);
                }
                if name.0.len() != 1 {
                    return Err(Error::unsupported(
                        "schema-qualified table",
                        span,
                        "pgshim has one schema, public",
                    ));
                }
                if let Some(ObjectNamePart::Identifier(id)) = name.0.first_mut() {
                    fold_ident(id);
                }
                let tname = last_name(&name.0);
                let mut pk = Vec::new();
                let cols: Vec<ScopeCol> = if let Some(cte) = scope.find_cte(&tname) {
                    cte.cols.clone()
                } else if let Some(t) = self.catalog.table(&tname) {
                    pk = t.primary_key.clone();
                    t.columns.iter().map(ScopeCol::of_column).collect()
                } else if self.catalog.sequence(&tname).is_some() {
                    let qualifier = match alias.take() {
                        Some(mut a) => {
                            fold_ident(&mut a.name);
                            if !a.columns.is_empty() {
                                return Err(Error::unsupported(
                                    "column aliases on a sequence",
                                    span,
                                    "alias the columns in the select list instead",
                                ));
                            }
                            a.name.value
                        }
                        None => tname.clone(),
                    };
                    let (factor, rel) = sequence_relation(&tname, qualifier)?;
                    *tf = factor;
                    return Ok(rel);
                } else {
                    return Err(Error::semantic(
                        format!("relation \"{tname}\" does not exist"),
                        span,
                    ));
                };
                let qualifier = match alias {
                    Some(a) => {
                        fold_ident(&mut a.name);
                        if !a.columns.is_empty() {
                            return Err(Error::unsupported(
                                "column aliases on a table",
                                span,
                                "alias the columns in the select list instead",
                            ));
                        }
                        a.name.value.clone()
                    }
                    None => tname,
                };
                Ok(Rel {
                    qualifier,
                    cols,
                    merged: vec![],
                    pk,
                })
            }
            TableFactor::Derived {
                lateral,
                subquery,
                alias,
                sample,
            } => {
                if sample.is_some() {
                    return Err(Error::unsupported("TABLESAMPLE", None, ""));
                }
                if *lateral {
                    return Err(Error::unsupported(
                        "LATERAL",
                        None,
                        "LATERAL subqueries are not translated yet",
                    ));
                }
                let Some(alias) = alias else {
                    return Err(Error::semantic("subquery in FROM must have an alias", None)
                        .with_help("For example, FROM (SELECT ...) [AS] foo."));
                };
                let span = SourceSpan::from_sql(alias.name.span);
                fold_ident(&mut alias.name);
                // A derived table sees the outer query levels, not its siblings.
                let outer = Scope {
                    parent: scope.parent,
                    ctes: scope.ctes.clone(),
                    ..Scope::default()
                };
                let cols = self.query(subquery, Some(&outer))?;
                let names = alias_columns(&mut alias.columns, &cols, span)?;
                if !alias.columns.is_empty() {
                    rename_outputs(subquery, &names, span)?;
                    alias.columns.clear();
                }
                Ok(Rel {
                    qualifier: alias.name.value.clone(),
                    cols: cols
                        .iter()
                        .zip(names)
                        .map(|(c, n)| ScopeCol::of_output(c, n))
                        .collect(),
                    merged: vec![],
                    pk: vec![],
                })
            }
            TableFactor::NestedJoin { .. } => {
                Err(Error::unsupported("parenthesized join", None, ""))
            }
            _ => Err(Error::unsupported("this FROM item", None, "")),
        }
    }
}

impl Cx<'_> {
    /// The locking clause, `FOR UPDATE` / `FOR SHARE` [`OF` …] [`SKIP
    /// LOCKED`]: PostgreSQL's refusals where a query's rows are not table
    /// rows (UNION, DISTINCT, GROUP BY, HAVING, aggregates, window and
    /// set-returning functions) and of an `OF` name not in FROM; then the
    /// clause goes, and the statement is marked as locking
    /// ([`super::Translation::reads_only`] is false). SQLite has no row
    /// locks: the statement takes the file's write lock, which a
    /// transaction block keeps to its end, so no other transaction changes
    /// any row before then (every row is locked, not just these). `SKIP
    /// LOCKED` then skips nothing: with the lock held, no other
    /// transaction holds a row. `NOWAIT` is refused: whether another
    /// transaction holds the rows is what pgshim cannot tell.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/15/sql-select.html#SQL-FOR-UPDATE-SHARE>
    fn locking(&mut self, q: &mut Query) -> Result<()> {
        use sqlparser::ast::{LockType, NonBlock};
        let word = match q.locks[0].lock_type {
            LockType::Update => "FOR UPDATE",
            LockType::Share => "FOR SHARE",
        };
        if q.locks
            .iter()
            .any(|l| matches!(l.nonblock, Some(NonBlock::Nowait)))
        {
            return Err(Error::unsupported(
                format!("{word} NOWAIT"),
                None,
                "pgshim locks the whole file, not rows, so it cannot tell whether another \
                 transaction holds these rows; without NOWAIT the statement waits for the file's lock",
            ));
        }
        let not_allowed =
            |what: &str| Error::semantic(format!("{word} is not allowed with {what}"), None);
        let sel = match q.body.as_ref() {
            SetExpr::Select(sel) => sel,
            SetExpr::SetOperation { .. } => return Err(not_allowed("UNION/INTERSECT/EXCEPT")),
            _ => {
                return Err(Error::unsupported(
                    format!("{word} on this query"),
                    None,
                    "lock a SELECT … FROM a table",
                ));
            }
        };
        if sel.distinct.is_some() {
            return Err(not_allowed("DISTINCT clause"));
        }
        if !matches!(&sel.group_by, GroupByExpr::Expressions(e, _) if e.is_empty()) {
            return Err(not_allowed("GROUP BY clause"));
        }
        if sel.having.is_some() {
            return Err(not_allowed("HAVING clause"));
        }
        let items: Vec<&Expr> = sel
            .projection
            .iter()
            .filter_map(|i| match i {
                SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => Some(e),
                _ => None,
            })
            .collect();
        let ordered: Vec<&Expr> = match q.order_by.as_ref().map(|o| &o.kind) {
            Some(OrderByKind::Expressions(es)) => es.iter().map(|o| &o.expr).collect(),
            _ => vec![],
        };
        let all = || items.iter().chain(&ordered);
        if all().any(|e| super::grouping::has_aggregate(e)) {
            return Err(not_allowed("aggregate functions"));
        }
        if all().any(|e| super::grouping::has_window(e)) {
            return Err(not_allowed("window functions"));
        }
        if items.iter().any(|e| super::grouping::has_set_returning(e)) {
            return Err(not_allowed("set-returning functions in the target list"));
        }
        // The names FROM gives its relations (an alias hides the table's).
        let mut names = Vec::new();
        let mut items: Vec<&TableWithJoins> = sel.from.iter().collect();
        while let Some(twj) = items.pop() {
            for tf in std::iter::once(&twj.relation).chain(twj.joins.iter().map(|j| &j.relation)) {
                if let TableFactor::NestedJoin {
                    table_with_joins, ..
                } = tf
                {
                    items.push(table_with_joins);
                    continue;
                }
                let name = match tf {
                    TableFactor::Table { alias: Some(a), .. }
                    | TableFactor::Derived { alias: Some(a), .. }
                    | TableFactor::Function { alias: Some(a), .. } => {
                        let mut n = a.name.clone();
                        fold_ident(&mut n);
                        n.value
                    }
                    TableFactor::Table { name, .. } => last_name(&name.0),
                    _ => continue,
                };
                names.push(name);
            }
        }
        for l in &q.locks {
            let Some(of) = &l.of else { continue };
            let name = last_name(&of.0);
            if !names.contains(&name) {
                let lock = match l.lock_type {
                    LockType::Update => "FOR UPDATE",
                    LockType::Share => "FOR SHARE",
                };
                let span =
                    of.0.last()
                        .and_then(|p| p.as_ident())
                        .and_then(|i| SourceSpan::from_sql(i.span));
                return Err(Error::semantic(
                    format!("relation \"{name}\" in {lock} clause not found in FROM clause"),
                    span,
                ));
            }
        }
        q.locks.clear();
        self.locks = true;
        Ok(())
    }
}

impl Cx<'_> {
    /// `unnest(a)` and `pg_partition_ancestors(rel)` in FROM, each a row
    /// per element through `pg_unnest` (see `arrays::unnest`), `WITH
    /// ORDINALITY` adding the ordinal. pgshim has no partitions: a
    /// relation has no rows of ancestors, as PostgreSQL answers for one
    /// that is neither a partition nor partitioned.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/functions-array.html>,
    /// <https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-INFO-PARTITION>
    fn array_function(
        &mut self,
        tf: &mut TableFactor,
        fname: &str,
        alias: Option<sqlparser::ast::TableAlias>,
        ordinality: bool,
        scope: &Scope,
        span: Option<SourceSpan>,
    ) -> Result<Rel> {
        let mut exprs = Vec::new();
        match tf {
            TableFactor::Table {
                args: Some(fargs), ..
            } => {
                for a in fargs.args.iter_mut() {
                    match a {
                        sqlparser::ast::FunctionArg::Unnamed(
                            sqlparser::ast::FunctionArgExpr::Expr(x),
                        ) => exprs.push(std::mem::replace(x, build::null())),
                        _ => {
                            return Err(Error::unsupported(
                                format!("this argument of {fname}"),
                                span,
                                "",
                            ));
                        }
                    }
                }
            }
            TableFactor::UNNEST { array_exprs, .. } => exprs = std::mem::take(array_exprs),
            _ => return Err(Error::Internal("array_function on another item".into())),
        }
        let multi = fname == "unnest" && exprs.len() > 1;
        if exprs.is_empty()
            || exprs.len() > crate::runtime::unnest::MAX_ARRAYS
            || (exprs.len() > 1 && !multi)
        {
            return Err(Error::unsupported(
                format!("{fname} with {} arguments", exprs.len()),
                span,
                "unnest of one to four arrays is translated",
            ));
        }
        // Each array's SQL and element type (pg_partition_ancestors: the
        // empty oid[] of a relation that is not a partition).
        let mut arrays = Vec::new();
        let mut elems = Vec::new();
        for mut arg in exprs {
            if fname == "unnest" {
                let (sql, kind, elem) = super::arrays::unnest_arg(self, &mut arg, scope, span)?;
                arrays.push(format!("{sql}, '{kind}'"));
                elems.push(elem);
                continue;
            }
            let t = self.expr(&mut arg, scope)?;
            self.coerce(&mut arg, &t, PgType::Regclass, span)?;
            if !t.is_unknown() && !t.ty.is_oid() {
                return Err(Error::semantic_hint(
                    format!(
                        "function pg_partition_ancestors({}) does not exist",
                        t.ty.sql_name()
                    ),
                    span,
                    "No function matches the given name and argument types. You might need to add explicit type casts.",
                ));
            }
            // No rows: the relation is not a partition (the argument is
            // still read, so that a name nothing has is an error).
            arrays.push(format!(
                "CASE WHEN {arg} IS NULL THEN NULL ELSE '{{}}' END, 'oid'"
            ));
            elems.push(PgType::Regclass);
        }
        let item = format!(
            "{}({})",
            crate::runtime::unnest::function_name(arrays.len()),
            arrays.join(", ")
        );
        let (qualifier, mut names) = match alias {
            Some(mut a) => {
                fold_ident(&mut a.name);
                let names: Vec<String> = a
                    .columns
                    .iter_mut()
                    .map(|c| {
                        fold_ident(&mut c.name);
                        c.name.value.clone()
                    })
                    .collect();
                (a.name.value.clone(), names)
            }
            None => (fname.to_string(), Vec::new()),
        };
        let width = elems.len() + usize::from(ordinality);
        if names.len() > width {
            return Err(Error::semantic(
                format!(
                    "table \"{qualifier}\" has {width} columns available but {} columns specified",
                    names.len()
                ),
                span,
            ));
        }
        // Unnamed columns: one function's is named by the alias (else the
        // function); several arrays' each by the function.
        if names.is_empty() && !multi {
            names.push(qualifier.clone());
        }
        while names.len() < elems.len() {
            names.push(fname.to_string());
        }
        if ordinality && names.len() == elems.len() {
            names.push("ordinality".into());
        }
        let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
        let sql = format!("{item} AS {}", quote(&qualifier));
        let parsed = build::from_item(&sql, &sqlparser::dialect::SQLiteDialect {})
            .map_err(|e| Error::Internal(format!("{sql}: {e}")))?;
        *tf = parsed.relation;
        let col = |name: &str, ty: PgType, sql: &'static str, not_null: bool| ScopeCol {
            name: name.to_string(),
            ty: Some(ty),
            declared: ty.name().into(),
            typmod: crate::types::typmod::NONE,
            not_null,
            sql: Some(sql),
        };
        let mut cols: Vec<ScopeCol> = elems
            .iter()
            .enumerate()
            .map(|(i, elem)| {
                col(
                    &names[i],
                    *elem,
                    crate::runtime::unnest::value_column(i),
                    false,
                )
            })
            .collect();
        if ordinality {
            cols.push(col(&names[elems.len()], PgType::Int8, "ordinality", true));
        }
        Ok(Rel {
            qualifier,
            cols,
            merged: vec![],
            pk: vec![],
        })
    }
}

/// The FROM item the select list's set-returning calls read.
const SRF: &str = "pgshim_srf";

/// A set-returning call of a select list with FROM (see
/// [`srfs_in_select_list`]), with its argument.
enum Srf {
    /// `unnest(a)`.
    Unnest(Expr),
    /// `generate_subscripts(a, dim)`.
    Subscripts(Expr, Box<Expr>),
}

impl Cx<'_> {
    /// Joins the FROM items with the rows of the select list's
    /// set-returning calls (each row's own), zipped as PostgreSQL runs
    /// them in lockstep: call i is column `value{i}` of one `pg_unnestN`
    /// FROM item over their arrays (`generate_subscripts(a, 1)`'s being
    /// the array of a's subscripts). A row whose calls all yield no rows
    /// yields none.
    fn lateral_srfs(
        &mut self,
        sel: &mut Select,
        calls: Vec<(Srf, Option<SourceSpan>)>,
        scope: &mut Scope,
    ) -> Result<()> {
        let mut arrays = Vec::new();
        let mut cols = Vec::new();
        for (i, (call, span)) in calls.into_iter().enumerate() {
            let (sql, kind, elem) = match call {
                Srf::Unnest(mut arg) => super::arrays::unnest_arg(self, &mut arg, scope, span)?,
                Srf::Subscripts(mut arg, mut dim) => {
                    let t = self.expr(&mut arg, scope)?;
                    if t.ty.vector_element().is_none() && !t.ty.is_array() {
                        return Err(Error::semantic_hint(
                            format!(
                                "function generate_subscripts({}, integer) does not exist",
                                t.ty.sql_name()
                            ),
                            span,
                            "No function matches the given name and argument types. You might need to add explicit type casts.",
                        ));
                    }
                    let dt = self.expr(&mut dim, scope)?;
                    if !dt.is_unknown() && !dt.ty.is_integer() {
                        return Err(Error::semantic_hint(
                            format!(
                                "function generate_subscripts({}, {}) does not exist",
                                t.ty.sql_name(),
                                dt.ty.sql_name()
                            ),
                            span,
                            "No function matches the given name and argument types. You might need to add explicit type casts.",
                        ));
                    }
                    self.coerce(&mut dim, &dt, PgType::Int4, span)?;
                    (
                        format!("pg_array_subscripts({arg}, {dim})"),
                        "int4",
                        PgType::Int4,
                    )
                }
            };
            arrays.push(format!("{sql}, '{kind}'"));
            let name = crate::runtime::unnest::value_column(i);
            cols.push(ScopeCol {
                name: name.into(),
                ty: Some(elem),
                declared: elem.name().into(),
                typmod: crate::types::typmod::NONE,
                not_null: false,
                sql: None,
            });
        }
        let sql = format!(
            "{}({}) AS {SRF}",
            crate::runtime::unnest::function_name(arrays.len()),
            arrays.join(", ")
        );
        let item = build::from_item(&sql, &sqlparser::dialect::SQLiteDialect {})
            .map_err(|e| Error::Internal(format!("{sql}: {e}")))?;
        sel.from.push(item);
        scope.rels.push(Rel {
            qualifier: SRF.into(),
            cols,
            merged: vec![],
            pk: vec![],
        });
        Ok(())
    }
}

/// `unnest(a)` and `generate_subscripts(a, 1)` as select items of a
/// query with FROM: a set-returning function there yields, for each row,
/// one row per value, several in lockstep (PostgreSQL 10's rule: as many
/// rows as the longest, NULL past a shorter one's end), which is a join
/// of the row with the zipped rows. Each call becomes a column of that
/// FROM item (see `Cx::lateral_srfs`) and keeps its name. Refused: such a
/// call inside an expression, grouping or aggregates (which PostgreSQL
/// applies first). A select list without FROM is left
/// to [`series_in_select_list`].
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/xfunc-sql.html#XFUNC-SQL-FUNCTIONS-RETURNING-SET>,
/// <https://www.postgresql.org/docs/current/functions-srf.html#FUNCTIONS-SRF-SUBSCRIPTS>
fn srfs_in_select_list(sel: &mut Select) -> Result<Vec<(Srf, Option<SourceSpan>)>> {
    fn call_name(e: &Expr) -> Option<String> {
        match e {
            Expr::Function(f)
                if f.over.is_none()
                    && (f.name.0.len() == 1
                        || (f.name.0.len() == 2 && last_name(&f.name.0[..1]) == "pg_catalog")) =>
            {
                let n = last_name(&f.name.0);
                matches!(n.as_str(), "unnest" | "generate_subscripts").then_some(n)
            }
            _ => None,
        }
    }
    fn plain_args(f: &sqlparser::ast::Function) -> Option<Vec<Expr>> {
        match &f.args {
            sqlparser::ast::FunctionArguments::List(l) => l
                .args
                .iter()
                .map(|a| match a {
                    sqlparser::ast::FunctionArg::Unnamed(
                        sqlparser::ast::FunctionArgExpr::Expr(x),
                    ) => Some(x.clone()),
                    _ => None,
                })
                .collect(),
            _ => None,
        }
    }
    let top = |i: &SelectItem| match i {
        SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
            call_name(e).map(|n| (n, span_of(e)))
        }
        _ => None,
    };
    let found: Vec<(String, Option<SourceSpan>)> = sel.projection.iter().filter_map(top).collect();
    let Some((first, span)) = found.first().cloned() else {
        return Ok(Vec::new());
    };
    if sel.from.is_empty() {
        if let Some((_, span)) = found.iter().find(|(n, _)| n == "generate_subscripts") {
            return Err(Error::unsupported(
                "generate_subscripts without FROM",
                *span,
                "select from the table whose array it reads",
            ));
        }
        return Ok(Vec::new());
    }
    let grouped = !matches!(&sel.group_by, sqlparser::ast::GroupByExpr::Expressions(g, _) if g.is_empty())
        || sel.having.is_some()
        || sel.projection.iter().any(|i| match i {
            SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
                super::grouping::has_aggregate(e) || super::grouping::has_window(e)
            }
            _ => false,
        });
    if grouped {
        return Err(Error::unsupported(
            format!("{first} in the select list of a grouped query"),
            span,
            format!("move {first} into FROM"),
        ));
    }
    if found.len() > crate::runtime::unnest::MAX_ARRAYS {
        return Err(Error::unsupported(
            "more than four set-returning functions in a select list",
            span,
            "move some of them into FROM",
        ));
    }
    let mut calls = Vec::new();
    for item in sel.projection.iter_mut() {
        let (e, aliased) = match item {
            SelectItem::UnnamedExpr(e) => (e, false),
            SelectItem::ExprWithAlias { expr, .. } => (expr, true),
            _ => continue,
        };
        let Some(name) = call_name(e) else {
            if super::grouping::has_set_returning(e) {
                return Err(Error::unsupported(
                    "a set-returning function inside an expression beside another",
                    span_of(e),
                    "move it into FROM",
                ));
            }
            continue;
        };
        let span = span_of(e);
        let Expr::Function(f) = e else { continue };
        let args = plain_args(f);
        let call = match (name.as_str(), args.as_deref()) {
            ("unnest", Some([arr])) => Srf::Unnest(arr.clone()),
            ("generate_subscripts", Some([arr, dim])) => {
                Srf::Subscripts(arr.clone(), Box::new(dim.clone()))
            }
            _ => {
                return Err(Error::unsupported(
                    format!("this form of {name} in a select list"),
                    span,
                    "unnest(a) and generate_subscripts(a, dim)",
                ));
            }
        };
        let column = crate::runtime::unnest::value_column(calls.len());
        *e = Expr::CompoundIdentifier(vec![build::ident(SRF), build::ident(column)]);
        if !aliased {
            let expr = std::mem::replace(e, build::null());
            *item = SelectItem::ExprWithAlias {
                expr,
                alias: build::ident(&name),
            };
        }
        calls.push((call, span));
    }
    Ok(calls)
}

/// `generate_series(…)` in the select list of a SELECT without FROM (a
/// set-returning function there yields one row per value): the call
/// becomes a column of `FROM generate_series(…) AS generate_series`, which
/// the FROM rule translates, and keeps its name. Returns the call's span
/// when it did so. More than one such call (PostgreSQL runs them in
/// lockstep), one in a query with FROM, and one inside CASE or COALESCE
/// (which PostgreSQL refuses) are not translated.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/xfunc-sql.html#XFUNC-SQL-FUNCTIONS-RETURNING-SET>
fn series_in_select_list(sel: &mut Select) -> Result<Option<Option<SourceSpan>>> {
    use sqlparser::ast::{VisitMut, VisitorMut};
    use std::ops::ControlFlow;
    struct Finder {
        queries: usize,
        guarded: Vec<&'static str>,
        calls: Vec<(Expr, Option<SourceSpan>)>,
        error: Option<Error>,
    }
    /// generate_series, unnest and pg_partition_ancestors, which the FROM
    /// rule translates.
    fn is_series(e: &Expr) -> bool {
        matches!(e, Expr::Function(f)
        if f.over.is_none()
            && matches!(f.args, sqlparser::ast::FunctionArguments::List(_))
            && (f.name.0.len() == 1
                || (f.name.0.len() == 2 && last_name(&f.name.0[..1]) == "pg_catalog"))
            && matches!(
                last_name(&f.name.0).as_str(),
                "generate_series" | "unnest" | "pg_partition_ancestors"
            ))
    }
    fn name_of(e: &Expr) -> String {
        match e {
            Expr::Function(f) => last_name(&f.name.0),
            _ => String::new(),
        }
    }
    fn guards(e: &Expr) -> Option<&'static str> {
        match e {
            Expr::Case { .. } => Some("CASE"),
            Expr::Function(f) if last_name(&f.name.0) == "coalesce" => Some("COALESCE"),
            _ => None,
        }
    }
    impl VisitorMut for Finder {
        type Break = ();
        fn pre_visit_query(&mut self, _q: &mut Query) -> ControlFlow<()> {
            self.queries += 1;
            ControlFlow::Continue(())
        }
        fn post_visit_query(&mut self, _q: &mut Query) -> ControlFlow<()> {
            self.queries -= 1;
            ControlFlow::Continue(())
        }
        fn pre_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
            if self.queries == 0 {
                if let Some(g) = guards(e) {
                    self.guarded.push(g);
                }
                if let (true, Some(g), None) = (is_series(e), self.guarded.last(), &self.error) {
                    self.error = Some(Error::semantic_hint(
                        format!("set-returning functions are not allowed in {g}"),
                        span_of(e),
                        "You might be able to move the set-returning function into a LATERAL FROM item.",
                    ));
                }
            }
            ControlFlow::Continue(())
        }
        fn post_visit_expr(&mut self, e: &mut Expr) -> ControlFlow<()> {
            if self.queries == 0 {
                if guards(e).is_some() {
                    self.guarded.pop();
                }
                if is_series(e) {
                    let span = span_of(e);
                    let name = name_of(e);
                    let call = std::mem::replace(e, Expr::Identifier(build::ident(&name)));
                    self.calls.push((call, span));
                }
            }
            ControlFlow::Continue(())
        }
    }
    let mut f = Finder {
        queries: 0,
        guarded: Vec::new(),
        calls: Vec::new(),
        error: None,
    };
    let _ = sel.projection.visit(&mut f);
    if let Some(e) = f.error {
        return Err(e);
    }
    if f.calls.is_empty() {
        return Ok(None);
    }
    let span = f.calls[0].1;
    let name = name_of(&f.calls[0].0);
    if f.calls.len() > 1 {
        return Err(Error::unsupported(
            "more than one set-returning function in a select list",
            span,
            "move them into FROM (PostgreSQL runs them in lockstep)",
        ));
    }
    if !sel.from.is_empty() {
        return Err(Error::unsupported(
            format!("{name} in the select list of a query with FROM"),
            span,
            format!("move {name} into FROM (FROM t, {name}(…) AS g)"),
        ));
    }
    let Some((Expr::Function(call), _)) = f.calls.pop() else {
        return Err(Error::Internal("set-returning call lost".into()));
    };
    let sqlparser::ast::FunctionArguments::List(list) = call.args else {
        return Err(Error::unsupported(
            format!("{name} without arguments"),
            span,
            "",
        ));
    };
    // The FROM item, parsed from the call's text.
    let args = list
        .args
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let item = build::from_item(
        &format!("{name}({args}) AS {name}"),
        &sqlparser::dialect::PostgreSqlDialect {},
    )
    .map_err(Error::Internal)?;
    sel.from.push(item);
    Ok(Some(span))
}

fn check_select_clauses(sel: &Select) -> Result<()> {
    let bad = |what: &str| Err(Error::unsupported(what.to_string(), None, ""));
    if sel.top.is_some() {
        return bad("TOP");
    }
    if sel.into.is_some() {
        return bad("SELECT INTO");
    }
    if !sel.lateral_views.is_empty() || sel.prewhere.is_some() || !sel.connect_by.is_empty() {
        return bad("this SELECT clause");
    }
    if !sel.cluster_by.is_empty() || !sel.distribute_by.is_empty() || !sel.sort_by.is_empty() {
        return bad("CLUSTER/DISTRIBUTE/SORT BY");
    }
    if !sel.named_window.is_empty() {
        return bad("WINDOW clause");
    }
    if sel.qualify.is_some() {
        return bad("QUALIFY");
    }
    if sel.value_table_mode.is_some() || sel.exclude.is_some() || sel.select_modifiers.is_some() {
        return bad("this SELECT modifier");
    }
    if !matches!(sel.flavor, sqlparser::ast::SelectFlavor::Standard) {
        return bad("FROM-first SELECT");
    }
    Ok(())
}

/// `JOIN … USING (cols)`: the named columns must exist on both sides; they
/// become one column for unqualified references and `*`.
fn merge_using(scope: &mut Scope, left_rels: usize, cols: &[String]) -> Result<()> {
    for c in cols {
        let left = scope.rels[..left_rels]
            .iter()
            .position(|r| r.cols.iter().any(|x| &x.name == c));
        let Some(li) = left else {
            return Err(Error::semantic(
                format!("column \"{c}\" specified in USING clause does not exist in left table"),
                None,
            ));
        };
        if !scope.rels[left_rels].cols.iter().any(|x| &x.name == c) {
            return Err(Error::semantic(
                format!("column \"{c}\" specified in USING clause does not exist in right table"),
                None,
            ));
        }
        let lt = scope.rels[li]
            .cols
            .iter()
            .find(|x| &x.name == c)
            .and_then(|x| x.ty);
        let rt = scope.rels[left_rels]
            .cols
            .iter()
            .find(|x| &x.name == c)
            .and_then(|x| x.ty);
        if lt != rt {
            return Err(Error::unsupported(
                format!("JOIN USING ({c}) over columns of different types"),
                None,
                "join with ON and explicit casts",
            ));
        }
        scope.rels[li].merged.push(c.clone());
        scope.rels[left_rels].merged.push(c.clone());
    }
    Ok(())
}

/// `*` or `t.*`, expanded to explicit columns so that the result has
/// PostgreSQL's columns in PostgreSQL's order (merged USING columns first).
fn expand_star(
    scope: &Scope,
    qualifier: Option<&str>,
    items: &mut Vec<SelectItem>,
    cols: &mut Vec<OutputColumn>,
) -> Result<()> {
    let mut push = |q: Option<&str>, c: &ScopeCol| -> Result<()> {
        let ty = c.ty.ok_or_else(|| {
            Error::unsupported(
                format!("column \"{}\" of type \"{}\"", c.name, c.declared),
                None,
                "pgshim does not know this type; add a catalog override or select other columns",
            )
        })?;
        let expr = match (q, c.sql) {
            (Some(q), Some(col)) => {
                Expr::CompoundIdentifier(vec![build::ident(q), build::ident(col)])
            }
            (Some(q), None) => {
                Expr::CompoundIdentifier(vec![build::ident(q), build::ident(&c.name)])
            }
            (None, _) => Expr::Identifier(build::ident(&c.name)),
        };
        items.push(SelectItem::ExprWithAlias {
            expr,
            alias: build::ident(&c.name),
        });
        let mut out = OutputColumn::new(c.name.clone(), ty);
        out.typmod = c.typmod;
        cols.push(out);
        Ok(())
    };
    match qualifier {
        Some(q) => {
            let rel = scope
                .rels
                .iter()
                .find(|r| r.qualifier == q)
                .ok_or_else(|| {
                    Error::semantic(format!("missing FROM-clause entry for table \"{q}\""), None)
                })?;
            for c in &rel.cols {
                push(Some(&rel.qualifier), c)?;
            }
        }
        None => {
            let mut seen_merged: Vec<&str> = Vec::new();
            for rel in &scope.rels {
                for m in &rel.merged {
                    if !seen_merged.contains(&m.as_str()) {
                        seen_merged.push(m);
                        if let Some(c) = rel.cols.iter().find(|c| &c.name == m) {
                            push(None, c)?;
                        }
                    }
                }
            }
            for rel in &scope.rels {
                for c in &rel.cols {
                    if rel.merged.contains(&c.name) {
                        continue;
                    }
                    push(Some(&rel.qualifier), c)?;
                }
            }
        }
    }
    Ok(())
}

/// Column aliases on a CTE or derived table (`AS s(a, b)`): the names.
fn alias_columns(
    aliases: &mut [sqlparser::ast::TableAliasColumnDef],
    cols: &[OutputColumn],
    span: Option<SourceSpan>,
) -> Result<Vec<String>> {
    if aliases.len() > cols.len() {
        return Err(Error::semantic(
            format!(
                "table has {} columns available but {} columns specified",
                cols.len(),
                aliases.len()
            ),
            span,
        ));
    }
    let mut names: Vec<String> = cols.iter().map(|c| c.name.clone()).collect();
    for (i, a) in aliases.iter_mut().enumerate() {
        if a.data_type.is_some() {
            return Err(Error::unsupported("typed column alias", span, ""));
        }
        fold_ident(&mut a.name);
        names[i] = a.name.value.clone();
    }
    Ok(names)
}

/// SQLite has no column alias lists on subqueries: rename the inner
/// query's output aliases instead.
pub(crate) fn rename_outputs(
    q: &mut Query,
    names: &[String],
    span: Option<SourceSpan>,
) -> Result<()> {
    let mut body = q.body.as_mut();
    loop {
        match body {
            SetExpr::Select(sel) => {
                for (item, n) in sel.projection.iter_mut().zip(names) {
                    if let SelectItem::ExprWithAlias { alias, .. } = item {
                        *alias = build::ident(n);
                    }
                }
                return Ok(());
            }
            SetExpr::SetOperation { left, .. } => body = left.as_mut(),
            SetExpr::Query(inner) => body = inner.body.as_mut(),
            _ => {
                return Err(Error::unsupported(
                    "column aliases on this subquery",
                    span,
                    "",
                ));
            }
        }
    }
}

fn ordinal(e: &Expr) -> Option<i64> {
    match e {
        Expr::Value(v) => match &v.value {
            Value::Number(n, _) => n.parse().ok(),
            _ => None,
        },
        _ => None,
    }
}

fn check_ordinal(i: i64, scope: &Scope, what: &str, span: Option<SourceSpan>) -> Result<()> {
    if i < 1 || i as usize > scope.outputs.len() {
        return Err(Error::semantic(
            format!("{what} position {i} is not in select list"),
            span,
        ));
    }
    Ok(())
}

fn output_name(e: &Expr, scope: &Scope) -> Option<usize> {
    let Expr::Identifier(id) = e else { return None };
    let mut probe = id.clone();
    fold_ident(&mut probe);
    let hits: Vec<usize> = scope
        .outputs
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| *n == probe.value)
        .map(|(i, _)| i)
        .collect();
    match hits.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

pub(crate) fn set_nulls(
    o: &mut sqlparser::ast::OrderByOptions,
    span: Option<SourceSpan>,
) -> Result<()> {
    use sqlparser::ast::OrderBySort;
    let desc = match &o.sort {
        None | Some(OrderBySort::Asc) => false,
        Some(OrderBySort::Desc) => true,
        Some(OrderBySort::Using(_)) => {
            return Err(Error::unsupported("ORDER BY … USING", span, ""));
        }
    };
    if o.nulls_first.is_none() {
        o.nulls_first = Some(desc);
    }
    if o.sort.is_none() {
        o.sort = Some(OrderBySort::Asc);
    }
    Ok(())
}

/// What `Cx::distinct_on` leaves for the query wrapping its select.
#[derive(Debug)]
pub(crate) struct DistinctOnPlan {
    /// The output column names, in order.
    names: Vec<String>,
    /// The ORDER BY of the wrapping query, over the hidden columns.
    outer_order: Vec<String>,
}

/// Wraps a translated DISTINCT ON query: its CTEs, ORDER BY and LIMIT move
/// to the wrapping query, which keeps the first row of each group.
fn wrap_distinct_on(q: &mut Query, plan: DistinctOnPlan, cols: &[OutputColumn]) -> Result<()> {
    let with = q.with.take();
    let limit = q.limit_clause.take();
    let fetch = q.fetch.take();
    q.order_by = None;
    let visible: Vec<String> = plan
        .names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("\"__pgshim_c{i}\" AS \"{}\"", n.replace('"', "\"\"")))
        .collect();
    let _ = cols;
    let mut sql = format!(
        "SELECT {} FROM ({q}) AS \"__pgshim_d\" WHERE \"__pgshim_rn\" = 1",
        visible.join(", ")
    );
    if !plan.outer_order.is_empty() {
        sql.push_str(&format!(" ORDER BY {}", plan.outer_order.join(", ")));
    }
    let mut outer = build::query_from_sql(&sql).map_err(Error::Internal)?;
    outer.with = with;
    outer.limit_clause = limit;
    outer.fetch = fetch;
    *q = outer;
    Ok(())
}

/// Wraps column `i` of every SELECT of a set operation's branch in `f` (or,
/// for `"REAL"`, in `CAST(… AS REAL)`).
fn wrap_branch_column(body: &mut SetExpr, i: usize, f: &str) {
    match body {
        SetExpr::Select(sel) => match sel.projection.get_mut(i) {
            Some(SelectItem::UnnamedExpr(e)) | Some(SelectItem::ExprWithAlias { expr: e, .. }) => {
                let inner = std::mem::replace(e, build::null());
                *e = match f {
                    "REAL" => build::sqlite_cast(inner, "REAL"),
                    _ => build::call(f, vec![inner]),
                };
            }
            _ => {}
        },
        SetExpr::Query(q) => wrap_branch_column(&mut q.body, i, f),
        SetExpr::SetOperation { left, right, .. } => {
            wrap_branch_column(left, i, f);
            wrap_branch_column(right, i, f);
        }
        _ => {}
    }
}

/// `VALUES (…), (…)` as a query: PostgreSQL names its columns `column1`,
/// `column2`, … and types each column across the rows as UNION does, so it
/// becomes `SELECT … AS column1, … UNION ALL SELECT …` (SQLite's own VALUES
/// names columns differently and takes no alias list).
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/queries-values.html>
fn values_as_union(values: &mut sqlparser::ast::Values) -> Result<SetExpr> {
    let width = values.rows.first().map_or(0, |r| r.len());
    if let Some(bad) = values.rows.iter().find(|r| r.len() != width) {
        return Err(Error::semantic(
            "VALUES lists must all be the same length",
            bad.first().and_then(span_of),
        ));
    }
    // A skeleton SELECT per row whose items are then replaced by the row's
    // own expressions, which keep their source spans for later errors.
    let skeleton: Vec<String> = (1..=width).map(|i| format!("NULL AS column{i}")).collect();
    let skeleton = format!("SELECT {}", skeleton.join(", "));
    if values.rows.len() > MAX_VALUES_ROWS {
        return Err(Error::unsupported(
            format!("VALUES with more than {MAX_VALUES_ROWS} rows as a query"),
            values
                .rows
                .first()
                .and_then(|r| r.first())
                .and_then(span_of),
            "put the rows in a table first (INSERT … VALUES has no such limit)",
        ));
    }
    let shell = build::query_from_sql(&skeleton)
        .map_err(|e| Error::Internal(format!("VALUES as a query: {e}")))?;
    let mut selects = Vec::with_capacity(values.rows.len());
    for row in std::mem::take(&mut values.rows) {
        let mut q = shell.clone();
        if let SetExpr::Select(sel) = q.body.as_mut() {
            for (item, e) in sel.projection.iter_mut().zip(row.content) {
                if let SelectItem::ExprWithAlias { expr, .. } = item {
                    *expr = e;
                }
            }
        }
        selects.push(*q.body);
    }
    union_all_balanced(selects).ok_or_else(|| Error::Internal("VALUES with no rows".into()))
}

/// SQLite's limit on the SELECTs of one compound statement.
const MAX_VALUES_ROWS: usize = 500;

/// `a UNION ALL b UNION ALL …` as a balanced tree, so that translating it
/// recurses log(n) deep (UNION ALL is associative; SQLite reads the flat
/// text either way).
fn union_all_balanced(mut items: Vec<SetExpr>) -> Option<SetExpr> {
    if items.len() <= 1 {
        return items.pop();
    }
    let right = items.split_off(items.len() / 2);
    Some(SetExpr::SetOperation {
        left: Box::new(union_all_balanced(items)?),
        op: SetOperator::Union,
        set_quantifier: SetQuantifier::All,
        right: Box::new(union_all_balanced(right)?),
    })
}

/// A sequence read as a relation (`SELECT last_value, is_called FROM
/// s`, as pg_dump reads a sequence's position): its one row, from the
/// `_pgshim_sequences` table. `log_cnt` (the values PostgreSQL logged
/// ahead in its WAL) has no counterpart in pgshim: naming it is an error.
///
/// # PostgreSQL
/// <https://www.postgresql.org/docs/current/sql-createsequence.html>
/// ("SELECT * FROM name" reads last_value, log_cnt and is_called).
fn sequence_relation(name: &str, qualifier: String) -> Result<(TableFactor, Rel)> {
    let sql = format!(
        "SELECT \"last_value\" AS \"last_value\", NULL AS \"log_cnt\", \"is_called\" AS \"is_called\" \
         FROM \"{}\" WHERE \"name\" = '{}'",
        crate::runtime::sequences::TABLE,
        name.replace('\'', "''")
    );
    let factor = build::derived_table(&sql, &qualifier)
        .map_err(|m| Error::Internal(format!("{sql}: {m}")))?;
    let col = |name: &str, ty: Option<PgType>, declared: &str| ScopeCol {
        name: name.to_string(),
        ty,
        declared: declared.to_string(),
        typmod: -1,
        not_null: ty.is_some(),
        sql: None,
    };
    let cols = vec![
        col("last_value", Some(PgType::Int8), "bigint"),
        col("log_cnt", None, "bigint, which pgshim does not keep"),
        col("is_called", Some(PgType::Bool), "boolean"),
    ];
    Ok((
        factor,
        Rel {
            qualifier,
            cols,
            merged: vec![],
            pk: vec![],
        },
    ))
}

/// The system relation a FROM-clause name means: `pg_catalog.name`, or an
/// unqualified name that no CTE takes (pg_catalog comes first in
/// PostgreSQL's search path).
fn system_relation(
    name: &sqlparser::ast::ObjectName,
    scope: &Scope,
) -> Option<&'static crate::system_catalog::Relation> {
    let fold = |p: &ObjectNamePart| match p {
        ObjectNamePart::Identifier(id) if id.quote_style.is_none() => id.value.to_lowercase(),
        ObjectNamePart::Identifier(id) => id.value.clone(),
        _ => String::new(),
    };
    match name.0.as_slice() {
        [n] => {
            let n = fold(n);
            if scope.find_cte(&n).is_some() {
                return None;
            }
            crate::system_catalog::relation(None, &n)
        }
        [schema, n] => crate::system_catalog::relation(Some(&fold(schema)), &fold(n)),
        _ => None,
    }
}
