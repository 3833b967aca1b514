//! Running a report on PostgreSQL the way a driver using the text
//! protocol does: parameters sent as text, typed by the server.

/// A result set from PostgreSQL: `(name, type name)` per column and the
/// rows in PostgreSQL's text output (`None` is NULL).
#[derive(Debug, Clone, PartialEq)]
pub struct PgRows {
    /// Column names and `pg_type.typname`s.
    pub columns: Vec<(String, String)>,
    /// Rows as text.
    pub rows: Vec<Vec<Option<String>>>,
}

fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A statement prepared on the server under `name` (PREPARE; names must be
/// unique per session), run with
/// EXECUTE and text parameters: one round trip per run.
pub struct Prepared {
    name: String,
    columns: Vec<(String, String)>,
}

impl Prepared {
    /// Prepares `sql` under `name` (a plain identifier).
    pub fn new(
        client: &mut postgres::Client,
        name: &str,
        sql: &str,
    ) -> Result<Prepared, postgres::Error> {
        let described = client.prepare(sql)?;
        let columns = described
            .columns()
            .iter()
            .map(|c| (c.name().to_string(), c.type_().name().to_string()))
            .collect();
        client.batch_execute(&format!("PREPARE {name} AS {sql}"))?;
        Ok(Prepared {
            name: name.to_string(),
            columns,
        })
    }

    /// Runs the statement with text parameters.
    pub fn run(
        &self,
        client: &mut postgres::Client,
        params: &[Option<String>],
    ) -> Result<PgRows, postgres::Error> {
        let args: Vec<String> = params
            .iter()
            .map(|p| p.as_deref().map(quote).unwrap_or_else(|| "NULL".into()))
            .collect();
        let text = if args.is_empty() {
            format!("EXECUTE {}", self.name)
        } else {
            format!("EXECUTE {}({})", self.name, args.join(", "))
        };
        let mut rows = Vec::new();
        for m in client.simple_query(&text)? {
            if let postgres::SimpleQueryMessage::Row(r) = m {
                rows.push((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect());
            }
        }
        Ok(PgRows {
            columns: self.columns.clone(),
            rows,
        })
    }
}
