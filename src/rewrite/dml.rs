//! INSERT, UPDATE, DELETE and RETURNING.
//!
//! Values written to a column are converted the way PostgreSQL's
//! assignment casts convert them (untyped literals through the column
//! type's input function, integers range-checked, floats rounded), so that
//! what is stored is PostgreSQL's value in pgshim's canonical form.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/sql-insert.html>,
//! <https://www.postgresql.org/docs/current/sql-update.html>,
//! <https://www.postgresql.org/docs/current/sql-delete.html>

use sqlparser::ast::{
    AssignmentTarget, Delete, Expr, FromTable, Insert, ObjectNamePart, SelectItem, SetExpr,
    Statement, TableFactor, TableObject, Update,
};

use super::expr::{Typed, fold_ident, last_name, span_of};
use super::naming::ColName;
use super::scope::Scope;
use super::{Cx, OutputColumn, StatementKind, Translation, build, operators};
use crate::catalog::Table;
use crate::error::{Error, Result, SourceSpan};
use crate::types::{PgType, typmod};

impl Cx<'_> {
    pub(crate) fn dml(&mut self, stmt: &mut Statement) -> Result<Translation> {
        let cols = match stmt {
            Statement::Insert(ins) => self.insert(ins)?,
            Statement::Update(up) => self.update(up)?,
            Statement::Delete(del) => self.delete(del)?,
            _ => return Err(Error::Internal("dml() on another statement".into())),
        };
        let insert = matches!(stmt, Statement::Insert(_));
        super::post_passes(stmt, insert);
        let sql = stmt.to_string();
        let mut t = match cols {
            Some(cols) => Translation::rows(sql, cols),
            None => Translation::other(sql, StatementKind::Modify),
        };
        t.target_table = self.target.take();
        Ok(t)
    }

    /// The target of an UPDATE/DELETE and the name its columns are
    /// qualified by (the alias, or the table's name).
    fn target_with_alias(
        &mut self,
        name: &mut sqlparser::ast::ObjectName,
        alias: &mut Option<sqlparser::ast::TableAlias>,
    ) -> Result<(Table, String)> {
        let table = self.target_table(name)?;
        let qualifier = match alias {
            Some(a) => {
                fold_ident(&mut a.name);
                a.name.value.clone()
            }
            None => table.name.clone(),
        };
        Ok((table, qualifier))
    }

    fn target_table(&mut self, name: &mut sqlparser::ast::ObjectName) -> Result<Table> {
        let span = name.0.last().and_then(|p| match p {
            ObjectNamePart::Identifier(i) => SourceSpan::from_sql(i.span),
            _ => None,
        });
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
        self.target = Some(tname.clone());
        self.catalog
            .table(&tname)
            .cloned()
            .ok_or_else(|| Error::semantic(format!("relation \"{tname}\" does not exist"), span))
    }

    fn insert(&mut self, ins: &mut Insert) -> Result<Option<Vec<OutputColumn>>> {
        if ins.or.is_some()
            || ins.ignore
            || ins.overwrite
            || ins.partitioned.is_some()
            || !ins.after_columns.is_empty()
            || ins.replace_into
            || ins.priority.is_some()
            || ins.insert_alias.is_some()
            || ins.settings.is_some()
            || ins.format_clause.is_some()
            || ins.output.is_some()
            || !ins.assignments.is_empty()
            || ins.by_name
            || ins.has_table_keyword
            || !ins.optimizer_hints.is_empty()
        {
            return Err(Error::unsupported("this INSERT form", None, ""));
        }
        if ins.overriding.is_some() {
            return Err(Error::unsupported("OVERRIDING … VALUE", None, ""));
        }
        let TableObject::TableName(name) = &mut ins.table else {
            return Err(Error::unsupported("INSERT INTO a table function", None, ""));
        };
        let table = self.target_table(name)?;
        let qualifier = match &mut ins.table_alias {
            Some(a) => {
                fold_ident(&mut a.alias);
                a.alias.value.clone()
            }
            None => table.name.clone(),
        };
        // The target columns, in the order values are given.
        let mut targets: Vec<(String, PgType)> = Vec::new();
        if ins.columns.is_empty() {
            for c in &table.columns {
                targets.push((c.name.clone(), column_type(&table, &c.name, None)?));
            }
        } else {
            for c in ins.columns.iter_mut() {
                let span = c.0.last().and_then(|p| match p {
                    ObjectNamePart::Identifier(i) => SourceSpan::from_sql(i.span),
                    _ => None,
                });
                for p in c.0.iter_mut() {
                    if let ObjectNamePart::Identifier(id) = p {
                        fold_ident(id);
                    }
                }
                let n = last_name(&c.0);
                targets.push((n.clone(), column_type(&table, &n, span)?));
            }
        }
        // INSERT … DEFAULT VALUES: every column takes its default, which the
        // SQLite table holds (translated, reading the session zone at run
        // time).
        let Some(source) = ins.source.as_mut() else {
            if let Some(on) = ins.on.as_mut() {
                self.on_conflict(on, &table, &qualifier)?;
            }
            return self.returning(&mut ins.returning, &table, &qualifier);
        };
        let empty = Scope::default();
        match source.body.as_mut() {
            SetExpr::Values(values)
                if source.with.is_none()
                    && source.order_by.is_none()
                    && source.limit_clause.is_none() =>
            {
                for row in values.rows.iter_mut() {
                    if row.len() > targets.len() {
                        return Err(Error::semantic(
                            "INSERT has more expressions than target columns",
                            None,
                        ));
                    }
                    for (i, v) in row.iter_mut().enumerate() {
                        if is_default(v) {
                            // SQLite has no DEFAULT in VALUES: write the
                            // column's default (NULL when it has none, which
                            // also makes an INTEGER PRIMARY KEY take the next id).
                            *v = default_expr(&table, &targets[i].0)?;
                            continue;
                        }
                        let t = self.expr(v, &empty)?;
                        self.assign(v, &t, &targets[i].0, targets[i].1)?;
                    }
                }
            }
            _ => {
                let cols = self.query(source, Some(&empty))?;
                if cols.len() > targets.len() {
                    return Err(Error::semantic(
                        "INSERT has more expressions than target columns",
                        None,
                    ));
                }
                for (c, (n, ty)) in cols.iter().zip(&targets) {
                    if !assignable(c.ty, *ty) {
                        return Err(Error::semantic_hint(
                            format!(
                                "column \"{n}\" is of type {} but expression is of type {}",
                                ty.sql_name(),
                                c.ty.sql_name()
                            ),
                            None,
                            "You will need to rewrite or cast the expression.",
                        ));
                    }
                }
                self.assign_selected(source, &cols, &targets, &table)?;
            }
        }
        if let Some(on) = ins.on.as_mut() {
            self.on_conflict(on, &table, &qualifier)?;
            // SQLite reads `INSERT … SELECT … FROM t ON CONFLICT` as a join
            // constraint unless the SELECT has a WHERE clause.
            if let Some(src) = ins.source.as_mut() {
                if let SetExpr::Select(sel) = src.body.as_mut() {
                    if sel.selection.is_none() && !sel.from.is_empty() {
                        sel.selection = Some(build::int(1));
                    }
                }
            }
        }
        self.returning(&mut ins.returning, &table, &qualifier)
    }

    /// `ON CONFLICT (cols) DO NOTHING | DO UPDATE SET … [WHERE …]`, with
    /// `EXCLUDED.col` for the proposed row; SQLite's UPSERT has the same
    /// form and meaning.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/sql-insert.html#SQL-ON-CONFLICT>
    fn on_conflict(
        &mut self,
        on: &mut sqlparser::ast::OnInsert,
        table: &Table,
        qualifier: &str,
    ) -> Result<()> {
        use sqlparser::ast::{ConflictTarget, OnConflictAction, OnInsert};
        let OnInsert::OnConflict(oc) = on else {
            return Err(Error::unsupported(
                "ON DUPLICATE KEY UPDATE",
                None,
                "use ON CONFLICT",
            ));
        };
        let target_scope = table_scope(table, qualifier);
        match oc.conflict_target.as_mut() {
            None => {
                if matches!(oc.action, OnConflictAction::DoUpdate(_)) {
                    return Err(Error::semantic_hint(
                        "ON CONFLICT DO UPDATE requires inference specification or constraint name",
                        None,
                        "For example, ON CONFLICT (column_name).",
                    ));
                }
            }
            Some(ConflictTarget::Columns { columns, predicate }) => {
                for c in columns.iter_mut() {
                    fold_ident(c);
                    column_type(table, &c.value, None)?;
                }
                if let Some(p) = predicate.as_mut() {
                    let t = self.expr(p, &target_scope)?;
                    self.require_bool(p, &t, "WHERE", span_of(p))?;
                }
            }
            Some(ConflictTarget::OnConstraint(_)) => {
                return Err(Error::unsupported(
                    "ON CONFLICT ON CONSTRAINT",
                    None,
                    "name the constrained columns: ON CONFLICT (col, …)",
                ));
            }
        }
        if let OnConflictAction::DoUpdate(up) = &mut oc.action {
            let mut scope = table_scope(table, qualifier);
            let mut excluded = table_scope(table, "excluded");
            scope.rels.append(&mut excluded.rels);
            self.set_list(&mut up.assignments, table, &scope)?;
            if let Some(w) = up.selection.as_mut() {
                let t = self.expr(w, &scope)?;
                self.require_bool(w, &t, "WHERE", span_of(w))?;
                super::grouping::check_no_aggregates(w, "WHERE")?;
            }
        }
        Ok(())
    }

    /// `SET col = value, …` of UPDATE and ON CONFLICT DO UPDATE: bare
    /// column names of the target, values typed in `scope` and assigned
    /// with PostgreSQL's assignment casts.
    fn set_list(
        &mut self,
        assignments: &mut [sqlparser::ast::Assignment],
        table: &Table,
        scope: &Scope,
    ) -> Result<()> {
        for a in assignments.iter_mut() {
            let AssignmentTarget::ColumnName(cn) = &mut a.target else {
                return Err(Error::unsupported(
                    "SET (a, b) = …",
                    None,
                    "assign columns one by one",
                ));
            };
            let span = span_of(&a.value);
            // `SET t.col = …` is not PostgreSQL; `SET col = …` is.
            if cn.0.len() != 1 {
                return Err(Error::unsupported(
                    "qualified column in SET",
                    span,
                    "write the bare column name",
                ));
            }
            if let Some(ObjectNamePart::Identifier(id)) = cn.0.first_mut() {
                fold_ident(id);
            }
            let col = last_name(&cn.0);
            let ty = column_type(table, &col, span)?;
            if is_default(&a.value) {
                return Err(Error::unsupported(
                    "SET col = DEFAULT",
                    span,
                    "write the default value",
                ));
            }
            let t = self.expr(&mut a.value, scope)?;
            self.assign(&mut a.value, &t, &col, ty)?;
        }
        Ok(())
    }

    fn update(&mut self, up: &mut Update) -> Result<Option<Vec<OutputColumn>>> {
        if matches!(
            up.from,
            Some(sqlparser::ast::UpdateTableFromKind::BeforeSet(_))
        ) {
            return Err(Error::unsupported(
                "UPDATE FROM … SET",
                None,
                "write UPDATE t SET … FROM …",
            ));
        }
        if up.or.is_some()
            || !up.order_by.is_empty()
            || up.limit.is_some()
            || up.output.is_some()
            || up.settings.is_some()
            || up.on_cluster.is_some()
            || !up.optimizer_hints.is_empty()
            || !up.table.joins.is_empty()
        {
            return Err(Error::unsupported("this UPDATE form", None, ""));
        }
        let TableFactor::Table { name, alias, .. } = &mut up.table.relation else {
            return Err(Error::unsupported("UPDATE of this target", None, ""));
        };
        let (table, qualifier) = self.target_with_alias(name, alias)?;
        let mut scope = table_scope(&table, &qualifier);
        // UPDATE … FROM: the other tables join the target's scope (SQLite's
        // UPDATE … FROM has PostgreSQL's meaning).
        if let Some(sqlparser::ast::UpdateTableFromKind::AfterSet(items)) = up.from.as_mut() {
            for twj in items.iter_mut() {
                self.add_from_item(twj, &mut scope)?;
            }
        }
        self.set_list(&mut up.assignments, &table, &scope)?;
        if let Some(w) = up.selection.as_mut() {
            let t = self.expr(w, &scope)?;
            self.require_bool(w, &t, "WHERE", span_of(w))?;
            super::grouping::check_no_aggregates(w, "WHERE")?;
        }
        self.returning(&mut up.returning, &table, &qualifier)
    }

    fn delete(&mut self, del: &mut Delete) -> Result<Option<Vec<OutputColumn>>> {
        if !del.tables.is_empty()
            || !del.order_by.is_empty()
            || del.limit.is_some()
            || del.output.is_some()
            || del.settings.is_some()
            || del.on_cluster.is_some()
            || !del.optimizer_hints.is_empty()
        {
            return Err(Error::unsupported("this DELETE form", None, ""));
        }
        let (FromTable::WithFromKeyword(from) | FromTable::WithoutKeyword(from)) = &mut del.from;
        if from.len() != 1 || !from[0].joins.is_empty() {
            return Err(Error::unsupported("DELETE from several tables", None, ""));
        }
        let TableFactor::Table { name, alias, .. } = &mut from[0].relation else {
            return Err(Error::unsupported("DELETE from this target", None, ""));
        };
        let (table, qualifier) = self.target_with_alias(name, alias)?;
        let mut scope = table_scope(&table, &qualifier);
        let mut using = del.using.take();
        if let Some(items) = using.as_mut() {
            for twj in items.iter_mut() {
                self.add_from_item(twj, &mut scope)?;
            }
        }
        if let Some(w) = del.selection.as_mut() {
            let t = self.expr(w, &scope)?;
            self.require_bool(w, &t, "WHERE", span_of(w))?;
            super::grouping::check_no_aggregates(w, "WHERE")?;
        }
        // DELETE … USING (which SQLite lacks): the rows of the target that
        // join, by primary key (a table with one has no rowid), else by
        // rowid.
        if let Some(items) = using {
            let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            let from: Vec<String> = items.iter().map(|t| t.to_string()).collect();
            let cond = del
                .selection
                .as_ref()
                .map(|w| format!(" WHERE {w}"))
                .unwrap_or_default();
            let key: Vec<String> = if table.primary_key.is_empty() {
                vec!["rowid".to_string()]
            } else {
                table.primary_key.clone()
            };
            let target = key.iter().map(|k| q(k)).collect::<Vec<_>>().join(", ");
            let target = if key.len() == 1 {
                target
            } else {
                format!("({target})")
            };
            let sql = format!(
                "{target} IN (SELECT {} FROM {} AS {}, {}{cond})",
                key.iter()
                    .map(|k| format!("{}.{}", q(&qualifier), q(k)))
                    .collect::<Vec<_>>()
                    .join(", "),
                q(&table.name),
                q(&qualifier),
                from.join(", ")
            );
            del.selection = Some(build::expr_from_sql(&sql).map_err(Error::Internal)?);
        }
        self.returning(&mut del.returning, &table, &qualifier)
    }

    /// RETURNING items, named and typed like a select list.
    fn returning(
        &mut self,
        ret: &mut Option<Vec<SelectItem>>,
        table: &Table,
        qualifier: &str,
    ) -> Result<Option<Vec<OutputColumn>>> {
        let Some(items) = ret.as_mut() else {
            return Ok(None);
        };
        let scope = table_scope(table, qualifier);
        let mut out_items = Vec::new();
        let mut cols = Vec::new();
        for item in std::mem::take(items) {
            match item {
                SelectItem::UnnamedExpr(mut e) => {
                    let t = self.expr(&mut e, &scope)?;
                    let ty = self.resolve_unknown_as_text(&mut e, &t)?;
                    let name = t.col.label();
                    out_items.push(SelectItem::ExprWithAlias {
                        expr: e,
                        alias: build::ident(&name),
                    });
                    let mut c = OutputColumn::new(name, ty);
                    c.typmod = t.typmod;
                    cols.push(c);
                }
                SelectItem::ExprWithAlias {
                    mut expr,
                    mut alias,
                } => {
                    let t = self.expr(&mut expr, &scope)?;
                    let ty = self.resolve_unknown_as_text(&mut expr, &t)?;
                    fold_ident(&mut alias);
                    let mut c = OutputColumn::new(alias.value.clone(), ty);
                    c.typmod = t.typmod;
                    cols.push(c);
                    out_items.push(SelectItem::ExprWithAlias { expr, alias });
                }
                SelectItem::Wildcard(_) | SelectItem::QualifiedWildcard(..) => {
                    // SQLite's RETURNING does not accept a qualified column
                    // for the target table; bare names refer to it.
                    for c in &table.columns {
                        let ty = column_type(table, &c.name, None)?;
                        out_items.push(SelectItem::ExprWithAlias {
                            expr: Expr::Identifier(build::ident(&c.name)),
                            alias: build::ident(&c.name),
                        });
                        let mut out = OutputColumn::new(c.name.clone(), ty);
                        out.typmod = c.typmod();
                        cols.push(out);
                    }
                }
                SelectItem::ExprWithAliases { .. } => {
                    return Err(Error::unsupported("multiple aliases", None, ""));
                }
            }
        }
        // SQLite's RETURNING names the target table's columns unqualified.
        for item in out_items.iter_mut() {
            if let SelectItem::ExprWithAlias { expr, .. } = item {
                let _ = sqlparser::ast::visit_expressions_mut(expr, |e| {
                    if let Expr::CompoundIdentifier(parts) = e {
                        if parts.len() == 2 && parts[0].value == qualifier {
                            *e = Expr::Identifier(parts[1].clone());
                        }
                    }
                    std::ops::ControlFlow::<()>::Continue(())
                });
            }
        }
        if self.text_output {
            for (item, col) in out_items.iter_mut().zip(&cols) {
                if let SelectItem::ExprWithAlias { expr, .. } = item {
                    let value = std::mem::replace(expr, build::null());
                    *expr = build::call("pg_output", vec![value, build::string(col.ty.name())]);
                }
            }
        }
        *items = out_items;
        Ok(Some(cols))
    }

    /// `INSERT … SELECT`: each selected value takes its column's type by
    /// PostgreSQL's assignment cast and precision modifier, as a VALUES
    /// row does (numeric → double precision, timestamptz → date or text in
    /// the session zone, `numeric(10,1)` rounding). The conversion wraps
    /// the select list of a plain SELECT; where PostgreSQL would convert
    /// after DISTINCT or ORDER BY, or the select list is `*` or a set
    /// operation, a needed conversion is refused.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/typeconv-query.html>
    fn assign_selected(
        &mut self,
        source: &mut sqlparser::ast::Query,
        cols: &[OutputColumn],
        targets: &[(String, PgType)],
        table: &Table,
    ) -> Result<()> {
        let needs = |i: usize, n: &str, ty: PgType| {
            let declared = table.column(n).map(|c| c.declared.as_str()).unwrap_or("");
            let identity = cols[i].ty == ty
                || (cols[i].ty.is_string() && ty.is_string())
                || (cols[i].ty.is_integer() && ty.is_float());
            let modifier = (ty.is_temporal()
                && typmod::declared_precision(declared).is_some_and(|p| p < 6))
                || (ty == PgType::Numeric && typmod::declared_numeric(declared).is_some());
            !identity || modifier
        };
        let todo: Vec<usize> = (0..cols.len().min(targets.len()))
            .filter(|&i| needs(i, &targets[i].0, targets[i].1))
            .collect();
        let Some(&first) = todo.first() else {
            return Ok(());
        };
        let refuse = |why: &str| {
            Error::unsupported(
                format!(
                    "INSERT … SELECT {why} converting {} to {}",
                    cols[first].ty.sql_name(),
                    targets[first].1.sql_name()
                ),
                None,
                format!(
                    "cast the selected column to {}",
                    targets[first].1.sql_name()
                ),
            )
        };
        let SetExpr::Select(sel) = source.body.as_mut() else {
            return Err(refuse("of a set operation"));
        };
        if sel.distinct.is_some() {
            return Err(refuse("DISTINCT"));
        }
        // ORDER BY a converted output (by position, as the translation
        // writes output references, or by its name) would sort the
        // converted values, where PostgreSQL sorts before converting.
        let alias = |i: usize| match sel.projection.get(i) {
            Some(SelectItem::ExprWithAlias { alias, .. }) => Some(alias.value.clone()),
            _ => None,
        };
        if let Some(sqlparser::ast::OrderByKind::Expressions(items)) =
            source.order_by.as_ref().map(|o| &o.kind)
        {
            for item in items {
                let mut x = &item.expr;
                while let Expr::Nested(inner) | Expr::Collate { expr: inner, .. } = x {
                    x = inner;
                }
                let sorts_converted = match x {
                    Expr::Value(v) => match &v.value {
                        sqlparser::ast::Value::Number(n, _) => n
                            .parse::<usize>()
                            .is_ok_and(|n| n >= 1 && todo.contains(&(n - 1))),
                        _ => false,
                    },
                    Expr::Identifier(id) => {
                        todo.iter().any(|&i| alias(i).as_deref() == Some(&id.value))
                    }
                    _ => false,
                };
                if sorts_converted {
                    return Err(refuse("ordered by the converted column"));
                }
            }
        }
        for i in todo {
            let (n, ty) = &targets[i];
            match sel.projection.get_mut(i) {
                Some(SelectItem::ExprWithAlias { expr, .. } | SelectItem::UnnamedExpr(expr)) => {
                    self.assign(expr, &Typed::new(cols[i].ty), n, *ty)?;
                }
                _ => return Err(refuse("*")),
            }
        }
        Ok(())
    }

    /// The declared type of a column of the written table (`interval_hour`,
    /// `timestamptz(3)`), empty when unknown.
    fn declared_type(&self, col: &str) -> String {
        self.target
            .as_deref()
            .and_then(|t| self.catalog.table(t))
            .and_then(|t| t.column(col))
            .map(|c| c.declared.clone())
            .unwrap_or_default()
    }

    /// Assignment of a value typed `t` to a column of type `ty`: PostgreSQL's
    /// assignment casts (integers range-checked, floats rounded to integers).
    fn assign(&mut self, e: &mut Expr, t: &Typed, col: &str, ty: PgType) -> Result<()> {
        // A column `interval day to second(3)`: values are read and kept
        // with its fields, as PostgreSQL's typmod coercion does.
        if ty == PgType::Interval {
            let declared = self.declared_type(col);
            if let Some(range) = crate::time::IntervalRange::of_declared(&declared) {
                let mut target = super::casts::Target::plain(ty);
                target.fields = Some(range);
                target.len = typmod::declared_precision(&declared);
                // A literal is read with the fields; anything else (a
                // parameter is read as plain interval, as PostgreSQL types
                // it) is restricted after.
                if matches!(t.lit, super::expr::Lit::Unknown(_)) {
                    let span = span_of(e);
                    super::casts::cast(self, e, t.clone(), target, span)?;
                    return Ok(());
                }
                self.assign_value(e, t, col, ty)?;
                let x = std::mem::replace(e, build::null());
                let x = super::datetime::interval_restrict(x, range);
                *e = super::datetime::with_precision(x, ty, target.len);
                return Ok(());
            }
        }
        self.assign_value(e, t, col, ty)?;
        // A precision modifier on the column (`timestamptz(3)`,
        // `numeric(10,2)`) rounds the stored value, as PostgreSQL's typmod
        // coercion does.
        if ty.is_temporal() || ty == PgType::Numeric {
            let declared = self.declared_type(col);
            if ty == PgType::Numeric {
                if let Some((p, s)) = typmod::declared_numeric(&declared) {
                    let x = std::mem::replace(e, build::null());
                    *e = super::casts::numeric_typmod(
                        x,
                        super::casts::Target {
                            ty,
                            len: Some(p),
                            scale: Some(s),
                            fields: None,
                        },
                    );
                }
            } else if let Some(p) = typmod::declared_precision(&declared) {
                let x = std::mem::replace(e, build::null());
                *e = super::datetime::with_precision(x, ty, Some(p));
            }
        }
        Ok(())
    }

    fn assign_value(&mut self, e: &mut Expr, t: &Typed, col: &str, ty: PgType) -> Result<()> {
        let span = span_of(e);
        if t.is_unknown() || matches!(t.lit, super::expr::Lit::Numeric(_)) {
            if matches!(t.lit, super::expr::Lit::Numeric(_)) && ty.is_integer() {
                let tt = Typed {
                    col: ColName::none(),
                    ..t.clone()
                };
                super::casts::cast(self, e, tt, super::casts::Target::plain(ty), span)?;
                return Ok(());
            }
            return self.coerce(e, t, ty, span);
        }
        if !assignable(t.ty, ty) {
            return Err(Error::semantic_hint(
                format!(
                    "column \"{col}\" is of type {} but expression is of type {}",
                    ty.sql_name(),
                    t.ty.sql_name()
                ),
                span,
                "You will need to rewrite or cast the expression.",
            ));
        }
        let inner = std::mem::replace(e, build::null());
        if t.ty.is_temporal() && t.ty != ty {
            *e = super::datetime::convert(self, inner, t.ty, ty)
                .ok_or_else(|| Error::Internal("date/time assignment cast".into()))?;
            return Ok(());
        }
        *e = match (t.ty, ty) {
            (PgType::Numeric, PgType::Numeric) if t.integral => {
                build::call("pg_numeric_in", vec![inner])
            }
            (a, PgType::Numeric) if a.is_integer() => build::call("pg_numeric_in", vec![inner]),
            (PgType::Float8, PgType::Numeric) => build::call("pg_float8_to_numeric", vec![inner]),
            (PgType::Numeric, PgType::Float8) => build::call("pg_numeric_to_float8", vec![inner]),
            (PgType::Numeric, b) if b.is_integer() => build::call(
                "pg_numeric_to_int",
                vec![inner, build::int(i64::from(int_bits(b)))],
            ),
            (a, b) if a.is_integer() && b.is_integer() && int_bits(b) < int_bits(a) => {
                build::call(operators::range_fn(b), vec![inner])
            }
            (PgType::Float8, b) if b.is_integer() => build::call(
                "pg_float8_to_int",
                vec![inner, build::int(i64::from(int_bits(b)))],
            ),
            (a, b) if a.is_integer() && b.is_float() => build::sqlite_cast(inner, "REAL"),
            (a, b)
                if a == b
                    || (a.is_string() && b.is_string())
                    || (a.is_integer() && b.is_integer()) =>
            {
                inner
            }
            (a, b) if b.is_string() => super::casts::to_text(inner, a, span)?,
            (a, b) => {
                *e = inner;
                return Err(Error::unsupported(
                    format!("assigning {} to a {} column", a.sql_name(), b.sql_name()),
                    span,
                    "not translated yet",
                ));
            }
        };
        Ok(())
    }
}

fn int_bits(t: PgType) -> u32 {
    match t {
        PgType::Int2 => 16,
        PgType::Int4 => 32,
        _ => 64,
    }
}

/// Whether PostgreSQL has an implicit or assignment cast from `from` to `to`.
fn assignable(from: PgType, to: PgType) -> bool {
    from == to
        || (from.is_numeric_category() && to.is_numeric_category())
        || (from.is_string() && to.is_string())
        || (to.is_string() && from != PgType::Bytea)
        || (from.is_temporal() && to.is_temporal() && super::datetime::assignment(from, to))
}

fn is_default(e: &Expr) -> bool {
    matches!(e, Expr::Identifier(id) if id.quote_style.is_none() && id.value.eq_ignore_ascii_case("default"))
}

fn column_type(table: &Table, name: &str, span: Option<SourceSpan>) -> Result<PgType> {
    let c = table.column(name).ok_or_else(|| {
        Error::semantic(
            format!(
                "column \"{name}\" of relation \"{}\" does not exist",
                table.name
            ),
            span,
        )
    })?;
    c.ty.ok_or_else(|| {
        Error::unsupported(
            format!("column \"{name}\" of type \"{}\"", c.declared),
            span,
            "pgshim does not know this type; add a catalog override",
        )
    })
}

fn table_scope<'p>(table: &Table, qualifier: &str) -> Scope<'p> {
    Scope::of_table(qualifier, &table.columns)
}

fn default_expr(table: &Table, col: &str) -> Result<Expr> {
    let Some(sql) = table.column(col).and_then(|c| c.default_sql.clone()) else {
        return Ok(build::null());
    };
    let dialect = sqlparser::dialect::SQLiteDialect {};
    sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(&sql)
        .and_then(|mut p| p.parse_expr())
        .map_err(|e| Error::Internal(format!("cannot read the default of column \"{col}\": {e}")))
}
