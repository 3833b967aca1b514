//! What Describe answers, against PostgreSQL: for each statement, the
//! parameter type OIDs (ParameterDescription) and each result column's
//! name, type OID, type size, type modifier and format (RowDescription),
//! as a raw protocol client reads them. Column modifiers come from the
//! declared types (`varchar(20)`, `numeric(10,2)`, `timestamp(3)`,
//! `interval day to second(3)`), casts, and the expressions that keep
//! them (CASE, COALESCE, subqueries, set operations). PostgreSQL's answers
//! are taken live (`PGSHIM_PG_URL`) or from `describe.answers.json`,
//! recorded with `PGSHIM_RECORD=1`.
//!
//! The table OID and attribute number PostgreSQL sends for a direct table
//! column are not compared: pgshim sends 0 for both (docs/compatibility.md,
//! "The server").

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;

const SCHEMA: &str = "
CREATE TABLE t (
    id integer PRIMARY KEY,
    code varchar(20),
    name character varying,
    note text,
    amount numeric(10,2),
    whole numeric(7),
    free numeric,
    at3 timestamp(3),
    atz0 timestamptz(0),
    at timestamptz,
    t2 time(2),
    day date,
    span interval,
    dts interval day to second(3),
    hm interval hour to minute,
    ym interval year to month,
    p2 interval(2),
    n int8,
    f float8,
    ok boolean
);
CREATE VIEW v AS SELECT code, amount::numeric(6,1) AS a, at3 FROM t;
";

const QUERIES: &[&str] = &[
    "SELECT * FROM t",
    "SELECT code, code::varchar, code::varchar(5), code::text, code || 'x', (code), lower(code) FROM t",
    "SELECT amount, amount::numeric(5,1), amount + 1, -amount, round(amount, 1), amount::numeric, whole, free FROM t",
    "SELECT at3, at3::timestamp(0), at3::timestamp, at3::timestamptz, date_trunc('day', at3), atz0 AT TIME ZONE 'UTC', atz0::timestamptz(2) FROM t",
    "SELECT '1 day'::interval hour to minute, interval '1' day, '1.234 s'::interval(2), '2020-01-01'::timestamp(2), NULL::varchar(4), 'ab'::varchar(4), 'x'::varchar, 1.5::numeric(3,1)",
    "SELECT CASE WHEN id > 0 THEN code ELSE code END, CASE WHEN id > 0 THEN code END, CASE WHEN id > 0 THEN code ELSE 'x' END, CASE WHEN id > 0 THEN code ELSE code::varchar(5) END FROM t",
    "SELECT coalesce(code, code), coalesce(code, 'x'), coalesce(amount, whole), nullif(code, 'x'), nullif(amount, 0), greatest(amount, amount), least(at3, at3), greatest(amount, free) FROM t",
    "SELECT (SELECT code FROM t LIMIT 1), s.code, s.amount, s.c5 FROM (SELECT code, amount, code::varchar(5) AS c5 FROM t) s",
    "WITH c AS (SELECT code, at3, amount AS a FROM t) SELECT * FROM c",
    "SELECT code FROM t UNION SELECT code FROM t",
    "SELECT code FROM t UNION ALL SELECT name FROM t",
    "SELECT amount FROM t UNION SELECT whole FROM t",
    "SELECT amount FROM t UNION SELECT amount FROM t UNION SELECT amount FROM t",
    "SELECT max(code), min(amount), count(*), sum(amount), max(at3) FROM t",
    "SELECT dts, hm, ym, p2, span, t2, day FROM t",
    "SELECT DISTINCT code, amount FROM t ORDER BY 1",
    "SELECT code::varchar(30) AS c FROM t WHERE code = $1 AND amount > $2",
    "SELECT t.code, u.amount FROM t JOIN t u USING (id)",
    "SELECT * FROM v",
    "SELECT a, a + 0 FROM v",
    "INSERT INTO t (id, code) VALUES ($1, $2) RETURNING code, amount, at3 + interval '1 day', *",
    "UPDATE t SET amount = amount WHERE id = $1 RETURNING amount, amount::numeric(4,0)",
    "SELECT $1::varchar(3), $2::numeric(4,2), $3::timestamptz(1)",
];

/// user, host:port and database of `postgresql://user@host:port/db`.
fn parts(url: &str) -> (String, String, String) {
    let rest = url
        .strip_prefix("postgresql://")
        .expect("a postgresql:// URL");
    let (user, rest) = rest.split_once('@').expect("a user in the URL");
    let (addr, db) = rest.split_once('/').expect("a database in the URL");
    let db = db.split('?').next().unwrap_or(db);
    (user.to_string(), addr.to_string(), db.to_string())
}

fn message(kind: u8, body: &[u8]) -> Vec<u8> {
    let mut m = vec![kind];
    m.extend_from_slice(&((body.len() + 4) as i32).to_be_bytes());
    m.extend_from_slice(body);
    m
}

fn cstr(b: &mut Vec<u8>, s: &str) {
    b.extend_from_slice(s.as_bytes());
    b.push(0);
}

/// A connection speaking the protocol by hand: what a driver reads is
/// what the test sees.
struct Raw(TcpStream);

impl Raw {
    fn connect(url: &str) -> Raw {
        let (user, addr, db) = parts(url);
        let mut s = TcpStream::connect(addr).expect("connect");
        let mut body = 196_608i32.to_be_bytes().to_vec();
        for p in ["user", &user, "database", &db, ""] {
            cstr(&mut body, p);
        }
        let mut packet = ((body.len() + 4) as i32).to_be_bytes().to_vec();
        packet.extend(body);
        s.write_all(&packet).unwrap();
        let mut raw = Raw(s);
        let got = raw.until_ready();
        assert!(
            got.iter().all(|(k, _)| *k != b'E'),
            "startup failed: {got:?}"
        );
        raw
    }

    fn read_message(&mut self) -> (u8, Vec<u8>) {
        let mut head = [0u8; 5];
        self.0.read_exact(&mut head).expect("a message");
        let len = i32::from_be_bytes(head[1..5].try_into().unwrap()) as usize;
        let mut body = vec![0u8; len - 4];
        self.0.read_exact(&mut body).expect("a message body");
        (head[0], body)
    }

    fn until_ready(&mut self) -> Vec<(u8, Vec<u8>)> {
        let mut out = Vec::new();
        loop {
            let m = self.read_message();
            let done = m.0 == b'Z';
            out.push(m);
            if done {
                return out;
            }
        }
    }

    fn simple(&mut self, sql: &str) {
        let mut body = Vec::new();
        cstr(&mut body, sql);
        self.0.write_all(&message(b'Q', &body)).unwrap();
        let got = self.until_ready();
        if let Some((_, e)) = got.iter().find(|(k, _)| *k == b'E') {
            panic!("{sql}: {}", String::from_utf8_lossy(e));
        }
    }

    /// Parse (no declared parameter types), Describe the statement, Sync:
    /// the answer as lines.
    fn describe(&mut self, sql: &str) -> Vec<String> {
        let mut parse = Vec::new();
        cstr(&mut parse, "");
        cstr(&mut parse, sql);
        parse.extend_from_slice(&0i16.to_be_bytes());
        let mut describe = vec![b'S'];
        cstr(&mut describe, "");
        let mut out = message(b'P', &parse);
        out.extend(message(b'D', &describe));
        out.extend(message(b'S', &[]));
        self.0.write_all(&out).unwrap();
        let mut lines = Vec::new();
        for (kind, body) in self.until_ready() {
            match kind {
                b't' => {
                    let n = i16::from_be_bytes([body[0], body[1]]) as usize;
                    let oids: Vec<String> = (0..n)
                        .map(|i| {
                            let at = 2 + 4 * i;
                            u32::from_be_bytes(body[at..at + 4].try_into().unwrap()).to_string()
                        })
                        .collect();
                    lines.push(format!("parameters: {}", oids.join(" ")));
                }
                b'T' => lines.extend(fields(&body)),
                b'n' => lines.push("no data".into()),
                b'E' => lines.push(format!("error: {}", error_fields(&body))),
                _ => {}
            }
        }
        lines
    }
}

/// RowDescription's fields: name, type OID, size, typmod, format (the
/// table OID and attribute number are read and left out).
fn fields(body: &[u8]) -> Vec<String> {
    let n = i16::from_be_bytes([body[0], body[1]]) as usize;
    let mut at = 2;
    let mut out = Vec::new();
    for _ in 0..n {
        let end = at + body[at..].iter().position(|b| *b == 0).unwrap();
        let name = String::from_utf8_lossy(&body[at..end]).to_string();
        at = end + 1;
        let i32_at = |p: usize| i32::from_be_bytes(body[p..p + 4].try_into().unwrap());
        let i16_at = |p: usize| i16::from_be_bytes(body[p..p + 2].try_into().unwrap());
        let (oid, size, typmod, format) = (
            i32_at(at + 6),
            i16_at(at + 10),
            i32_at(at + 12),
            i16_at(at + 16),
        );
        at += 18;
        out.push(format!(
            "column {name}: type {oid} size {size} typmod {typmod} format {format}"
        ));
    }
    out
}

/// An ErrorResponse's SQLSTATE and message.
fn error_fields(body: &[u8]) -> String {
    let mut code = String::new();
    let mut msg = String::new();
    for f in body.split(|b| *b == 0).filter(|f| !f.is_empty()) {
        let v = String::from_utf8_lossy(&f[1..]).to_string();
        match f[0] {
            b'C' => code = v,
            b'M' => msg = v,
            _ => {}
        }
    }
    format!("{code} {msg}")
}

fn scenario(url: &str) -> Vec<String> {
    let mut c = Raw::connect(url);
    c.simple(SCHEMA);
    let mut out = Vec::new();
    for q in QUERIES {
        out.push(format!("> {q}"));
        out.extend(c.describe(q));
    }
    out
}

#[test]
fn describe_sends_postgresql_s_types_and_modifiers() {
    common::differential("describe", "describe", scenario);
}
