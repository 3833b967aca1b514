//! The report queries: one PostgreSQL statement per file, with a header
//! of `--` directives:
//!
//! ```sql
//! -- title: Tickets opened today
//! -- args: as_of
//! -- params: ["2025-11-03 15:00:00+00"]
//! SELECT count(*) FROM tickets
//! WHERE created_at >= date_trunc('day', $1::timestamptz);
//! ```
//!
//! `args` names the `$n` parameters in order (the example fills them by
//! name); each `params` line is one parameter set the tests run (JSON: text,
//! numbers or null, sent as text as drivers do).

use std::path::Path;

/// One report query.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// The file name without `.sql`.
    pub name: String,
    /// What the report shows.
    pub title: String,
    /// The names of `$1`, `$2`, ….
    pub args: Vec<String>,
    /// Parameter sets the tests run, as text.
    pub param_sets: Vec<Vec<Option<String>>>,
    /// The PostgreSQL statement.
    pub sql: String,
}

fn parse_params(line: &str, file: &str) -> Result<Vec<Option<String>>, String> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("{file}: params: {e}"))?;
    let items = v
        .as_array()
        .ok_or_else(|| format!("{file}: params must be a JSON array"))?;
    Ok(items
        .iter()
        .map(|x| match x {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        })
        .collect())
}

/// Parses one query file's text.
pub fn parse(name: &str, text: &str) -> Result<Query, String> {
    let mut q = Query {
        name: name.to_string(),
        title: String::new(),
        args: Vec::new(),
        param_sets: Vec::new(),
        sql: String::new(),
    };
    let mut body = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("-- title:") {
            q.title = rest.trim().to_string();
        } else if let Some(rest) = t.strip_prefix("-- args:") {
            q.args = rest
                .split(',')
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect();
        } else if let Some(rest) = t.strip_prefix("-- params:") {
            q.param_sets.push(parse_params(rest.trim(), name)?);
        } else if t.starts_with("--") && body.is_empty() {
            // Description lines.
        } else {
            body.push(line);
        }
    }
    q.sql = body
        .join("\n")
        .trim()
        .trim_end_matches(';')
        .trim()
        .to_string();
    if q.title.is_empty() || q.sql.is_empty() {
        return Err(format!(
            "{name}: a query file needs a title and a statement"
        ));
    }
    if q.param_sets.iter().any(|p| p.len() != q.args.len()) {
        return Err(format!(
            "{name}: every params line must give each of: {:?}",
            q.args
        ));
    }
    Ok(q)
}

/// The report queries in `dir`, by file name.
pub fn queries_in(dir: &Path) -> Result<Vec<Query>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            parse(&name, &text)
        })
        .collect()
}

/// The app's report queries (`fixtures/ticket_app/queries`).
pub fn queries() -> Result<Vec<Query>, String> {
    queries_in(&crate::queries_dir())
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_directives() {
        let q = super::parse(
            "x",
            "-- title: T\n-- Some words.\n-- args: a, b\n-- params: [\"1\", 2]\n-- params: [null, \"x\"]\nSELECT $1::int,\n  $2::text;\n",
        )
        .unwrap();
        assert_eq!(q.title, "T");
        assert_eq!(q.args, ["a", "b"]);
        assert_eq!(
            q.param_sets,
            vec![
                vec![Some("1".into()), Some("2".into())],
                vec![None, Some("x".into())]
            ]
        );
        assert_eq!(q.sql, "SELECT $1::int,\n  $2::text");
    }

    #[test]
    fn every_shipped_query_parses() {
        let all = super::queries().unwrap();
        assert!(all.len() >= 25, "{} queries", all.len());
        assert!(all.iter().all(|q| !q.param_sets.is_empty()));
    }
}
