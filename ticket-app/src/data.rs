//! The seeded data generator.
//!
//! Tickets span [`DATA_START`]..[`DATA_END`] (two years). Three in four are
//! created at a uniformly random second; the rest are placed within three
//! hours of an instant where time-zone code usually breaks, in their
//! agent's zone: every daylight-saving change, local midnight at each month
//! end, the leap day and the ISO week-year ends. Values are PostgreSQL's
//! text input forms, so the same rows go to both databases unchanged.
//!
//! Ids follow creation time, as an application's serial ids do: customers
//! are numbered in sign-up order and tickets in the order they were opened
//! (their comments and events follow their ticket). So both databases
//! keep the rows on disk in roughly time order, as a live app's would.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The first instant of generated data (UTC).
pub const DATA_START: &str = "2024-01-01 00:00:00+00";
/// The end of generated data (UTC): nothing happens after it.
pub const DATA_END: &str = "2026-01-01 00:00:00+00";

/// Changes whenever the same seed and count give other rows, so that a
/// cached data set (the benchmark's) is loaded afresh.
pub const GENERATOR_REVISION: u32 = 2;

/// The agents' time zones, three agents each.
pub const AGENT_ZONES: &[&str] = &[
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
];

/// Three agents per zone.
const AGENT_COUNT: usize = 3 * AGENT_ZONES.len();

const AGENT_NAMES: &[&str] = &[
    "Ada", "Bram", "Chen", "Dana", "Emeka", "Fatima", "Gus", "Hana", "Ivo", "Jules", "Kofi",
    "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomás", "Uma", "Viktor",
    "Wen", "Yara",
];
const PROBLEMS: &[&str] = &[
    "Cannot log in",
    "Invoice shows wrong total",
    "Export to CSV fails",
    "App crashes on start",
    "Password reset email missing",
    "VPN drops every hour",
    "Refund not received",
    "Calendar shows wrong time",
    "API returns 500",
    "Slow dashboard",
    "Café menu sync broken",
    "Überweisung failed",
    "Report off by one day",
    "Mobile login loop",
    "Webhook retries forever",
];
const OBJECTS: &[&str] = &[
    "after update",
    "since Monday",
    "for EU customers",
    "on iOS",
    "with SSO",
    "in Safari",
    "after DST change",
    "for large accounts",
    "",
];
const BODIES: &[&str] = &[
    "Thanks, looking into it.",
    "Could you send a screenshot?",
    "Still happening here.",
    "Fixed in the latest release.",
    "Escalated to engineering.",
    "Works now, thank you!",
    "Any update on this?",
    "We rolled back the change.",
];
const TAGS: &[&str] = &[
    "api",
    "billing",
    "bug",
    "email",
    "feature",
    "login",
    "mobile",
    "refund",
    "urgent-customer",
    "vpn",
];
const PRIORITIES: &[(&str, u32)] = &[("low", 25), ("normal", 45), ("high", 20), ("urgent", 10)];

/// Rows of one table, as PostgreSQL text input (`None` is NULL).
#[derive(Debug, Clone)]
pub struct Table {
    /// The table's name.
    pub name: &'static str,
    /// The columns each row gives, in order.
    pub columns: &'static [&'static str],
    /// The rows.
    pub rows: Vec<Vec<Option<String>>>,
}

impl Table {
    fn new(name: &'static str, columns: &'static [&'static str]) -> Table {
        Table {
            name,
            columns,
            rows: Vec::new(),
        }
    }
}

/// A slice of the data set, in load order (referenced rows first).
#[derive(Debug, Clone)]
pub struct Chunk {
    /// agents, customers, tickets, comments, ticket_events, tags (tables
    /// with no rows in this chunk are left out).
    pub tables: Vec<Table>,
    /// Tickets in this chunk.
    pub tickets: usize,
}

/// Generates the data set for a seed and a ticket count, chunk by chunk,
/// so that a million tickets never sit in memory at once.
///
/// The same seed and count give the same rows, whatever the chunk size.
pub struct Generator {
    rng: ChaCha8Rng,
    total: usize,
    done: usize,
    customers: usize,
    started: bool,
    start: i64,
    end: i64,
    /// Each ticket's creation instant and agent, in creation order.
    schedule: Vec<Opening>,
    next_comment: u64,
    next_event: u64,
}

/// When a ticket is opened and who it goes to (drawn for all tickets first,
/// so that ids can follow creation time).
#[derive(Clone, Copy)]
struct Opening {
    created: i64,
    /// An index into the agents; `None` is unassigned.
    agent: Option<u16>,
    /// An index into [`AGENT_ZONES`]: the agent's zone, or a random one.
    zone: u8,
}

fn parse_utc(s: &str) -> i64 {
    DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S%#z")
        .map(|d| d.timestamp())
        .unwrap_or(0)
}

fn tz(zone: &str) -> Tz {
    zone.parse().unwrap_or(Tz::UTC)
}

/// `2024-03-10 07:30:00+00` (with microseconds when there are any).
fn timestamptz_text(secs: i64, micros: u32) -> String {
    let t = DateTime::<Utc>::from_timestamp(secs, micros * 1000).unwrap_or_default();
    if micros == 0 {
        t.format("%Y-%m-%d %H:%M:%S+00").to_string()
    } else {
        t.format("%Y-%m-%d %H:%M:%S%.6f+00").to_string()
    }
}

/// A naive UTC `timestamp`, as Rails stores it.
fn timestamp_text(secs: i64) -> String {
    DateTime::<Utc>::from_timestamp(secs, 0)
        .unwrap_or_default()
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

fn local_date(secs: i64, zone: &Tz) -> NaiveDate {
    zone.timestamp_opt(secs, 0)
        .single()
        .map(|t| t.date_naive())
        .unwrap_or_default()
}

/// Instants in `zone` where date/time code goes wrong: offset changes,
/// local midnight starting each month, the leap day, ISO week-year ends.
fn special_instants(zone: &Tz, start: i64, end: i64) -> Vec<i64> {
    let mut out = offset_changes(zone, start, end);
    let local_midnight = |d: NaiveDate| -> Option<i64> {
        let naive: NaiveDateTime = d.and_hms_opt(0, 0, 0)?;
        zone.from_local_datetime(&naive)
            .earliest()
            .map(|t| t.timestamp())
    };
    for year in [2024, 2025] {
        for month in 1..=12 {
            if let Some(d) = NaiveDate::from_ymd_opt(year, month, 1) {
                out.extend(local_midnight(d));
            }
        }
    }
    for d in [
        "2024-02-29",
        "2024-03-01",
        "2024-12-30",
        "2025-12-29",
        "2025-12-31",
    ] {
        if let Ok(d) = d.parse::<NaiveDate>() {
            out.extend(local_midnight(d));
            out.extend(local_midnight(d).map(|m| m + 12 * 3600));
        }
    }
    out.retain(|&t| t > start && t < end);
    out.sort_unstable();
    out
}

/// The instants (to 15 minutes) where `zone`'s UTC offset changes.
fn offset_changes(zone: &Tz, start: i64, end: i64) -> Vec<i64> {
    let mut out = Vec::new();
    let offset_at = |s: i64| {
        zone.offset_from_utc_datetime(
            &DateTime::<Utc>::from_timestamp(s, 0)
                .unwrap_or_default()
                .naive_utc(),
        )
        .fix()
        .local_minus_utc()
    };
    let mut s = start;
    let mut prev = offset_at(s);
    while s < end {
        let o = offset_at(s + 900);
        if o != prev {
            out.push(s + 900);
            prev = o;
        }
        s += 900;
    }
    out
}

impl Generator {
    /// A generator of `tickets` tickets from `seed`.
    pub fn new(seed: u64, tickets: usize) -> Generator {
        let start = parse_utc(DATA_START);
        let end = parse_utc(DATA_END);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let special: Vec<Vec<i64>> = AGENT_ZONES
            .iter()
            .map(|z| special_instants(&tz(z), start, end))
            .collect();
        let mut schedule: Vec<Opening> = (0..tickets)
            .map(|_| Self::opening(&mut rng, &special, start, end))
            .collect();
        // A stable sort: tickets opened in the same second keep their draw
        // order.
        schedule.sort_by_key(|o| o.created);
        Generator {
            rng,
            total: tickets,
            done: 0,
            customers: (tickets / 20).max(50),
            started: false,
            start,
            end,
            schedule,
            next_comment: 1,
            next_event: 1,
        }
    }

    /// The number of agents.
    pub fn agents(&self) -> usize {
        AGENT_COUNT
    }

    /// One ticket's opening: a random agent (one in twenty unassigned) and
    /// a random second, or, one time in four, a second within three hours
    /// of an instant worth testing in the agent's zone.
    fn opening(rng: &mut ChaCha8Rng, special: &[Vec<i64>], start: i64, end: i64) -> Opening {
        let agent = if rng.random_range(0..20) == 0 {
            None
        } else {
            Some(rng.random_range(0..AGENT_COUNT))
        };
        let zone = agent.unwrap_or(rng.random_range(0..AGENT_COUNT)) % AGENT_ZONES.len();
        let created = if rng.random_range(0..4) == 0 && !special[zone].is_empty() {
            let s = &special[zone];
            let at = s[rng.random_range(0..s.len())];
            (at + rng.random_range(-3 * 3_600..3 * 3_600)).clamp(start, end - 3_600)
        } else {
            rng.random_range(start..end - 3_600)
        };
        Opening {
            created,
            agent: agent.map(|a| a as u16),
            zone: zone as u8,
        }
    }

    /// The next chunk of at most `max_tickets` tickets (the first chunk also
    /// has the agents and customers), or `None` when all are generated.
    pub fn next_chunk(&mut self, max_tickets: usize) -> Option<Chunk> {
        if self.done >= self.total && self.started {
            return None;
        }
        let mut tables = Vec::new();
        if !self.started {
            self.started = true;
            tables.push(self.agent_rows());
            tables.push(self.customer_rows());
        }
        let n = max_tickets.max(1).min(self.total - self.done);
        let mut tickets = Table::new(
            "tickets",
            &[
                "id",
                "customer_id",
                "agent_id",
                "subject",
                "status",
                "priority",
                "created_at",
                "first_response_at",
                "resolved_at",
                "updated_at",
                "due_on",
                "sla",
            ],
        );
        let mut comments = Table::new(
            "comments",
            &["id", "ticket_id", "agent_id", "body", "created_at"],
        );
        let mut events = Table::new("ticket_events", &["id", "ticket_id", "kind", "at"]);
        let mut tags = Table::new("tags", &["ticket_id", "tag"]);
        for _ in 0..n {
            self.done += 1;
            let id = self.done as u64;
            self.ticket(id, &mut tickets, &mut comments, &mut events, &mut tags);
        }
        tables.extend(
            [tickets, comments, events, tags]
                .into_iter()
                .filter(|t| !t.rows.is_empty()),
        );
        Some(Chunk { tables, tickets: n })
    }

    fn agent_rows(&mut self) -> Table {
        let mut t = Table::new("agents", &["id", "name", "email", "time_zone", "active"]);
        for i in 0..self.agents() {
            let name = AGENT_NAMES[i % AGENT_NAMES.len()];
            t.rows.push(vec![
                Some((i + 1).to_string()),
                Some(name.to_string()),
                Some(format!("{}.{}@support.example", name.to_lowercase(), i + 1)),
                Some(AGENT_ZONES[i % AGENT_ZONES.len()].to_string()),
                Some(if i % 8 == 7 { "false" } else { "true" }.to_string()),
            ]);
        }
        t
    }

    fn customer_rows(&mut self) -> Table {
        let mut t = Table::new("customers", &["id", "name", "email", "plan", "created_at"]);
        let since = self.start - 2 * 365 * 86_400;
        let mut signups: Vec<(i64, &str)> = (0..self.customers)
            .map(|_| {
                let plan = match self.rng.random_range(0..10) {
                    0..=4 => "free",
                    5..=8 => "pro",
                    _ => "enterprise",
                };
                (self.rng.random_range(since..self.end - 86_400), plan)
            })
            .collect();
        // Numbered in sign-up order.
        signups.sort_by_key(|s| s.0);
        for (i, (at, plan)) in (1..).zip(signups) {
            t.rows.push(vec![
                Some(i.to_string()),
                Some(format!("Customer {i}")),
                Some(format!("ops{i}@customer{}.example", i % 97)),
                Some(plan.to_string()),
                Some(timestamptz_text(at, 0)),
            ]);
        }
        t
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.rng.random_range(0..items.len())]
    }

    /// A delay in seconds from a mixture of minutes, hours and days.
    fn delay(&mut self, weights: [u32; 4]) -> i64 {
        let total: u32 = weights.iter().sum();
        let mut r = self.rng.random_range(0..total);
        let ranges = [
            (60, 3_600),
            (3_600, 8 * 3_600),
            (8 * 3_600, 2 * 86_400),
            (2 * 86_400, 12 * 86_400),
        ];
        for (w, (lo, hi)) in weights.iter().zip(ranges) {
            if r < *w {
                return self.rng.random_range(lo..hi);
            }
            r -= w;
        }
        3_600
    }

    fn ticket(
        &mut self,
        id: u64,
        tickets: &mut Table,
        comments: &mut Table,
        events: &mut Table,
        tags: &mut Table,
    ) {
        let Opening {
            created,
            agent,
            zone,
        } = self.schedule[id as usize - 1];
        let agent = agent.map(usize::from);
        let zone = tz(AGENT_ZONES[usize::from(zone)]);
        let end = self.end;
        let mut r = self.rng.random_range(0..100);
        let mut priority = "normal";
        for (p, w) in PRIORITIES {
            if r < *w {
                priority = p;
                break;
            }
            r -= w;
        }
        let customer = self.rng.random_range(1..=self.customers);
        let enterprise_fast = customer % 10 == 0;
        let sla = match priority {
            "urgent" => "4 hours",
            "high" => "1 day",
            "normal" if enterprise_fast => "2 days",
            "normal" => "3 days",
            _ => "1 mon",
        };
        let mut subject = format!("{} {}", self.pick(PROBLEMS), self.pick(OBJECTS));
        subject = subject.trim_end().to_string();
        // Event times, in order.
        let mut evs: Vec<(&str, i64, u32)> = vec![("opened", created, 0)];
        if agent.is_some() {
            evs.push(("assigned", created + self.rng.random_range(30..1_800), 0));
        }
        let responded = if self.rng.random_range(0..100) < 92 {
            let at = created + self.delay([40, 35, 20, 5]);
            Some((at, self.rng.random_range(0..1_000_000u32)))
        } else {
            None
        };
        if let Some((at, us)) = responded.filter(|r| r.0 < end) {
            evs.push(("responded", at, us));
        }
        let base = responded.map_or(created, |r| r.0);
        let mut resolved = if self.rng.random_range(0..100) < 80 {
            Some(base + self.delay([15, 35, 30, 20]))
        } else {
            None
        };
        if let Some(at) = resolved {
            if at >= end {
                resolved = None;
            } else {
                evs.push(("resolved", at, 0));
                if self.rng.random_range(0..100) < 6 {
                    let reopened = at + self.rng.random_range(3_600..12 * 86_400);
                    if reopened < end {
                        evs.push(("reopened", reopened, 0));
                        let again = reopened + self.delay([10, 40, 40, 10]);
                        if again < end {
                            evs.push(("resolved", again, 0));
                            resolved = Some(again);
                        } else {
                            resolved = None;
                        }
                    }
                }
            }
        }
        let status = match (resolved, self.rng.random_range(0..10)) {
            (Some(_), 0..=5) => "resolved",
            (Some(_), _) => "closed",
            (None, 0..=6) => "open",
            (None, _) => "pending",
        };
        // Comments between creation and resolution (or the data's end).
        let until = resolved.unwrap_or(end - 1).max(created + 60);
        let mut times: Vec<i64> = (0..self.rng.random_range(0..6))
            .map(|_| self.rng.random_range(created..until))
            .collect();
        times.sort_unstable();
        let mut last = evs.iter().map(|e| e.1).max().unwrap_or(created);
        for at in times {
            let by_agent = agent.filter(|_| self.rng.random_range(0..10) < 6);
            let body = self.pick(BODIES);
            comments.rows.push(vec![
                Some(self.next_comment.to_string()),
                Some(id.to_string()),
                by_agent.map(|a| (a + 1).to_string()),
                Some(body.to_string()),
                Some(timestamptz_text(at, 0)),
            ]);
            self.next_comment += 1;
            last = last.max(at);
        }
        for (kind, at, us) in &evs {
            events.rows.push(vec![
                Some(self.next_event.to_string()),
                Some(id.to_string()),
                Some(kind.to_string()),
                Some(timestamptz_text(*at, *us)),
            ]);
            self.next_event += 1;
        }
        let mut chosen: Vec<&str> = Vec::new();
        for _ in 0..self.rng.random_range(0..4) {
            let t = self.pick(TAGS);
            if !chosen.contains(&t) {
                chosen.push(t);
            }
        }
        for t in chosen {
            tags.rows
                .push(vec![Some(id.to_string()), Some(t.to_string())]);
        }
        let due_on = if self.rng.random_range(0..2) == 0 {
            let d = local_date(created, &zone) + Duration::days(self.rng.random_range(1..15));
            Some(format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()))
        } else {
            None
        };
        tickets.rows.push(vec![
            Some(id.to_string()),
            Some(customer.to_string()),
            agent.map(|a| (a + 1).to_string()),
            Some(subject),
            Some(status.to_string()),
            Some(priority.to_string()),
            Some(timestamptz_text(created, 0)),
            responded
                .filter(|r| r.0 < end)
                .map(|(at, us)| timestamptz_text(at, us)),
            resolved.map(|at| timestamptz_text(at, 0)),
            Some(timestamp_text(last)),
            due_on,
            Some(sla.to_string()),
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_rows_whatever_the_chunk_size() {
        let rows = |chunk: usize| {
            let mut g = Generator::new(3, 250);
            let mut all = Vec::new();
            while let Some(c) = g.next_chunk(chunk) {
                for t in c.tables {
                    all.extend(t.rows.into_iter().map(|r| (t.name, r)));
                }
            }
            all.sort();
            all
        };
        let a = rows(250);
        assert_eq!(a, rows(7));
        assert!(a.iter().filter(|r| r.0 == "tickets").count() == 250);
    }

    #[test]
    fn every_zone_has_its_offset_changes() {
        let (s, e) = (parse_utc(DATA_START), parse_utc(DATA_END));
        let changes = |z: &str| offset_changes(&tz(z), s, e).len();
        // Two changes a year where DST is kept; none in Kolkata, and none
        // in São Paulo, which dropped DST in 2019.
        for z in ["America/New_York", "Europe/Berlin", "Australia/Sydney"] {
            assert_eq!(changes(z), 4, "{z}");
        }
        assert_eq!(changes("Asia/Kolkata"), 0);
        assert_eq!(changes("America/Sao_Paulo"), 0);
    }
}
