//! `pgshim check`: which statements of a file of application queries
//! pgshim translates, and for the others the construct, where it is and
//! the hint, drawn as compiler diagnostics (annotate-snippets).

use std::collections::BTreeMap;
use std::io::IsTerminal;

use annotate_snippets::{Level, Renderer, Snippet};
use pgshim::{Catalog, Error, Options, Translator};

/// From where to where in a file: (line, column) pairs, 1-based, the end
/// just past the last character.
type Span = ((u64, u64), (u64, u64));

/// What one statement came to.
struct Checked {
    file: String,
    line: u64,
    column: u64,
    /// The first line of the statement, shortened.
    head: String,
    outcome: Outcome,
}

enum Outcome {
    Ok,
    /// Not translated: the construct, the span in the file and the hint.
    Unsupported {
        construct: String,
        span: Option<Span>,
        hint: Option<String>,
    },
    /// It does not parse (as pgshim's parser reads PostgreSQL).
    Unparsed {
        message: String,
        at: Option<(u64, u64)>,
    },
    /// PostgreSQL itself would reject it.
    Error {
        message: String,
        span: Option<Span>,
        hint: Option<String>,
    },
}

/// The options of `pgshim check`.
pub struct CheckArgs<'a> {
    pub files: &'a [String],
    pub schema: Option<&'a str>,
    pub db: Option<&'a str>,
    pub json: bool,
    pub time_zone: &'a str,
}

/// Runs the check; `Ok(false)` when a statement is unsupported or wrong.
pub fn check(args: &CheckArgs) -> Result<bool, String> {
    let mut options = Options::default();
    options.time_zone = pgshim::canonical_time_zone(args.time_zone).map_err(|e| e.to_string())?;
    let catalog = match args.db {
        Some(path) => super::catalog_of(path)?,
        None => Catalog::new(),
    };
    let mut tr = Translator::with_options(catalog, options);
    if let Some(path) = args.schema {
        let ddl = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        tr.translate_script(&ddl)
            .map_err(|e| format!("{path}: {e}"))?;
    }
    let mut all = Vec::new();
    let mut sources = BTreeMap::new();
    for file in args.files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let statements = pgshim::split_script(&text).map_err(|e| format!("{file}: {e}"))?;
        for s in statements {
            let outcome = match tr.translate(&s.text) {
                Ok(t) => {
                    // DDL in the file shapes the statements after it.
                    tr.apply(&t);
                    Outcome::Ok
                }
                Err(e) => outcome_of(&e, s.line, s.column),
            };
            all.push(Checked {
                file: file.clone(),
                line: s.line,
                column: s.column,
                head: head(&s.text),
                outcome,
            });
        }
        sources.insert(file.clone(), text);
    }
    if args.json {
        println!("{}", json(&all));
    } else {
        let renderer = if std::io::stdout().is_terminal() {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        for c in &all {
            print_human(c, &sources[&c.file], &renderer);
        }
        print!("{}", summary(&all));
    }
    Ok(all.iter().all(|c| matches!(c.outcome, Outcome::Ok)))
}

/// A translation error, its span moved from the statement into the file.
fn outcome_of(e: &Error, line: u64, column: u64) -> Outcome {
    let to_file = |(l, c): (u64, u64)| {
        if l <= 1 {
            (line, column + c.saturating_sub(1))
        } else {
            (line + l - 1, c)
        }
    };
    let span = e.span().map(|s| (to_file(s.start), to_file(s.end)));
    match e {
        Error::Unsupported {
            construct, help, ..
        } => Outcome::Unsupported {
            construct: construct.clone(),
            span,
            hint: help.clone().filter(|h| !h.is_empty()),
        },
        Error::Semantic { help, .. } => Outcome::Error {
            message: e.message(),
            span,
            hint: help.clone().filter(|h| !h.is_empty()),
        },
        Error::Parse { message } => {
            // sqlparser ends its message with the position in the statement.
            let (text, at) = match message.rsplit_once(" at Line: ") {
                Some((text, pos)) => {
                    let mut nums = pos
                        .split(", Column: ")
                        .map(|n| n.trim().parse::<u64>().ok());
                    match (nums.next().flatten(), nums.next().flatten()) {
                        (Some(l), Some(c)) => (text.to_string(), Some(to_file((l, c)))),
                        _ => (message.clone(), None),
                    }
                }
                None => (message.clone(), None),
            };
            let text = text.strip_prefix("sql parser error: ").unwrap_or(&text);
            Outcome::Unparsed {
                message: format!("syntax pgshim cannot read: {text}"),
                at,
            }
        }
        other => Outcome::Error {
            message: other.message(),
            span: None,
            hint: None,
        },
    }
}

fn head(sql: &str) -> String {
    let first = sql.lines().next().unwrap_or("").trim();
    if first.chars().count() > 60 {
        format!("{}…", first.chars().take(59).collect::<String>())
    } else {
        first.to_string()
    }
}

/// The byte offset of a 1-based (line, column in characters) in `text`.
fn offset(text: &str, (line, column): (u64, u64)) -> usize {
    let start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum::<usize>();
    text[start..]
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(text.len(), |(i, _)| start + i)
}

fn print_human(c: &Checked, source: &str, renderer: &Renderer) {
    let (title, span, hint, label) = match &c.outcome {
        Outcome::Ok => {
            println!("ok: {}:{}:{}: {}", c.file, c.line, c.column, c.head);
            return;
        }
        Outcome::Unsupported {
            construct,
            span,
            hint,
        } => (
            format!("unsupported: {construct}"),
            span,
            hint,
            "not translated",
        ),
        Outcome::Error {
            message,
            span,
            hint,
        } => (message.clone(), span, hint, "PostgreSQL rejects this"),
        Outcome::Unparsed { message, at } => (
            message.clone(),
            &at.map(|a| (a, a)),
            &None,
            "pgshim's parser stops here",
        ),
    };
    let range = match span {
        Some((start, end)) => {
            let a = offset(source, *start);
            // The end is just past the last character (sqlparser's spans).
            let b = offset(source, *end).max(a + 1);
            a..b.min(source.len())
        }
        None => {
            let a = offset(source, (c.line, c.column));
            a..(a + 1).min(source.len())
        }
    };
    let mut message = Level::Error.title(&title).snippet(
        Snippet::source(source)
            .line_start(1)
            .origin(&c.file)
            .fold(true)
            .annotation(Level::Error.span(range).label(label)),
    );
    if let Some(h) = hint {
        message = message.footer(Level::Help.title(h));
    }
    println!("{}\n", renderer.render(message));
}

/// "N statements: … ok, … unsupported, … rejected", then the unsupported
/// constructs by how often they occur.
fn summary(all: &[Checked]) -> String {
    let ok = all
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Ok))
        .count();
    let mut by_construct: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut errors, mut unparsed) = (0, 0);
    for c in all {
        match &c.outcome {
            Outcome::Unsupported { construct, .. } => {
                *by_construct.entry(construct.as_str()).or_default() += 1
            }
            Outcome::Error { .. } => errors += 1,
            Outcome::Unparsed { .. } => unparsed += 1,
            Outcome::Ok => {}
        }
    }
    let unsupported: usize = by_construct.values().sum();
    let mut out = format!(
        "{} statements: {ok} ok, {unsupported} unsupported, {unparsed} not parsed, \
         {errors} rejected as PostgreSQL would reject them\n",
        all.len()
    );
    let mut counts: Vec<(&str, usize)> = by_construct.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (construct, n) in counts {
        out.push_str(&format!("  {n:>4}  {construct}\n"));
    }
    out
}

fn json(all: &[Checked]) -> String {
    use serde_json::{Value, json};
    let span_json = |s: &Option<Span>| match s {
        Some((a, b)) => {
            json!({"start": {"line": a.0, "column": a.1}, "end": {"line": b.0, "column": b.1}})
        }
        None => Value::Null,
    };
    let statements: Vec<Value> = all
        .iter()
        .map(|c| {
            let mut v = json!({"file": c.file, "line": c.line, "column": c.column, "statement": c.head});
            let extra = match &c.outcome {
                Outcome::Ok => json!({"status": "ok"}),
                Outcome::Unsupported {
                    construct,
                    span,
                    hint,
                } => json!({"status": "unsupported", "construct": construct, "span": span_json(span), "hint": hint}),
                Outcome::Error {
                    message,
                    span,
                    hint,
                } => json!({"status": "rejected", "message": message, "span": span_json(span), "hint": hint}),
                Outcome::Unparsed { message, at } => json!({"status": "unparsed", "message": message,
                    "span": span_json(&at.map(|a| (a, a))), "hint": null}),
            };
            if let (Value::Object(m), Value::Object(e)) = (&mut v, extra) {
                m.extend(e);
            }
            v
        })
        .collect();
    let ok = all
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Ok))
        .count();
    let mut by_construct: BTreeMap<String, usize> = BTreeMap::new();
    for c in all {
        if let Outcome::Unsupported { construct, .. } = &c.outcome {
            *by_construct.entry(construct.clone()).or_default() += 1;
        }
    }
    let unsupported: usize = by_construct.values().sum();
    let unparsed = all
        .iter()
        .filter(|c| matches!(c.outcome, Outcome::Unparsed { .. }))
        .count();
    let rejected = all.len() - ok - unsupported - unparsed;
    serde_json::to_string_pretty(&json!({
        "statements": statements,
        "summary": {"total": all.len(), "ok": ok, "unsupported": unsupported, "unparsed": unparsed,
            "rejected": rejected, "by_construct": by_construct},
    }))
    .unwrap_or_default()
}
