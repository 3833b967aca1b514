//! Snapshots of the SQLite SQL pgshim emits for one representative
//! statement per rule, so that a change in output is seen in review; every
//! emitted statement must also parse as SQLite SQL and prepare on a
//! connection with pgshim's runtime.

use pgshim::{Catalog, PgType, Translator};

fn catalog() -> Catalog {
    let mut cat = Catalog::new();
    cat.add_table(
        "tickets",
        &[
            ("id", PgType::Int4),
            ("title", PgType::Text),
            ("priority", PgType::Int2),
            ("open", PgType::Bool),
            ("estimate", PgType::Float8),
            ("opened", PgType::Timestamptz),
            ("due", PgType::Date),
            ("sla", PgType::Interval),
            ("local_at", PgType::Timestamp),
            ("at_time", PgType::Time),
            ("amount", PgType::Numeric),
        ],
    );
    cat.add_table(
        "tags",
        &[("ticket_id", PgType::Int4), ("tag", PgType::Text)],
    );
    cat
}

/// `(name, PostgreSQL statement)`: one per rule family.
const CASES: &[(&str, &str)] = &[
    (
        "select_basic",
        "SELECT id, title FROM tickets WHERE open AND priority < 3 ORDER BY opened DESC LIMIT 10",
    ),
    (
        "unknown_literal_timestamptz",
        "SELECT id FROM tickets WHERE opened >= '2024-03-10'",
    ),
    (
        "date_vs_timestamptz",
        "SELECT id FROM tickets WHERE due < opened",
    ),
    (
        "timestamptz_plus_interval",
        "SELECT opened + interval '1 day', opened + sla, opened - opened FROM tickets",
    ),
    (
        "date_arithmetic",
        "SELECT due + 7, due - date '2024-01-01', due + interval '1 mon', due + time '10:00' FROM tickets",
    ),
    (
        "interval_ops",
        "SELECT sla * 2, sla / 3, -sla, sla + interval '1 hour' FROM tickets ORDER BY sla",
    ),
    (
        "array_agg",
        "SELECT ticket_id, array_agg(tag ORDER BY tag), array_agg(DISTINCT tag) FROM tags GROUP BY ticket_id",
    ),
    (
        "any_array_param",
        "SELECT id FROM tickets WHERE id = ANY($1) AND title <> ALL('{a,b}') AND amount = ANY($2)",
    ),
    (
        "numeric_arithmetic",
        "SELECT amount + 1, amount * priority, amount / 3, amount % 2, -amount, 5 / 2.0, estimate * amount FROM tickets",
    ),
    (
        "numeric_compare_order",
        "SELECT amount FROM tickets WHERE amount > 19.99 AND amount IN (1.5, 2) AND nullif(amount, 0) IS NOT NULL ORDER BY amount",
    ),
    (
        "numeric_aggregates",
        "SELECT sum(amount), avg(amount), min(amount), max(amount), count(DISTINCT amount), sum(id::bigint), avg(priority) FROM tickets GROUP BY amount",
    ),
    (
        "numeric_round_casts",
        "SELECT round(amount, 2), round(estimate), trunc(amount), ceil(amount), abs(amount), amount::int, amount::float8, estimate::numeric(10,2), '1.50'::numeric FROM tickets",
    ),
    (
        "interval_compare_in_expressions",
        "SELECT concat(title, nullif(sla, interval '1 day')), sla IN (interval '24 hours'), CASE sla WHEN interval '1 day' THEN 1 END FROM tickets",
    ),
    (
        "interval_aggregates",
        "SELECT sum(sla), avg(sla), min(sla), max(sla) FROM tickets GROUP BY sla",
    ),
    (
        "interval_aggregates_over_a_difference",
        "SELECT avg(now() - opened), max(opened - opened) FILTER (WHERE open), sum(DISTINCT opened - opened) FROM tickets",
    ),
    (
        "interval_statistics_of_one_difference_share_an_aggregate",
        "SELECT avg(opened - opened), min(opened - opened), max(opened - opened) FILTER (WHERE open), max(now() - opened) FROM tickets",
    ),
    (
        "percentiles_of_one_difference_share_a_sort",
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY now() - opened), percentile_disc(0.9) WITHIN GROUP (ORDER BY now() - opened) FROM tickets",
    ),
    (
        "percentiles_over_a_difference",
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY now() - opened), percentile_disc(0.9) WITHIN GROUP (ORDER BY opened - opened DESC) FILTER (WHERE open), percentile_cont(0.5) WITHIN GROUP (ORDER BY sla) FROM tickets",
    ),
    (
        "repeated_calls_use_memoizing_twins",
        "SELECT CASE WHEN age(opened) < interval '1 day' THEN 1 WHEN age(opened) < interval '7 days' THEN 2 END, date_trunc('day', opened), date_trunc('day', opened) + interval '1 hour' FROM tickets",
    ),
    (
        "casts",
        "SELECT opened::date, opened::text, due::timestamptz, local_at::timestamptz, '2024-01-01'::date FROM tickets",
    ),
    (
        "precision_cast",
        "SELECT opened::timestamptz(0), at_time::time(2) FROM tickets",
    ),
    (
        "at_time_zone",
        "SELECT opened AT TIME ZONE 'Asia/Kolkata', local_at AT TIME ZONE 'UTC', timezone('EST', opened) FROM tickets",
    ),
    (
        "date_trunc_extract",
        "SELECT date_trunc('week', opened), date_trunc('day', opened, 'Europe/Dublin'), extract(dow FROM opened), date_part('epoch', sla) FROM tickets",
    ),
    (
        "to_char_family",
        "SELECT to_char(opened, 'YYYY-MM-DD HH24:MI TZ'), to_date('2024-03-10', 'YYYY-MM-DD'), to_timestamp(1700000000) FROM tickets",
    ),
    (
        "age_justify_make",
        "SELECT age(opened, opened), justify_interval(sla), make_date(2024, 2, 29), make_interval(days => 3) FROM tickets",
    ),
    (
        "now_family",
        "SELECT now(), current_date, localtimestamp, statement_timestamp(), clock_timestamp()",
    ),
    (
        "overlaps",
        "SELECT (opened, sla) OVERLAPS (opened, opened) FROM tickets",
    ),
    (
        "generate_series",
        "SELECT g, count(t.id) FROM generate_series(timestamptz '2024-03-01', timestamptz '2024-03-31', interval '1 day') AS g LEFT JOIN tickets t ON t.opened >= g AND t.opened < g + interval '1 day' GROUP BY g ORDER BY g",
    ),
    (
        "parameters",
        "SELECT id FROM tickets WHERE opened < $1 AND title LIKE $2 AND due = $3",
    ),
    (
        "string_functions",
        "SELECT concat(title, '/', priority), split_part(title, ' ', 1), lpad(title, 10, '.'), initcap(title), strpos(title, 'a'), greatest(priority, 2) FROM tickets",
    ),
    (
        "substring_forms",
        "SELECT substring(title FROM 2 FOR 3), substr(title, 2), substring(title, 1, priority), substring(title FROM '#([0-9]+)') FROM tickets",
    ),
    (
        "trim_forms",
        "SELECT trim(title), trim(LEADING '0' FROM title), trim(TRAILING FROM title), btrim(title, 'x'), ltrim(title), rtrim(title, '.') FROM tickets",
    ),
    (
        "replace_reverse_repeat",
        "SELECT replace(title, 'a', 'b'), reverse(title), repeat(title, priority), starts_with(title, 'a'), octet_length(title) FROM tickets",
    ),
    (
        "chr_ascii_md5",
        "SELECT chr(priority + 64), ascii(title), md5(title) FROM tickets",
    ),
    (
        "regexp_replace",
        "SELECT regexp_replace(title, '[^a-z]+', ' ', 'gi'), regexp_replace(title, '^(\\w+) (\\w+)$', '\\2 \\1') FROM tickets",
    ),
    (
        "collate_c",
        "SELECT title COLLATE \"C\" FROM tickets WHERE title COLLATE \"POSIX\" > 'a' ORDER BY title COLLATE ucs_basic",
    ),
    (
        "power",
        "SELECT 2 ^ priority, -2 ^ 2, power(estimate, 2), pow(2, 3) FROM tickets",
    ),
    (
        "math_double",
        "SELECT sqrt(estimate), cbrt(estimate), exp(estimate), ln(estimate), log(estimate), log10(estimate), pi(), degrees(estimate), radians(estimate) FROM tickets",
    ),
    (
        "math_numeric",
        "SELECT sqrt(amount), exp(amount), ln(amount), log(amount), log(2, amount), mod(amount, 3), div(amount, 3), mod(id, 3) FROM tickets",
    ),
    (
        "ilike_regex",
        "SELECT id FROM tickets WHERE title ILIKE '%vpn%' OR title ~* '^print' OR title !~ 'x'",
    ),
    (
        "any_all",
        "SELECT id FROM tickets WHERE priority = ANY(ARRAY[1, 2]) AND id <> ALL(SELECT ticket_id FROM tags)",
    ),
    (
        "window_functions",
        "SELECT id, row_number() OVER (PARTITION BY priority ORDER BY opened DESC), lag(title) OVER (ORDER BY id) FROM tickets",
    ),
    (
        "string_agg",
        "SELECT t.id, string_agg(g.tag, ', ' ORDER BY g.tag) FROM tickets t JOIN tags g ON g.ticket_id = t.id GROUP BY t.id",
    ),
    (
        "distinct_on",
        "SELECT DISTINCT ON (priority) priority, id, opened FROM tickets ORDER BY priority, opened DESC",
    ),
    (
        "values_query",
        "SELECT v.name, v.iv FROM (VALUES ('low', interval '1 day'), ('high', '4 hours')) AS v(name, iv) ORDER BY v.iv",
    ),
    (
        "union_null_branch",
        "SELECT opened FROM tickets UNION ALL SELECT NULL",
    ),
    (
        "recursive_cte",
        "WITH RECURSIVE d(day) AS (SELECT date '2024-01-01' UNION ALL SELECT day + 1 FROM d WHERE day < date '2024-01-10') SELECT day FROM d",
    ),
    (
        "insert_returning",
        "INSERT INTO tickets (id, title, opened, sla) VALUES (1, 'x', '2024-03-10 02:30', '1 day') RETURNING id, opened",
    ),
    (
        "upsert",
        "INSERT INTO tags (ticket_id, tag) VALUES (1, 'a') ON CONFLICT (ticket_id) DO UPDATE SET tag = excluded.tag",
    ),
    (
        "update_from",
        "UPDATE tickets SET title = g.tag FROM tags g WHERE g.ticket_id = tickets.id",
    ),
    (
        "delete_using",
        "DELETE FROM tickets USING tags WHERE tags.ticket_id = tickets.id AND tags.tag = 'spam'",
    ),
    (
        "create_table",
        "CREATE TABLE events (id serial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), kind varchar(20) CHECK (kind <> ''), length interval DEFAULT '1 hour')",
    ),
    ("session", "SET TIME ZONE 'America/New_York'"),
];

#[test]
fn emitted_sql_snapshots() {
    let mut tr = Translator::new(catalog());
    tr.options_mut().time_zone = "America/New_York".into();
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    pgshim::register(&conn, &pgshim::Session::new()).unwrap();
    conn.execute_batch(
        "CREATE TABLE tickets (id INTEGER PRIMARY KEY, title text, priority smallint, open boolean, \
         estimate float8, opened timestamptz, due date, sla interval, local_at timestamp, at_time time);
         CREATE TABLE tags (ticket_id integer UNIQUE, tag text);",
    )
    .unwrap();
    let mut all = String::new();
    for (name, pg) in CASES {
        let t = tr
            .translate(pg)
            .unwrap_or_else(|e| panic!("{name}: {pg}: {e}"));
        // The SQLite SQL parses as SQLite and prepares with the runtime.
        for stmt in t.sql.split("; ") {
            sqlparser::parser::Parser::parse_sql(&sqlparser::dialect::SQLiteDialect {}, stmt)
                .unwrap_or_else(|e| panic!("{name}: {stmt}: {e}"));
            if stmt.starts_with("CREATE TABLE") {
                // Later statements (a serial column's sequence) use it.
                conn.execute_batch(stmt)
                    .unwrap_or_else(|e| panic!("{name}: {stmt}: {e}"));
            } else {
                conn.prepare(stmt)
                    .unwrap_or_else(|e| panic!("{name}: {stmt}: {e}"));
            }
        }
        all.push_str(&format!("-- {name}\n-- {pg}\n{}\n\n", t.sql));
    }
    insta::assert_snapshot!("emitted_sql", all);
}
