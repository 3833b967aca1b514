//! One client's session after startup: the simple and extended query
//! protocols over its own pgshim [`Connection`], with PostgreSQL's
//! transaction states.
//!
//! The connection runs on its own thread (a current-thread tokio runtime),
//! so pgshim's synchronous calls run inline: no hand-off between threads
//! per message, and a result streams from SQLite's cursor into the socket
//! row by row.
//!
//! # PostgreSQL
//! <https://www.postgresql.org/docs/current/protocol-flow.html>

use std::collections::HashMap;

use bytes::{BufMut, BytesMut};
use futures::{Sink, SinkExt};
use pgshim::{Connection, PgType, ToSql, Translation};
use pgwire::messages::PgWireBackendMessage;
use pgwire::messages::data::{
    DataRow, FieldDescription, NoData, ParameterDescription, RowDescription,
};
use pgwire::messages::extendedquery::{
    Bind, BindComplete, Close, CloseComplete, Describe, Execute, Parse, ParseComplete,
    PortalSuspended,
};
use pgwire::messages::response::{
    CommandComplete, EmptyQueryResponse, ErrorResponse, ReadyForQuery, TransactionStatus,
};
use pgwire::messages::startup::ParameterStatus;

use crate::types;

/// An error to send: SQLSTATE, message, and where known the hint and the
/// position in the query text (1-based, in characters).
#[derive(Debug, Clone)]
pub struct PgError {
    /// ERROR or FATAL.
    pub severity: &'static str,
    /// The SQLSTATE.
    pub code: String,
    /// PostgreSQL's message.
    pub message: String,
    /// The DETAIL field.
    pub detail: Option<String>,
    /// The HINT field.
    pub hint: Option<String>,
    /// The Position field.
    pub position: Option<usize>,
    /// The Where field (psql's CONTEXT): the COPY line an error is from.
    pub context: Option<String>,
}

impl PgError {
    pub(crate) fn new(code: &str, message: impl Into<String>) -> PgError {
        PgError {
            severity: "ERROR",
            code: code.into(),
            message: message.into(),
            detail: None,
            hint: None,
            position: None,
            context: None,
        }
    }

    /// PostgreSQL's error for a statement in a failed transaction block.
    pub(crate) fn aborted() -> PgError {
        PgError::new(
            "25P02",
            "current transaction is aborted, commands ignored until end of transaction block",
        )
    }

    /// A pgshim error, with its span turned into a position in `sql`
    /// (which starts at character `base` of the query string).
    pub(crate) fn of(e: &pgshim::Error, sql: &str, base: usize) -> PgError {
        let (message, hint) = match e {
            pgshim::Error::Unsupported {
                construct, help, ..
            } => (format!("unsupported: {construct}"), help.clone()),
            pgshim::Error::Semantic { message, help, .. } => (message.clone(), help.clone()),
            other => (other.message(), None),
        };
        let position = e
            .span()
            .and_then(|s| char_position(sql, s.start))
            .map(|p| p + base);
        // A COPY row's error ends with its context in parentheses.
        let (message, context) = match message.rfind(" (COPY ") {
            Some(at) if message.ends_with(')') => (
                message[..at].to_string(),
                Some(message[at + 2..message.len() - 1].to_string()),
            ),
            _ => (message, None),
        };
        PgError {
            severity: "ERROR",
            code: e.sqlstate().into(),
            message,
            detail: None,
            hint,
            position,
            context,
        }
    }

    pub(crate) fn response(&self) -> PgWireBackendMessage {
        let mut fields = vec![
            (b'S', self.severity.to_string()),
            (b'V', self.severity.to_string()),
            (b'C', self.code.clone()),
            (b'M', self.message.clone()),
        ];
        if let Some(d) = &self.detail {
            fields.push((b'D', d.clone()));
        }
        if let Some(h) = &self.hint {
            fields.push((b'H', h.clone()));
        }
        if let Some(p) = self.position {
            fields.push((b'P', p.to_string()));
        }
        if let Some(w) = &self.context {
            fields.push((b'W', w.clone()));
        }
        PgWireBackendMessage::ErrorResponse(ErrorResponse::new(fields))
    }
}

/// The 1-based character index of a 1-based (line, column) in `sql`.
fn char_position(sql: &str, (line, col): (u64, u64)) -> Option<usize> {
    let mut chars = 0usize;
    for (i, l) in sql.split('\n').enumerate() {
        if i as u64 + 1 == line {
            return Some(chars + col as usize);
        }
        chars += l.chars().count() + 1;
    }
    None
}

type Out = dyn Sink<PgWireBackendMessage, Error = std::io::Error> + Unpin + Send;

/// A statement prepared by Parse.
#[derive(Clone)]
struct Prepared {
    sql: String,
    declared: Vec<Option<PgType>>,
    params: Vec<PgType>,
    /// `COPY … FROM STDIN`, which Execute starts (copy-in mode) rather
    /// than the translator.
    copy: bool,
}

/// A portal made by Bind: the statement, its parameters as text, the
/// result formats, and what is left of a suspended result.
struct Portal {
    prepared: Prepared,
    params: Vec<Option<String>>,
    formats: Vec<i16>,
    /// Rows still to send after a PortalSuspended, and how many went.
    rest: Option<(Rest, u64, Translation)>,
    /// Whether Execute ran it to the end (a portal runs once).
    done: bool,
}

/// What the server reports to the client in ParameterStatus.
pub(crate) const REPORTED: &[&str] = &[
    "TimeZone",
    "DateStyle",
    "IntervalStyle",
    "application_name",
    "client_encoding",
    "standard_conforming_strings",
];

/// One client's protocol state.
pub struct Backend {
    pub(crate) db: Connection,
    statements: HashMap<String, Prepared>,
    portals: HashMap<String, Portal>,
    /// In a transaction block that an error aborted (status `E`).
    failed: bool,
    /// After an error in the extended protocol: discard until Sync.
    skipping: bool,
    /// The ParameterStatus values the client has.
    reported: Vec<String>,
    /// The session's settings stamp when `reported` was last compared.
    reported_stamp: u64,
    log_statements: bool,
    gate: WriteGate,
    /// The gate, held from a block's first write to its end.
    held: Option<tokio::sync::OwnedMutexGuard<()>>,
    /// A `COPY … FROM STDIN` waiting for the client's CopyData.
    copy: Option<CopyIn>,
    /// The databases served, and the one this session is on.
    databases: (std::sync::Arc<crate::databases::Databases>, String),
}

impl Drop for Backend {
    /// The session's database has one session fewer (DROP DATABASE
    /// waits for none).
    fn drop(&mut self) {
        self.databases.0.leave(&self.databases.1);
    }
}

/// A COPY FROM STDIN in copy-in mode: the rows so far, and the write turn
/// it holds.
struct CopyIn {
    copy: pgshim::CopyFrom,
    turn: Option<tokio::sync::OwnedMutexGuard<()>>,
    /// Started by Execute: Sync, not the COPY's end, brings ReadyForQuery.
    extended: bool,
}

/// The server's writers take turns here before SQLite's write lock: one
/// transaction block (from its first write, when its SQLite transaction
/// begins with the write lock, see `Connection::set_begin_at_first_write`)
/// or one writing statement outside a block at a time, in arrival order.
/// SQLite's own busy handler would have each waiter sleep and retry with
/// growing sleeps; this queue hands the file to the next writer the
/// moment the last one commits. Readers never wait, in a block or not
/// (WAL). SQLite's lock stays the guard against other processes on the
/// file.
pub type WriteGate = std::sync::Arc<tokio::sync::Mutex<()>>;

/// How often a wait at the write gate looks for a cancel request.
const CANCEL_POLL: std::time::Duration = std::time::Duration::from_millis(5);

impl Backend {
    pub(crate) fn new(
        db: Connection,
        log_statements: bool,
        gate: WriteGate,
        databases: (std::sync::Arc<crate::databases::Databases>, String),
    ) -> Backend {
        let reported = REPORTED
            .iter()
            .map(|n| db.session().show(n).unwrap_or_default())
            .collect();
        let db_stamp = db.session().settings_stamp();
        Backend {
            db,
            statements: HashMap::new(),
            portals: HashMap::new(),
            failed: false,
            skipping: false,
            reported,
            reported_stamp: db_stamp,
            log_statements,
            gate,
            held: None,
            copy: None,
            databases,
        }
    }

    /// Waits for the write gate when the statement writes outside a
    /// block or is a block's first write (up to `lock_timeout`, or `statement_timeout`,
    /// as PostgreSQL counts lock waits); `None` for statements that need
    /// no turn.
    async fn turn(
        &mut self,
        t: &Translation,
    ) -> Result<Option<tokio::sync::OwnedMutexGuard<()>>, PgError> {
        // A savepoint statement outside a block fails without writing.
        if t.reads_only() || (t.savepoint_verb().is_some() && !self.db.in_transaction()) {
            return Ok(None);
        }
        self.write_turn().await
    }

    /// [`Backend::turn`] for a statement that writes.
    async fn write_turn(&mut self) -> Result<Option<tokio::sync::OwnedMutexGuard<()>>, PgError> {
        if !self.db.sqlite().is_autocommit() || self.held.is_some() {
            return Ok(None);
        }
        let session = self.db.session();
        let (lock, statement) = (session.lock_timeout_ms(), session.statement_timeout_ms());
        let limit = match (lock, statement) {
            (0, 0) => None,
            (0, s) => Some((s, "canceling statement due to statement timeout", "57014")),
            (l, s) if s == 0 || l <= s => {
                Some((l, "canceling statement due to lock timeout", "55P03"))
            }
            (_, s) => Some((s, "canceling statement due to statement timeout", "57014")),
        };
        let deadline = limit.map(|(ms, message, code)| {
            (
                tokio::time::Instant::now() + std::time::Duration::from_millis(ms),
                message,
                code,
            )
        });
        // A cancel request from before this statement is not for it.
        let token = self.db.cancel_token();
        token.take_cancel();
        let mut wait = std::pin::pin!(self.gate.clone().lock_owned());
        loop {
            tokio::select! {
                biased;
                g = &mut wait => return Ok(Some(g)),
                // A cancel request or the timeout ends the wait, as they
                // end PostgreSQL's wait for a lock.
                _ = tokio::time::sleep(CANCEL_POLL) => {
                    if token.take_cancel() {
                        return Err(PgError::new(
                            "57014",
                            "canceling statement due to user request",
                        ));
                    }
                    if let Some((at, message, code)) = deadline
                        && tokio::time::Instant::now() >= at
                    {
                        return Err(PgError::new(code, message));
                    }
                }
            }
        }
    }

    /// The client now has the session's current settings (sent at startup).
    pub(crate) fn mark_reported(&mut self) {
        for (i, name) in REPORTED.iter().enumerate() {
            self.reported[i] = self.db.session().show(name).unwrap_or_default();
        }
        self.reported_stamp = self.db.session().settings_stamp();
    }

    /// ReadyForQuery's transaction status.
    pub(crate) fn status(&self) -> TransactionStatus {
        if !self.db.in_transaction() {
            TransactionStatus::Idle
        } else if self.failed {
            TransactionStatus::Error
        } else {
            TransactionStatus::Transaction
        }
    }

    pub(crate) async fn ready(&mut self, out: &mut Out) -> std::io::Result<()> {
        if !self.db.in_transaction() {
            self.failed = false;
        }
        out.feed(PgWireBackendMessage::ReadyForQuery(ReadyForQuery::new(
            self.status(),
        )))
        .await?;
        out.flush().await
    }

    /// ParameterStatus for each reported setting a statement changed.
    async fn report_changes(&mut self, out: &mut Out) -> std::io::Result<()> {
        let stamp = self.db.session().settings_stamp();
        if stamp == self.reported_stamp {
            return Ok(());
        }
        self.reported_stamp = stamp;
        for (i, name) in REPORTED.iter().enumerate() {
            let now = self.db.session().show(name).unwrap_or_default();
            if now != self.reported[i] {
                out.feed(PgWireBackendMessage::ParameterStatus(ParameterStatus::new(
                    name.to_string(),
                    now.clone(),
                )))
                .await?;
                self.reported[i] = now;
            }
        }
        Ok(())
    }

    /// A NoticeResponse, when `client_min_messages` lets it through.
    async fn notice(
        &mut self,
        out: &mut Out,
        severity: &'static str,
        code: &str,
        message: &str,
    ) -> std::io::Result<()> {
        const LEVELS: [&str; 9] = [
            "debug5", "debug4", "debug3", "debug2", "debug1", "log", "notice", "warning", "error",
        ];
        let min = self
            .db
            .session()
            .show("client_min_messages")
            .unwrap_or_default();
        let rank = |l: &str| LEVELS.iter().position(|x| x.eq_ignore_ascii_case(l));
        if rank(severity) < rank(&min) {
            return Ok(());
        }
        let fields = vec![
            (b'S', severity.to_string()),
            (b'V', severity.to_string()),
            (b'C', code.to_string()),
            (b'M', message.to_string()),
        ];
        out.feed(PgWireBackendMessage::NoticeResponse(
            pgwire::messages::response::NoticeResponse::new(fields),
        ))
        .await
    }

    /// An error: sent, and the transaction block (if any) aborted.
    async fn fail(&mut self, out: &mut Out, e: PgError) -> std::io::Result<()> {
        tracing::info!(code = %e.code, "error: {}", e.message);
        if self.db.in_transaction() {
            self.failed = true;
        }
        // Sent at once, as PostgreSQL flushes every error: a client that
        // sent Flush rather than Sync is waiting for it.
        out.send(e.response()).await
    }

    /// `COPY … FROM STDIN`: CopyInResponse, then copy-in mode, where the
    /// client's CopyData messages are the rows (`copy_data`) until CopyDone
    /// or CopyFail. The COPY takes the write turn first, as a writing
    /// statement does.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-COPY>
    async fn copy_begin(
        &mut self,
        out: &mut Out,
        sql: &str,
        base: usize,
        extended: bool,
    ) -> std::io::Result<()> {
        if !extended && self.log_statements {
            tracing::info!("statement: {sql}");
        }
        if self.failed && self.db.in_transaction() {
            return self.copy_error(out, PgError::aborted(), extended).await;
        }
        let turn = match self.write_turn().await {
            Ok(t) => t,
            Err(e) => return self.copy_error(out, e, extended).await,
        };
        match self.db.copy_begin(sql) {
            Ok(copy) => {
                let n = copy.columns();
                out.send(PgWireBackendMessage::CopyInResponse(
                    pgwire::messages::copy::CopyInResponse::new(0, n as i16, vec![0; n]),
                ))
                .await?;
                self.copy = Some(CopyIn {
                    copy,
                    turn,
                    extended,
                });
                Ok(())
            }
            Err(e) => {
                let e = PgError::of(&e, sql, base);
                self.copy_error(out, e, extended).await
            }
        }
    }

    /// `COPY … TO STDOUT`: CopyOutResponse, one CopyData per row, CopyDone
    /// and `COPY n`; `Ok(false)` when it failed (the error is sent). The
    /// rows stream from a portal, a batch at a time.
    ///
    /// # PostgreSQL
    /// <https://www.postgresql.org/docs/current/protocol-flow.html#PROTOCOL-COPY>
    async fn copy_out(
        &mut self,
        out: &mut Out,
        sql: &str,
        base: usize,
        extended: bool,
    ) -> std::io::Result<bool> {
        if !extended && self.log_statements {
            tracing::info!("statement: {sql}");
        }
        if self.failed && self.db.in_transaction() {
            self.fail_maybe_extended(out, PgError::aborted(), extended)
                .await?;
            return Ok(false);
        }
        let mut copy = match self.db.copy_to(sql) {
            Ok(c) => c,
            Err(e) => {
                let e = PgError::of(&e, sql, base);
                self.fail_maybe_extended(out, e, extended).await?;
                return Ok(false);
            }
        };
        let n = copy.columns();
        out.feed(PgWireBackendMessage::CopyOutResponse(
            pgwire::messages::copy::CopyOutResponse::new(0, n as i16, vec![0; n]),
        ))
        .await?;
        loop {
            match self.db.copy_out_lines(&mut copy) {
                Ok(lines) if lines.is_empty() => break,
                Ok(lines) => {
                    for l in lines {
                        out.feed(PgWireBackendMessage::CopyData(
                            pgwire::messages::copy::CopyData::new(l.into()),
                        ))
                        .await?;
                    }
                }
                Err(e) => {
                    self.db.copy_out_end(copy);
                    let e = PgError::of(&e, sql, base);
                    self.fail_maybe_extended(out, e, extended).await?;
                    return Ok(false);
                }
            }
        }
        let rows = self.db.copy_out_end(copy);
        out.feed(PgWireBackendMessage::CopyDone(
            pgwire::messages::copy::CopyDone::new(),
        ))
        .await?;
        out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
            format!("COPY {rows}"),
        )))
        .await?;
        Ok(true)
    }

    /// An error, in the simple or the extended protocol (skipping to Sync).
    async fn fail_maybe_extended(
        &mut self,
        out: &mut Out,
        e: PgError,
        extended: bool,
    ) -> std::io::Result<()> {
        if extended {
            self.fail_extended(out, e).await
        } else {
            self.fail(out, e).await
        }
    }

    /// A COPY's error: after a Query message, ReadyForQuery follows; in
    /// the extended protocol, messages are skipped until Sync.
    async fn copy_error(
        &mut self,
        out: &mut Out,
        e: PgError,
        extended: bool,
    ) -> std::io::Result<()> {
        self.fail_maybe_extended(out, e, extended).await?;
        if extended {
            return Ok(());
        }
        self.ready(out).await
    }

    /// A CopyData message: its rows go in. An error ends copy-in mode at
    /// once (ErrorResponse, ReadyForQuery), and the client's later
    /// CopyData and CopyDone are ignored, as PostgreSQL ignores them.
    pub(crate) async fn copy_data(&mut self, out: &mut Out, data: &[u8]) -> std::io::Result<()> {
        let Some(state) = self.copy.as_mut() else {
            return Ok(());
        };
        if let Err(e) = self.db.copy_data(&mut state.copy, data) {
            let extended = state.extended;
            let turn = self.copy.take().and_then(|s| s.turn);
            self.copy_ended(turn);
            return self.copy_error(out, PgError::of(&e, "", 0), extended).await;
        }
        Ok(())
    }

    /// CopyDone: the rows commit (or stay in the block), `COPY n`.
    pub(crate) async fn copy_done(&mut self, out: &mut Out) -> std::io::Result<()> {
        let Some(state) = self.copy.take() else {
            return Ok(());
        };
        let CopyIn {
            copy,
            turn,
            extended,
        } = state;
        let result = self.db.copy_end(copy);
        self.copy_ended(turn);
        match result {
            Ok(n) => {
                out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                    format!("COPY {n}"),
                )))
                .await?;
            }
            Err(e) => return self.copy_error(out, PgError::of(&e, "", 0), extended).await,
        }
        self.report_changes(out).await?;
        if extended {
            return Ok(());
        }
        self.ready(out).await
    }

    /// CopyFail: the rows are undone, and the client's message is the
    /// error's.
    pub(crate) async fn copy_fail(&mut self, out: &mut Out, message: &str) -> std::io::Result<()> {
        let Some(state) = self.copy.take() else {
            return Ok(());
        };
        let CopyIn {
            copy,
            turn,
            extended,
        } = state;
        let e = self.db.copy_fail(copy, message);
        self.copy_ended(turn);
        self.copy_error(out, PgError::of(&e, "", 0), extended).await
    }

    /// A message other than the copy's in copy-in mode: PostgreSQL's
    /// protocol-violation error, which ends the COPY.
    pub(crate) async fn copy_interrupted(
        &mut self,
        out: &mut Out,
        kind: u8,
    ) -> std::io::Result<()> {
        let Some(CopyIn {
            copy,
            turn,
            extended,
        }) = self.copy.take()
        else {
            return Ok(());
        };
        let message = format!("unexpected message type 0x{kind:02X} during COPY from stdin");
        let _ = self.db.copy_fail(copy, &message);
        self.copy_ended(turn);
        self.copy_error(out, PgError::new("08P01", message), extended)
            .await
    }

    /// Whether copy-in mode is on.
    pub(crate) fn copying(&self) -> bool {
        self.copy.is_some()
    }

    /// After a COPY: a block keeps the write turn to its end; otherwise it
    /// is given back.
    fn copy_ended(&mut self, turn: Option<tokio::sync::OwnedMutexGuard<()>>) {
        if let Some(g) = turn
            && self.db.in_transaction()
            && self.held.is_none()
        {
            self.held = Some(g);
        }
    }

    /// A Query message: each statement in turn until one fails, then
    /// ReadyForQuery.
    pub(crate) async fn simple_query(&mut self, out: &mut Out, query: &str) -> std::io::Result<()> {
        if self.log_statements {
            tracing::info!("statement: {query}");
        }
        let statements = match pgshim::split_script(query) {
            Ok(s) => s,
            Err(e) => {
                self.fail(out, PgError::of(&e, query, 0)).await?;
                return self.ready(out).await;
            }
        };
        let statements: Vec<_> = statements
            .into_iter()
            .filter(|s| !s.text.trim().is_empty())
            .collect();
        if statements.is_empty() {
            out.feed(PgWireBackendMessage::EmptyQueryResponse(
                EmptyQueryResponse::new(),
            ))
            .await?;
            return self.ready(out).await;
        }
        // Several statements that change rows run in one implicit
        // transaction, as PostgreSQL runs a Query message: an error undoes
        // them all.
        let implicit =
            statements.len() > 1 && self.implicit_block(&statements) && self.begin_implicit();
        if let Some(s) = statements.iter().find(|s| is_copy_from(&s.text)) {
            let base = query[..s.offset].chars().count();
            if statements.len() > 1 {
                let mut e = PgError::new(
                    "0A000",
                    "unsupported: COPY … FROM STDIN beside other statements in one Query message",
                );
                e.hint = Some("send the COPY in a Query message of its own".into());
                self.fail(out, e).await?;
                return self.ready(out).await;
            }
            return self.copy_begin(out, &s.text, base, false).await;
        }
        for s in &statements {
            let base = query[..s.offset].chars().count();
            if let Some(cmd) = crate::databases::command(&s.text) {
                let in_block = statements.len() > 1 || self.db.in_transaction();
                if self.database_command(out, cmd, in_block).await? {
                    continue;
                }
                break;
            }
            if is_copy_to(&s.text) {
                if self.copy_out(out, &s.text, base, false).await? {
                    continue;
                }
                break;
            }
            match pgshim::prepared_command(&s.text) {
                Ok(None) => {}
                Ok(Some(cmd)) => {
                    let ok = self.prepared_command(out, cmd, base).await?;
                    self.report_changes(out).await?;
                    if ok {
                        continue;
                    }
                    break;
                }
                Err(e) => {
                    self.fail(out, PgError::of(&e, &s.text, base)).await?;
                    break;
                }
            }
            let t = match self.translate_checked(&s.text, &[]) {
                Ok(t) => t,
                Err(e) => {
                    let e = match e {
                        Failure::Pg(e) => *e,
                        Failure::Shim(e) => PgError::of(&e, &s.text, base),
                    };
                    self.fail(out, e).await?;
                    break;
                }
            };
            let ran = self.run(out, &t, &s.text, &[], &[], 0, true, base).await?;
            self.report_changes(out).await?;
            if !matches!(ran, Ran::Done) {
                break;
            }
        }
        if implicit {
            // Through the connection: a ROLLBACK also undoes the string's
            // SETs and schema changes in pgshim's session and catalog.
            let end = if self.failed { "ROLLBACK" } else { "COMMIT" };
            if let Err(e) = self.db.execute(end, &[]) {
                let e = PgError::of(&e, "", 0);
                self.fail(out, e).await?;
                let _ = self.db.execute("ROLLBACK", &[]);
            }
            self.failed = false;
            self.held = None;
        }
        self.ready(out).await
    }

    /// Whether a Query message's statements run in one implicit
    /// transaction, as PostgreSQL runs a string of several statements (an
    /// error undoes them all, their SETs and DDL too): when one of them
    /// changes something (rows, the schema, a setting). A string that only
    /// reads runs statement by statement, and so does one with
    /// transaction control or PREPARE/EXECUTE/DEALLOCATE
    /// (docs/compatibility.md).
    ///
    /// Read from each statement's first word: a later statement may name
    /// a table that an earlier one creates, so none is translated yet.
    fn implicit_block(&self, statements: &[pgshim::ScriptStatement]) -> bool {
        if self.failed || self.db.in_transaction() {
            return false;
        }
        let mut changes = false;
        for s in statements {
            let text = s.text.trim_start();
            let end = text
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(text.len());
            match text[..end].to_ascii_uppercase().as_str() {
                "SELECT" | "VALUES" | "TABLE" | "SHOW" => {}
                // A writing WITH is a change; read it as a read (the
                // statement runs on its own either way).
                "WITH" => {}
                "BEGIN" | "START" | "COMMIT" | "END" | "ROLLBACK" | "ABORT" | "SAVEPOINT"
                | "RELEASE" | "PREPARE" | "EXECUTE" | "DEALLOCATE" => return false,
                _ => changes = true,
            }
        }
        changes
    }

    /// CREATE DATABASE, DROP DATABASE: files of the data directory, made
    /// or removed outside any transaction, as PostgreSQL requires;
    /// `Ok(false)` when it failed (the error is sent).
    async fn database_command(
        &mut self,
        out: &mut Out,
        cmd: Result<crate::databases::Command, PgError>,
        in_block: bool,
    ) -> std::io::Result<bool> {
        use crate::databases::Command;
        let verb = match &cmd {
            Ok(Command::Create(_)) => "CREATE DATABASE",
            _ => "DROP DATABASE",
        };
        if self.failed && self.db.in_transaction() {
            self.fail(out, PgError::aborted()).await?;
            return Ok(false);
        }
        let done = match cmd {
            Err(e) => Err(e),
            Ok(_) if in_block => Err(PgError::new(
                "25001",
                format!("{verb} cannot run inside a transaction block"),
            )),
            Ok(Command::Create(name)) => self.databases.0.create(&name).map(|()| None),
            Ok(Command::Drop { name, if_exists }) => self
                .databases
                .0
                .remove(&name, if_exists, &self.databases.1)
                .map(|skipped| skipped.then_some(name)),
        };
        match done {
            Ok(skipped) => {
                if let Some(name) = skipped {
                    let message = format!("database \"{name}\" does not exist, skipping");
                    self.notice(out, "NOTICE", "00000", &message).await?;
                }
                out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                    verb.into(),
                )))
                .await?;
                Ok(true)
            }
            Err(e) => {
                self.fail(out, e).await?;
                Ok(false)
            }
        }
    }

    /// BEGIN of an implicit transaction. Its first write waits for the
    /// write turn as any block's does (`turn`: cancel requests and the
    /// timeouts end the wait).
    fn begin_implicit(&mut self) -> bool {
        self.db.execute("BEGIN", &[]).is_ok()
    }

    /// PREPARE, EXECUTE, DEALLOCATE: the same statements as the protocol's
    /// named ones; `Ok(false)` when it failed (the error is sent).
    async fn prepared_command(
        &mut self,
        out: &mut Out,
        cmd: pgshim::PreparedCommand,
        base: usize,
    ) -> std::io::Result<bool> {
        if self.failed
            && self.db.in_transaction()
            && let pgshim::PreparedCommand::Execute { .. } | pgshim::PreparedCommand::Prepare { .. } =
                cmd
        {
            {
                self.fail(out, PgError::aborted()).await?;
                return Ok(false);
            }
        }
        match cmd {
            pgshim::PreparedCommand::Prepare {
                name,
                types,
                statement,
            } => {
                if self.statements.contains_key(&name) {
                    let e = PgError::new(
                        "42P05",
                        format!("prepared statement \"{name}\" already exists"),
                    );
                    self.fail(out, e).await?;
                    return Ok(false);
                }
                match self.translate_checked(&statement, &types) {
                    Ok(t) => {
                        self.statements.insert(
                            name,
                            Prepared {
                                sql: statement,
                                declared: types,
                                params: t.params,
                                copy: false,
                            },
                        );
                        out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                            "PREPARE".into(),
                        )))
                        .await?;
                        Ok(true)
                    }
                    Err(Failure::Pg(e)) => {
                        self.fail(out, *e).await?;
                        Ok(false)
                    }
                    Err(Failure::Shim(e)) => {
                        self.fail(out, PgError::of(&e, &statement, 0)).await?;
                        Ok(false)
                    }
                }
            }
            pgshim::PreparedCommand::Execute { name, args } => {
                let Some(p) = self.statements.get(&name).cloned() else {
                    let e = PgError::new(
                        "26000",
                        format!("prepared statement \"{name}\" does not exist"),
                    );
                    self.fail(out, e).await?;
                    return Ok(false);
                };
                if args.len() != p.params.len() {
                    let mut e = PgError::new(
                        "42601",
                        format!("wrong number of parameters for prepared statement \"{name}\""),
                    );
                    e.detail = Some(format!(
                        "Expected {} parameters but got {}.",
                        p.params.len(),
                        args.len()
                    ));
                    self.fail(out, e).await?;
                    return Ok(false);
                }
                let t = match self.translate_checked(&p.sql, &p.declared) {
                    Ok(t) => t,
                    Err(Failure::Pg(e)) => {
                        self.fail(out, *e).await?;
                        return Ok(false);
                    }
                    Err(Failure::Shim(e)) => {
                        self.fail(out, PgError::of(&e, &p.sql, 0)).await?;
                        return Ok(false);
                    }
                };
                let ran = self.run(out, &t, &p.sql, &args, &[], 0, true, base).await?;
                Ok(matches!(ran, Ran::Done))
            }
            pgshim::PreparedCommand::Deallocate(name) => {
                let tag = match name {
                    None => {
                        self.statements.retain(|n, _| n.is_empty());
                        "DEALLOCATE ALL"
                    }
                    Some(n) => {
                        if self.statements.remove(&n).is_none() {
                            let e = PgError::new(
                                "26000",
                                format!("prepared statement \"{n}\" does not exist"),
                            );
                            self.fail(out, e).await?;
                            return Ok(false);
                        }
                        "DEALLOCATE"
                    }
                };
                out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                    tag.into(),
                )))
                .await?;
                Ok(true)
            }
            _ => {
                self.fail(
                    out,
                    PgError::new("0A000", "unsupported: this prepared-statement command"),
                )
                .await?;
                Ok(false)
            }
        }
    }

    /// Translates, as the aborted-transaction rule allows: in a failed
    /// block only COMMIT, ROLLBACK and ROLLBACK TO SAVEPOINT run.
    fn translate_checked(
        &mut self,
        sql: &str,
        declared: &[Option<PgType>],
    ) -> Result<Translation, Failure> {
        let t = self.db.translate_typed(sql, declared);
        if self.failed && self.db.in_transaction() {
            let exit = matches!(&t, Ok(t) if matches!(t.command, "COMMIT" | "ROLLBACK"));
            if !exit {
                return Err(Failure::Pg(Box::new(PgError::aborted())));
            }
        }
        t.map_err(|e| Failure::Shim(Box::new(e)))
    }

    /// Runs a translated statement and sends its rows (up to `max_rows`,
    /// 0: all) and CommandComplete, or the error.
    #[allow(clippy::too_many_arguments)]
    async fn run(
        &mut self,
        out: &mut Out,
        t: &Translation,
        sql: &str,
        params: &[Option<String>],
        formats: &[i16],
        max_rows: usize,
        describe: bool,
        base: usize,
    ) -> std::io::Result<Ran> {
        let was_in_block = self.db.in_transaction();
        let turn = match self.turn(t).await {
            Ok(turn) => turn,
            Err(e) => {
                self.fail(out, e).await?;
                return Ok(Ran::Failed);
            }
        };
        let ran = self
            .run_inner(out, t, sql, params, formats, max_rows, describe, base)
            .await?;
        // A block's first write keeps its turn to the end of the block.
        if !self.db.in_transaction() {
            if was_in_block {
                // The block ended: its portals with it, as PostgreSQL's.
                self.drop_portals();
            }
            self.held = None;
        } else if turn.is_some() {
            self.held = turn;
        }
        match ran {
            Ok(r) => Ok(r),
            Err(e) => {
                self.fail(out, e).await?;
                Ok(Ran::Failed)
            }
        }
    }

    /// [`Backend::run`]'s work; an error is returned, not sent.
    #[allow(clippy::too_many_arguments)]
    async fn run_inner(
        &mut self,
        out: &mut Out,
        t: &Translation,
        sql: &str,
        params: &[Option<String>],
        formats: &[i16],
        max_rows: usize,
        describe: bool,
        base: usize,
    ) -> std::io::Result<Result<Ran, PgError>> {
        // COMMIT of an aborted block rolls it back, as PostgreSQL does.
        if self.failed && t.command == "COMMIT" {
            let _ = self.db.execute("ROLLBACK", &[]);
            self.failed = false;
            out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                "ROLLBACK".into(),
            )))
            .await?;
            return Ok(Ok(Ran::Done));
        }
        let was_failed = self.failed;
        // What PostgreSQL warns about and then does nothing.
        let autocommit = !self.db.in_transaction();
        match t.command {
            "BEGIN" | "START TRANSACTION" if !autocommit => {
                self.notice(
                    out,
                    "WARNING",
                    "25001",
                    "there is already a transaction in progress",
                )
                .await?
            }
            "SET CONSTRAINTS" if autocommit => {
                self.notice(
                    out,
                    "WARNING",
                    "25P01",
                    "SET CONSTRAINTS can only be used in transaction blocks",
                )
                .await?
            }
            "COMMIT" | "ROLLBACK" if autocommit && t.savepoint_verb().is_none() => {
                self.notice(
                    out,
                    "WARNING",
                    "25P01",
                    "there is no transaction in progress",
                )
                .await?
            }
            _ => {}
        }
        if describe && !t.columns.is_empty() {
            out.feed(row_description(t, formats)).await?;
        }
        let values: Vec<Option<&str>> = params.iter().map(|p| p.as_deref()).collect();
        let refs: Vec<&(dyn ToSql + Sync)> =
            values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
        if t.columns.is_empty() {
            match self.db.execute_translation(t, &refs) {
                Ok(n) => {
                    if was_failed {
                        // ROLLBACK [TO SAVEPOINT] ends the aborted state.
                        self.failed = false;
                    }
                    out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                        t.command_complete(n),
                    )))
                    .await?;
                    Ok(Ok(Ran::Done))
                }
                Err(e) => Ok(Err(PgError::of(&e, sql, base))),
            }
        } else if max_rows > 0 && t.streams() {
            // A row limit on a query: its rows wait in SQLite, in a portal,
            // for the next Execute.
            let p = match self.db.open_portal(t.clone(), &refs) {
                Ok(p) => p,
                Err(e) => return Ok(Err(PgError::of(&e, sql, base))),
            };
            let mut sent = 0u64;
            Ok(
                match self
                    .run_portal(out, p, t, formats, max_rows, &mut sent, sql)
                    .await?
                {
                    Ok(true) => Ok(Ran::Suspended(Rest::Open(p), sent)),
                    Ok(false) => Ok(Ran::Done),
                    Err(e) => Err(e),
                },
            )
        } else {
            let iter = match self.db.query_translation(t.clone(), &refs) {
                Ok(i) => i,
                Err(e) => return Ok(Err(PgError::of(&e, sql, base))),
            };
            let mut sent = 0u64;
            let mut buf = BytesMut::new();
            let mut iter = iter;
            let mut failure = None;
            loop {
                if max_rows > 0 && sent as usize == max_rows {
                    break;
                }
                match iter.next() {
                    Some(Ok(row)) => {
                        match data_row(&row, t, formats, &mut buf) {
                            Ok(m) => out.feed(m).await?,
                            Err(e) => {
                                failure = Some(e);
                                break;
                            }
                        }
                        sent += 1;
                    }
                    Some(Err(e)) => {
                        failure = Some(PgError::of(&e, sql, base));
                        break;
                    }
                    None => {
                        drop(iter);
                        out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                            t.command_complete(sent),
                        )))
                        .await?;
                        return Ok(Ok(Ran::Done));
                    }
                }
            }
            if let Some(e) = failure {
                return Ok(Err(e));
            }
            // The row limit on a statement that ran whole: the rest waits
            // in the portal.
            let rest: Result<Vec<pgshim::Row>, pgshim::Error> = iter.collect();
            match rest {
                Ok(rest) => {
                    out.feed(PgWireBackendMessage::PortalSuspended(PortalSuspended::new()))
                        .await?;
                    Ok(Ok(Ran::Suspended(Rest::Read(rest.into_iter()), sent)))
                }
                Err(e) => Ok(Err(PgError::of(&e, sql, base))),
            }
        }
    }

    /// Sends up to `max_rows` (0: all) more rows of an open portal, read
    /// from SQLite a batch at a time, then PortalSuspended at the limit (as
    /// PostgreSQL, which does not look ahead) or CommandComplete at the
    /// end; whether the portal is suspended. An error comes after the rows
    /// before it, as PostgreSQL sends them. A portal that ended or failed
    /// is closed.
    #[allow(clippy::too_many_arguments)]
    async fn run_portal(
        &mut self,
        out: &mut Out,
        p: pgshim::Portal,
        t: &Translation,
        formats: &[i16],
        max_rows: usize,
        sent: &mut u64,
        sql: &str,
    ) -> std::io::Result<Result<bool, PgError>> {
        let ended = self
            .send_portal_rows(out, p, t, formats, max_rows, sent, sql)
            .await?;
        match ended {
            Ok(false) => {
                out.feed(PgWireBackendMessage::PortalSuspended(PortalSuspended::new()))
                    .await?;
                return Ok(Ok(true));
            }
            Ok(true) => {
                out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                    t.command_complete(*sent),
                )))
                .await?;
            }
            Err(_) => {}
        }
        self.db.close_portal(p);
        Ok(ended.map(|_| false))
    }

    /// [`Backend::run_portal`]'s rows: whether they ended.
    #[allow(clippy::too_many_arguments)]
    async fn send_portal_rows(
        &mut self,
        out: &mut Out,
        p: pgshim::Portal,
        t: &Translation,
        formats: &[i16],
        max_rows: usize,
        sent: &mut u64,
        sql: &str,
    ) -> std::io::Result<Result<bool, PgError>> {
        const BATCH: usize = 256;
        let mut buf = BytesMut::new();
        let mut n = 0usize;
        loop {
            if max_rows > 0 && n == max_rows {
                return Ok(Ok(false));
            }
            let want = if max_rows == 0 {
                BATCH
            } else {
                (max_rows - n).min(BATCH)
            };
            let rows = match self.db.fetch_portal(p, want) {
                Ok(rows) => rows,
                Err(e) => return Ok(Err(PgError::of(&e, sql, 0))),
            };
            for row in &rows {
                match data_row(row, t, formats, &mut buf) {
                    Ok(m) => out.feed(m).await?,
                    Err(e) => return Ok(Err(e)),
                }
            }
            n += rows.len();
            *sent += rows.len() as u64;
            if rows.is_empty() {
                return Ok(Ok(true));
            }
        }
    }

    /// Forgets a portal, and closes the rows it holds open in SQLite.
    fn drop_portal(&mut self, portal: Option<Portal>) {
        if let Some(Portal {
            rest: Some((Rest::Open(p), ..)),
            ..
        }) = portal
        {
            self.db.close_portal(p);
        }
    }

    /// Forgets every portal (at the end of a transaction).
    fn drop_portals(&mut self) {
        for (_, p) in std::mem::take(&mut self.portals) {
            self.drop_portal(Some(p));
        }
    }
}

impl Backend {
    /// Whether extended-protocol messages are being discarded after an
    /// error, until Sync.
    pub(crate) fn skipping(&self) -> bool {
        self.skipping
    }

    async fn fail_extended(&mut self, out: &mut Out, e: PgError) -> std::io::Result<()> {
        self.skipping = true;
        self.fail(out, e).await
    }

    /// Parse: translate now (errors now, as PostgreSQL's parse analysis),
    /// keep the statement.
    pub(crate) async fn parse(&mut self, out: &mut Out, m: Parse) -> std::io::Result<()> {
        let name = m.name.unwrap_or_default();
        if self.log_statements {
            tracing::info!("parse {name:?}: {}", m.query);
        }
        if !name.is_empty() && self.statements.contains_key(&name) {
            return self
                .fail_extended(
                    out,
                    PgError::new(
                        "42P05",
                        format!("prepared statement \"{name}\" already exists"),
                    ),
                )
                .await;
        }
        if crate::databases::command(&m.query).is_some() {
            let mut e = PgError::new(
                "0A000",
                "unsupported: CREATE DATABASE and DROP DATABASE through the extended protocol",
            );
            e.hint = Some("send them in a simple Query message (psql, exec)".into());
            return self.fail_extended(out, e).await;
        }
        let mut declared = Vec::with_capacity(m.type_oids.len());
        for oid in &m.type_oids {
            match types::type_of_oid(*oid) {
                Ok(t) => declared.push(t),
                Err(msg) => return self.fail_extended(out, PgError::new("0A000", msg)).await,
            }
        }
        if m.query.trim().is_empty() {
            self.statements.insert(
                name,
                Prepared {
                    sql: String::new(),
                    declared,
                    params: vec![],
                    copy: false,
                },
            );
            return out
                .feed(PgWireBackendMessage::ParseComplete(ParseComplete::new()))
                .await;
        }
        if is_copy_from(&m.query) || is_copy_to(&m.query) {
            self.statements.insert(
                name,
                Prepared {
                    sql: m.query,
                    declared,
                    params: vec![],
                    copy: true,
                },
            );
            return out
                .feed(PgWireBackendMessage::ParseComplete(ParseComplete::new()))
                .await;
        }
        match self.translate_checked(&m.query, &declared) {
            Ok(t) => {
                self.statements.insert(
                    name,
                    Prepared {
                        sql: m.query,
                        declared,
                        params: t.params,
                        copy: false,
                    },
                );
                out.feed(PgWireBackendMessage::ParseComplete(ParseComplete::new()))
                    .await
            }
            Err(Failure::Pg(e)) => self.fail_extended(out, *e).await,
            Err(Failure::Shim(e)) => {
                let e = PgError::of(&e, &m.query, 0);
                self.fail_extended(out, e).await
            }
        }
    }

    /// Bind: a portal of a statement with its parameters, read as text
    /// (binary ones decoded by their type first).
    pub(crate) async fn bind(&mut self, out: &mut Out, m: Bind) -> std::io::Result<()> {
        let stmt_name = m.statement_name.unwrap_or_default();
        let portal_name = m.portal_name.unwrap_or_default();
        let Some(prepared) = self.statements.get(&stmt_name).cloned() else {
            return self
                .fail_extended(
                    out,
                    PgError::new(
                        "26000",
                        format!("prepared statement \"{stmt_name}\" does not exist"),
                    ),
                )
                .await;
        };
        if self.failed && self.db.in_transaction() {
            let exit = !prepared.copy
                && self
                    .db
                    .translate_typed(&prepared.sql, &prepared.declared)
                    .is_ok_and(|t| matches!(t.command, "COMMIT" | "ROLLBACK"));
            if !exit {
                return self.fail_extended(out, PgError::aborted()).await;
            }
        }
        if !portal_name.is_empty() && self.portals.contains_key(&portal_name) {
            return self
                .fail_extended(
                    out,
                    PgError::new("42P03", format!("portal \"{portal_name}\" already exists")),
                )
                .await;
        }
        if m.parameters.len() != prepared.params.len() {
            return self
                .fail_extended(
                    out,
                    PgError::new(
                        "08P01",
                        format!(
                            "bind message supplies {} parameters, but prepared statement \"{stmt_name}\" requires {}",
                            m.parameters.len(),
                            prepared.params.len()
                        ),
                    ),
                )
                .await;
        }
        let mut params = Vec::with_capacity(m.parameters.len());
        for (i, p) in m.parameters.iter().enumerate() {
            let ty = prepared.params[i];
            let value = match p {
                None => None,
                Some(bytes) if format_of(&m.parameter_format_codes, i) == 1 => {
                    match types::decode_binary(ty, bytes) {
                        Ok(s) => Some(s),
                        Err(msg) => {
                            return self.fail_extended(out, PgError::new("22P03", msg)).await;
                        }
                    }
                }
                Some(bytes) => match std::str::from_utf8(bytes) {
                    Ok(s) => Some(s.to_string()),
                    Err(_) => {
                        return self
                            .fail_extended(
                                out,
                                PgError::new(
                                    "22021",
                                    "invalid byte sequence for encoding \"UTF8\"",
                                ),
                            )
                            .await;
                    }
                },
            };
            params.push(value);
        }
        let replaced = self.portals.insert(
            portal_name,
            Portal {
                prepared,
                params,
                formats: m.result_column_format_codes,
                rest: None,
                done: false,
            },
        );
        self.drop_portal(replaced);
        out.feed(PgWireBackendMessage::BindComplete(BindComplete::new()))
            .await
    }

    /// Describe a statement (parameter types and columns) or a portal
    /// (columns in its formats).
    pub(crate) async fn describe(&mut self, out: &mut Out, m: Describe) -> std::io::Result<()> {
        let name = m.name.unwrap_or_default();
        let (prepared, formats, statement) = if m.target_type == b'S' {
            match self.statements.get(&name) {
                Some(p) => (p.clone(), vec![], true),
                None => {
                    return self
                        .fail_extended(
                            out,
                            PgError::new(
                                "26000",
                                format!("prepared statement \"{name}\" does not exist"),
                            ),
                        )
                        .await;
                }
            }
        } else {
            match self.portals.get(&name) {
                Some(p) => (p.prepared.clone(), p.formats.clone(), false),
                None => {
                    return self
                        .fail_extended(
                            out,
                            PgError::new("34000", format!("portal \"{name}\" does not exist")),
                        )
                        .await;
                }
            }
        };
        if statement {
            out.feed(PgWireBackendMessage::ParameterDescription(
                ParameterDescription::new(prepared.params.iter().map(|t| t.oid()).collect()),
            ))
            .await?;
        }
        if prepared.sql.is_empty() || prepared.copy {
            return out.feed(PgWireBackendMessage::NoData(NoData::new())).await;
        }
        let t = match self.db.translate_typed(&prepared.sql, &prepared.declared) {
            Ok(t) => t,
            Err(e) => {
                let e = PgError::of(&e, &prepared.sql, 0);
                return self.fail_extended(out, e).await;
            }
        };
        if t.columns.is_empty() {
            return out.feed(PgWireBackendMessage::NoData(NoData::new())).await;
        }
        for (i, c) in t.columns.iter().enumerate() {
            if format_of(&formats, i) == 1 && !types::has_binary(c.ty) {
                let e = PgError::new(
                    "42883",
                    format!(
                        "no binary output function available for type {}",
                        c.ty.sql_name()
                    ),
                );
                return self.fail_extended(out, e).await;
            }
        }
        out.feed(row_description(&t, &formats)).await
    }

    /// Execute a portal, up to `max_rows` rows (0: all).
    pub(crate) async fn execute(&mut self, out: &mut Out, m: Execute) -> std::io::Result<()> {
        let name = m.name.unwrap_or_default();
        let max_rows = m.max_rows.max(0) as usize;
        let Some(mut portal) = self.portals.remove(&name) else {
            return self
                .fail_extended(
                    out,
                    PgError::new("34000", format!("portal \"{name}\" does not exist")),
                )
                .await;
        };
        // A suspended portal: more of its rows.
        if let Some((Rest::Open(p), mut sent, t)) =
            portal.rest.take_if(|r| matches!(r.0, Rest::Open(_)))
        {
            let sql = portal.prepared.sql.clone();
            let suspended = self
                .run_portal(out, p, &t, &portal.formats, max_rows, &mut sent, &sql)
                .await?;
            match suspended {
                Ok(true) => portal.rest = Some((Rest::Open(p), sent, t)),
                Ok(false) => portal.done = true,
                Err(e) => {
                    portal.done = true;
                    self.portals.insert(name, portal);
                    return self.fail_extended(out, e).await;
                }
            }
            self.portals.insert(name, portal);
            return Ok(());
        }
        if let Some((Rest::Read(mut rest), mut sent, t)) = portal.rest.take() {
            let mut buf = BytesMut::new();
            let mut n = 0;
            while max_rows == 0 || n < max_rows {
                let Some(row) = rest.next() else { break };
                match data_row(&row, &t, &portal.formats, &mut buf) {
                    Ok(msg) => out.feed(msg).await?,
                    Err(e) => return self.fail_extended(out, e).await,
                }
                n += 1;
                sent += 1;
            }
            if rest.len() == 0 {
                out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                    t.command_complete(sent),
                )))
                .await?;
                portal.done = true;
            } else {
                out.feed(PgWireBackendMessage::PortalSuspended(PortalSuspended::new()))
                    .await?;
                portal.rest = Some((Rest::Read(rest), sent, t));
            }
            self.portals.insert(name, portal);
            return Ok(());
        }
        if portal.prepared.sql.is_empty() {
            self.portals.insert(name, portal);
            return out
                .feed(PgWireBackendMessage::EmptyQueryResponse(
                    EmptyQueryResponse::new(),
                ))
                .await;
        }
        if portal.done {
            // PostgreSQL runs a portal once; executing it again sends its
            // completion with no rows.
            let t = self
                .db
                .translate_typed(&portal.prepared.sql, &portal.prepared.declared);
            self.portals.insert(name, portal);
            return match t {
                Ok(t) => {
                    out.feed(PgWireBackendMessage::CommandComplete(CommandComplete::new(
                        t.command_complete(0),
                    )))
                    .await
                }
                Err(e) => {
                    let e = PgError::of(&e, "", 0);
                    self.fail_extended(out, e).await
                }
            };
        }
        if self.log_statements {
            tracing::info!("execute {name:?}: {}", portal.prepared.sql);
        }
        if portal.prepared.copy {
            let sql = portal.prepared.sql.clone();
            portal.done = true;
            self.portals.insert(name, portal);
            if is_copy_to(&sql) {
                self.copy_out(out, &sql, 0, true).await?;
                return Ok(());
            }
            return self.copy_begin(out, &sql, 0, true).await;
        }
        let t = match self.translate_checked(&portal.prepared.sql, &portal.prepared.declared) {
            Ok(t) => t,
            Err(Failure::Pg(e)) => return self.fail_extended(out, *e).await,
            Err(Failure::Shim(e)) => {
                let e = PgError::of(&e, &portal.prepared.sql, 0);
                return self.fail_extended(out, e).await;
            }
        };
        let ran = self
            .run(
                out,
                &t,
                &portal.prepared.sql,
                &portal.params,
                &portal.formats,
                max_rows,
                false,
                0,
            )
            .await?;
        self.report_changes(out).await?;
        match ran {
            Ran::Done => portal.done = true,
            Ran::Failed => {
                self.skipping = true;
                portal.done = true;
            }
            Ran::Suspended(rest, sent) => portal.rest = Some((rest, sent, t)),
        }
        self.portals.insert(name, portal);
        Ok(())
    }

    /// Close a statement or portal (closing one that does not exist is
    /// not an error).
    pub(crate) async fn close(&mut self, out: &mut Out, m: Close) -> std::io::Result<()> {
        let name = m.name.unwrap_or_default();
        if m.target_type == b'S' {
            self.statements.remove(&name);
        } else {
            let p = self.portals.remove(&name);
            self.drop_portal(p);
        }
        out.feed(PgWireBackendMessage::CloseComplete(CloseComplete::new()))
            .await
    }

    /// Sync: the end of an extended-protocol batch. Outside a transaction
    /// block the portals end with their implicit transaction.
    pub(crate) async fn sync(&mut self, out: &mut Out) -> std::io::Result<()> {
        self.skipping = false;
        if !self.db.in_transaction() {
            self.drop_portals();
        }
        self.ready(out).await
    }
}

/// How a statement ended.
enum Ran {
    Done,
    Failed,
    /// At the row limit: the rows left, and how many were sent.
    Suspended(Rest, u64),
}

/// The rows a suspended portal has left.
enum Rest {
    /// A query's, still in SQLite (`Connection::open_portal`).
    Open(pgshim::Portal),
    /// A statement's that ran whole (DML with RETURNING).
    Read(std::vec::IntoIter<pgshim::Row>),
}

/// Why a statement did not run.
enum Failure {
    Pg(Box<PgError>),
    Shim(Box<pgshim::Error>),
}

fn row_description(t: &Translation, formats: &[i16]) -> PgWireBackendMessage {
    let fields = t
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            FieldDescription::new(
                c.name.clone(),
                0,
                0,
                c.ty.oid(),
                types::type_size(c.ty),
                c.typmod,
                format_of(formats, i),
            )
        })
        .collect();
    PgWireBackendMessage::RowDescription(RowDescription::new(fields))
}

/// The format code of column (or parameter) `i`: none given is text, one
/// applies to all.
fn format_of(formats: &[i16], i: usize) -> i16 {
    match formats {
        [] => 0,
        [one] => *one,
        many => many.get(i).copied().unwrap_or(0),
    }
}

fn data_row(
    row: &pgshim::Row,
    t: &Translation,
    formats: &[i16],
    buf: &mut BytesMut,
) -> Result<PgWireBackendMessage, PgError> {
    for (i, c) in t.columns.iter().enumerate() {
        if format_of(formats, i) == 1 {
            match row.stored(i) {
                None | Some(rusqlite::types::ValueRef::Null) => buf.put_i32(-1),
                Some(v) => {
                    let at = buf.len();
                    buf.put_i32(0);
                    types::encode_binary(c.ty, v, buf).map_err(|m| PgError::new("XX000", m))?;
                    let n = (buf.len() - at - 4) as i32;
                    buf[at..at + 4].copy_from_slice(&n.to_be_bytes());
                }
            }
        } else {
            match row.text(i) {
                None => buf.put_i32(-1),
                Some(s) => {
                    buf.put_i32(s.len() as i32);
                    buf.put_slice(s.as_bytes());
                }
            }
        }
    }
    Ok(PgWireBackendMessage::DataRow(DataRow::new(
        buf.split(),
        t.columns.len() as i16,
    )))
}

/// A statement's words, upper-cased, when it is a COPY (read from its
/// words, as the COPY runs outside the translator).
fn copy_words(sql: &str) -> Option<Vec<String>> {
    let words: Vec<String> = sql
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect();
    (words.first().map(String::as_str) == Some("COPY")).then_some(words)
}

/// Whether a statement is `COPY … FROM STDIN`.
fn is_copy_from(sql: &str) -> bool {
    copy_words(sql).is_some_and(|w| w.iter().any(|x| x == "FROM") && w.iter().any(|x| x == "STDIN"))
}

/// Whether a statement is `COPY … TO STDOUT`.
fn is_copy_to(sql: &str) -> bool {
    copy_words(sql).is_some_and(|w| w.iter().any(|x| x == "STDOUT"))
}
