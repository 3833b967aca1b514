-- SQL as ORMs and BI tools send it to PostgreSQL (shapes read from the
-- PostgreSQL backends of Django, Rails' ActiveRecord and groupdate,
-- SQLAlchemy, Grafana's macros and Metabase's driver; values filled in as a
-- client-side-binding driver renders them), against a tickets table.
-- Rails' t.datetime is timestamp(6) without time zone.
CREATE TABLE tickets (id serial PRIMARY KEY, created_at timestamptz, due_on date, updated_at timestamp(6) without time zone, title text, priority int, price numeric(10,2));
INSERT INTO tickets (created_at, due_on, updated_at, title, priority, price) VALUES
  ('2024-03-10 06:30:00+00', '2024-03-15', '2024-03-10 07:00:00', 'printer jam', 1, 10.50),
  ('2024-11-03 05:30:00+00', '2024-11-04', '2024-11-03 06:00:00.5', 'VPN drops', 2, 3.25),
  ('2023-12-31 23:59:59.5+00', NULL, NULL, 'old printer', 3, NULL),
  ('2024-03-10 00:04:59+00', '2024-03-10', '2024-03-10 00:05:00.123456', 'Printer toner', 2, 99.99),
  ('2024-02-29 12:00:00+00', '2024-12-29', '2024-02-29 12:00:00', 'leap', 1, 0.01);
CREATE TABLE ticket_stats (score float8, whole int, rounded numeric(10,1), day date, label text);

-- case: django_01
-- created_at__year=2024: YearExact uses BETWEEN with datetime bounds (year_lookup_bounds_for_datetime_field)
-- zone: UTC
SELECT "tickets"."id", "tickets"."created_at", "tickets"."title" FROM "tickets" WHERE "tickets"."created_at" BETWEEN '2024-01-01 00:00:00+00:00'::timestamptz AND '2024-12-31 23:59:59.999999+00:00'::timestamptz;

-- case: django_02
-- due_on__year=2024 (DateField): BETWEEN with date bounds
-- zone: America/New_York
SELECT "tickets"."id" FROM "tickets" WHERE "tickets"."due_on" BETWEEN '2024-01-01'::date AND '2024-12-31'::date;

-- case: django_03
-- created_at__year__gt=2024: YearGt compares with the end-of-year bound
-- zone: UTC
SELECT "tickets"."id" FROM "tickets" WHERE "tickets"."created_at" > '2024-12-31 23:59:59.999999+00:00'::timestamptz;

-- case: django_04
-- created_at__iso_year=2024: ISO-year bounds (Mon 2024-01-01 .. Sun 2024-12-29)
-- zone: America/New_York
SELECT "tickets"."id" FROM "tickets" WHERE "tickets"."created_at" BETWEEN '2024-01-01 00:00:00+00:00'::timestamptz AND '2024-12-29 23:59:59.999999+00:00'::timestamptz;

-- case: django_05
-- __month=3, Django>=4.2 (4.1 renders EXTRACT('month' FROM ...) via a bind param; 4.0 and earlier interpolate EXTRACT('month' FROM ...))
-- zone: UTC
SELECT "tickets"."id" FROM "tickets" WHERE EXTRACT(MONTH FROM "tickets"."created_at" AT TIME ZONE 'UTC') = 3;

-- case: django_06
-- __week_day=2 (Sunday=1..Saturday=7) date_extract_sql("week_day")
-- zone: America/New_York
SELECT "tickets"."id" FROM "tickets" WHERE EXTRACT(DOW FROM "tickets"."created_at" AT TIME ZONE 'UTC') + 1 = 2;

-- case: django_07
-- __iso_week_day=1
-- zone: UTC
SELECT "tickets"."id" FROM "tickets" WHERE EXTRACT(ISODOW FROM "tickets"."created_at" AT TIME ZONE 'UTC') = 1;

-- case: django_08
-- __quarter=1
-- zone: America/New_York
SELECT "tickets"."id" FROM "tickets" WHERE EXTRACT(QUARTER FROM "tickets"."created_at" AT TIME ZONE 'UTC') = 1;

-- case: django_09
-- due_on__week=10 (DateField: no AT TIME ZONE)
-- zone: UTC
SELECT "tickets"."id" FROM "tickets" WHERE EXTRACT(WEEK FROM "tickets"."due_on") = 10;

-- case: django_10
-- annotate(iy=ExtractIsoYear("created_at"))
-- zone: America/New_York
SELECT EXTRACT(ISOYEAR FROM "tickets"."created_at" AT TIME ZONE 'UTC') AS "iy" FROM "tickets";

-- case: django_11
-- ExtractSecond: datetime_extract_sql("second") truncates fractional seconds
-- zone: UTC
SELECT EXTRACT(SECOND FROM DATE_TRUNC('second', "tickets"."created_at" AT TIME ZONE 'UTC')) AS "s" FROM "tickets";

-- case: django_12
-- __date: datetime_cast_date_sql -> (x AT TIME ZONE %s)::date
-- zone: America/New_York
SELECT "tickets"."id" FROM "tickets" WHERE ("tickets"."created_at" AT TIME ZONE 'UTC')::date = '2024-03-10'::date;

-- case: django_13
-- __time: datetime_cast_time_sql -> (x AT TIME ZONE %s)::time
-- zone: UTC
SELECT "tickets"."id" FROM "tickets" WHERE ("tickets"."created_at" AT TIME ZONE 'UTC')::time < '12:00:00'::time;

-- case: django_14
-- TruncMonth(tzinfo=NY) + Count: datetime_trunc_sql -> DATE_TRUNC(%s, x AT TIME ZONE %s)
-- zone: America/New_York
SELECT DATE_TRUNC('month', "tickets"."created_at" AT TIME ZONE 'America/New_York') AS "month", COUNT("tickets"."id") AS "n" FROM "tickets" GROUP BY DATE_TRUNC('month', "tickets"."created_at" AT TIME ZONE 'America/New_York');

-- case: django_15
-- tz 'UTC+05:00' passed through _prepare_tzname_delta (sign flipped for POSIX)
-- zone: UTC
SELECT DATE_TRUNC('day', "tickets"."created_at" AT TIME ZONE 'UTC-05:00') AS "d" FROM "tickets";

-- case: django_16
-- TruncDate (datetime_cast_date_sql). Newer Django can group by select index; older repeats the expression
-- zone: America/New_York
SELECT ("tickets"."created_at" AT TIME ZONE 'UTC')::date AS "day", COUNT(*) AS "n" FROM "tickets" GROUP BY 1;

-- case: django_17
-- time_trunc_sql shape DATE_TRUNC(%s, x)::time (TruncHour whose output_field is a TimeField)
-- zone: UTC
SELECT DATE_TRUNC('hour', "tickets"."created_at" AT TIME ZONE 'UTC')::time AS "h" FROM "tickets";

-- case: django_18
-- F("updated_at") + timedelta(days=1, hours=2): native interval param (psycopg3 text; psycopg2 gives '1 days 7200.000000 seconds'::interval)
-- zone: America/New_York
SELECT "tickets"."id" FROM "tickets" WHERE "tickets"."created_at" < ("tickets"."updated_at" + '1 day 2:00:00'::interval);

-- case: django_19
-- subtract_temporals(DateField): (interval '1 day' * (lhs - rhs))
-- zone: UTC
SELECT (interval '1 day' * ("tickets"."due_on" - ("tickets"."created_at" AT TIME ZONE 'UTC')::date)) AS "days_left" FROM "tickets";

-- case: django_20
-- __icontains: lookup_cast -> UPPER(%s::text), operators['icontains'] = 'LIKE UPPER(%s)'
-- zone: America/New_York
SELECT "tickets"."id" FROM "tickets" WHERE UPPER("tickets"."title"::text) LIKE UPPER('%printer%');

-- case: django_21
-- .distinct("priority") -> distinct_sql DISTINCT ON (...)
-- zone: UTC
SELECT DISTINCT ON ("tickets"."priority") "tickets"."id", "tickets"."priority" FROM "tickets" ORDER BY "tickets"."priority" ASC, "tickets"."created_at" DESC;

-- case: django_22
-- save(): return_insert_columns -> RETURNING "table"."col" (no currval since 3.0)
-- zone: America/New_York
INSERT INTO "tickets" ("created_at", "due_on", "updated_at", "title", "priority", "price") VALUES ('2024-03-10 10:00:00.123456+00:00'::timestamptz, '2024-03-15'::date, '2024-03-10 10:00:00.123456'::timestamp, 'Printer jam', 2, 19.99) RETURNING "tickets"."id";

-- case: django_23
-- bulk_create(update_conflicts=True, unique_fields=["id"]) (operations.py on_conflict_suffix_sql; VALUES list up to 5.1)
-- zone: UTC
INSERT INTO "tickets" ("id", "title", "priority") VALUES (1, 'A', 1), (2, 'B', 3) ON CONFLICT("id") DO UPDATE SET "title" = EXCLUDED."title", "priority" = EXCLUDED."priority" RETURNING "tickets"."id";

-- case: django_24
-- bulk_create(ignore_conflicts=True)
-- zone: America/New_York
INSERT INTO "tickets" ("title") VALUES ('A'), ('B') ON CONFLICT DO NOTHING;

-- case: rails_01
-- Ticket.find(1) (wire text: = $1 LIMIT $2)
-- zone: UTC
SELECT "tickets".* FROM "tickets" WHERE "tickets"."id" = 1 LIMIT 1;

-- case: rails_02
-- create: sql_for_insert appends RETURNING "pk"; timestamps quoted without zone, .usec only if > 0
-- zone: America/New_York
INSERT INTO "tickets" ("created_at", "updated_at", "title", "priority", "price") VALUES ('2024-03-10 10:00:00.123456', '2024-03-10 10:00:00.123456', 'Printer jam', 2, 19.99) RETURNING "id";

-- case: rails_03
-- save on an existing record (whole second, so no fractional part)
-- zone: UTC
UPDATE "tickets" SET "title" = 'Printer fixed', "updated_at" = '2024-03-10 11:00:00' WHERE "tickets"."id" = 1;

-- case: rails_04
-- where(created_at: t1..t2) inclusive Range -> Arel Between
-- zone: America/New_York
SELECT "tickets".* FROM "tickets" WHERE "tickets"."created_at" BETWEEN '2024-03-01 00:00:00' AND '2024-03-31 23:59:59.999999';

-- case: rails_05
-- where(created_at: t1...t2) exclusive Range -> >= AND <
-- zone: UTC
SELECT "tickets".* FROM "tickets" WHERE "tickets"."created_at" >= '2024-03-01 00:00:00' AND "tickets"."created_at" < '2024-04-01 00:00:00';

-- case: rails_06
-- endless range where(created_at: t1..); beginless ..t2 -> <= / ...t2 -> <
-- zone: America/New_York
SELECT "tickets".* FROM "tickets" WHERE "tickets"."created_at" >= '2024-03-01 00:00:00';

-- case: rails_07
-- where(due_on: Date) (date quoted as 'YYYY-MM-DD')
-- zone: UTC
SELECT "tickets".* FROM "tickets" WHERE "tickets"."due_on" = '2024-03-15';

-- case: rails_08
-- where("created_at > ?", 1.day.ago): sanitize_sql -> quoted_date, string conditions wrapped in ()
-- zone: America/New_York
SELECT "tickets".* FROM "tickets" WHERE (created_at > '2024-03-09 10:00:00.123456');

-- case: rails_09
-- .exists?
-- zone: UTC
SELECT 1 AS one FROM "tickets" WHERE "tickets"."priority" = 2 LIMIT 1;

-- case: rails_10
-- group(:priority).count
-- zone: America/New_York
SELECT COUNT(*) AS "count_all", "tickets"."priority" AS "tickets_priority" FROM "tickets" GROUP BY "tickets"."priority";

-- case: groupdate_01
-- group_by_day(:created_at, time_zone: "America/New_York").count (v6 :day/:month/:quarter/:year -> DATE_TRUNC(?, col::timestamptz AT TIME ZONE ?)::date)
-- zone: UTC
SELECT COUNT(*) AS "count_all", DATE_TRUNC('day', "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York')::date AS "date_trunc_day_tickets_created_at_timestamptz_at_time_zone_amer" FROM "tickets" WHERE ("tickets"."created_at" IS NOT NULL) GROUP BY DATE_TRUNC('day', "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York')::date;

-- case: groupdate_02
-- group_by_month(range: t1...t2): base_adapter where_clause "col >= ? AND col < ?" (exclusive range; inclusive uses <=)
-- zone: America/New_York
SELECT COUNT(*) FROM "tickets" WHERE ("tickets"."created_at" >= '2024-03-01 05:00:00' AND "tickets"."created_at" < '2024-04-01 04:00:00') GROUP BY DATE_TRUNC('month', "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York')::date;

-- case: groupdate_03
-- group_by_week (week_start :sunday -> 13 - 6 = 7; :monday gives 13)
-- zone: UTC
SELECT COUNT(*) FROM "tickets" GROUP BY (DATE_TRUNC('day', "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York' - INTERVAL '1 day' * ((7 + EXTRACT(DOW FROM "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York')::integer) % 7)))::date;

-- case: groupdate_04
-- group_by_hour / minute / second: DATE_TRUNC(?, ...) AT TIME ZONE ? (returns timestamptz)
-- zone: America/New_York
SELECT COUNT(*) FROM "tickets" GROUP BY DATE_TRUNC('hour', "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York') AT TIME ZONE 'America/New_York';

-- case: groupdate_05
-- group_by_day_of_week (0 = Sunday)
-- zone: UTC
SELECT COUNT(*) FROM "tickets" GROUP BY EXTRACT(DOW FROM "tickets"."created_at"::timestamptz AT TIME ZONE 'Etc/UTC')::integer;

-- case: groupdate_06
-- group_by_hour_of_day(day_start: 2): "#{day_start} second" interval parameter
-- zone: America/New_York
SELECT COUNT(*) FROM "tickets" GROUP BY EXTRACT(HOUR FROM "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York' - INTERVAL '7200 second')::integer;

-- case: groupdate_07
-- group_by_month_of_year (also MINUTE / DAY / DOY variants)
-- zone: UTC
SELECT COUNT(*) FROM "tickets" GROUP BY EXTRACT(MONTH FROM "tickets"."created_at"::timestamptz AT TIME ZONE 'America/New_York')::integer;

-- case: groupdate_08
-- group_by_period(:custom, n: 900) (n_seconds)
-- zone: America/New_York
SELECT COUNT(*) FROM "tickets" GROUP BY TO_TIMESTAMP(FLOOR(EXTRACT(EPOCH FROM "tickets"."created_at"::timestamptz) / 900) * 900);

-- case: groupdate_09
-- groupdate v4 relation_builder shape (day_start 0 cleaned): (DATE_TRUNC('p', (col::timestamptz - INTERVAL 'n second') AT TIME ZONE ?) + INTERVAL 'n second') AT TIME ZONE ?
-- zone: UTC
SELECT COUNT(*) FROM "tickets" GROUP BY (DATE_TRUNC('month', ("tickets"."created_at"::timestamptz) AT TIME ZONE 'America/New_York')) AT TIME ZONE 'America/New_York';

-- case: sqlalchemy_01
-- select(t).where(t.c.created_at >= dt1, t.c.created_at < dt2) via psycopg2 (driver renders the timestamptz literal)
-- zone: America/New_York
SELECT tickets.id, tickets.created_at, tickets.title FROM tickets WHERE tickets.created_at >= '2024-03-01T00:00:00+00:00'::timestamptz AND tickets.created_at < '2024-04-01T00:00:00+00:00'::timestamptz;

-- case: sqlalchemy_02
-- same via psycopg3/asyncpg: bind casts %(created_at_1)s::TIMESTAMP WITH TIME ZONE, %(due_on_1)s::DATE ($1/$2 on the wire)
-- zone: UTC
SELECT tickets.id FROM tickets WHERE tickets.created_at >= '2024-03-01 00:00:00+00:00'::TIMESTAMP WITH TIME ZONE AND tickets.due_on = '2024-03-15'::DATE;

-- case: sqlalchemy_03
-- column.between(a, b)
-- zone: America/New_York
SELECT tickets.id FROM tickets WHERE tickets.created_at BETWEEN '2024-03-01T00:00:00+00:00'::timestamptz AND '2024-03-31T23:59:59+00:00'::timestamptz;

-- case: sqlalchemy_04
-- extract("month", col): generic compiler, bare lower-case field, no cast (SA >= 1.0)
-- zone: UTC
SELECT EXTRACT(month FROM tickets.created_at) AS month, count(tickets.id) AS count_1 FROM tickets GROUP BY EXTRACT(month FROM tickets.created_at);

-- case: sqlalchemy_05
-- legacy SA 0.6/0.7 PGCompiler.visit_extract added ::timestamp / ::date / ::interval / ::time by type affinity
-- zone: America/New_York
SELECT EXTRACT(dow FROM tickets.created_at::timestamp) AS anon_1 FROM tickets;

-- case: sqlalchemy_06
-- func.date_trunc("day", col): the unit is a bound param (%(date_trunc_1)s::VARCHAR). With server-side binding the two $n params make GROUP BY fail unless literal_column/literal_binds is used
-- zone: UTC
SELECT date_trunc('day'::VARCHAR, tickets.created_at) AS date_trunc_1, count(*) AS count_1 FROM tickets GROUP BY date_trunc('day'::VARCHAR, tickets.created_at);

-- case: sqlalchemy_07
-- func.timezone(tz, col) (generic function rendering, lower-case name)
-- zone: America/New_York
SELECT timezone('America/New_York', tickets.created_at) AS timezone_1 FROM tickets;

-- case: sqlalchemy_08
-- col.op("AT TIME ZONE")("UTC")
-- zone: UTC
SELECT (tickets.created_at AT TIME ZONE 'UTC') AS local_ts FROM tickets;

-- case: sqlalchemy_09
-- cast(col, Date) -> CAST(x AS DATE) (no :: cast syntax)
-- zone: America/New_York
SELECT CAST(tickets.created_at AS DATE) AS anon_1 FROM tickets WHERE CAST(tickets.created_at AS DATE) = '2024-03-10'::DATE;

-- case: sqlalchemy_10
-- col.ilike() -> ILIKE; .limit/.offset -> LIMIT %(param_1)s OFFSET %(param_2)s
-- zone: UTC
SELECT tickets.id FROM tickets WHERE tickets.title ILIKE '%printer%' ORDER BY tickets.created_at DESC LIMIT 10 OFFSET 20;

-- case: sqlalchemy_11
-- ORM flush / insert().returning: implicit RETURNING of the PK (seen in echo logs)
-- zone: America/New_York
INSERT INTO tickets (title, priority, created_at) VALUES ('Printer jam', 2, '2024-03-10T10:00:00+00:00'::timestamptz) RETURNING tickets.id;

-- case: sqlalchemy_12
-- 2.0 "insertmanyvalues" with sort_by_parameter_order (ORM bulk add_all)
-- zone: UTC
INSERT INTO tickets (title, priority) SELECT p0::VARCHAR, p1::INTEGER FROM (VALUES ('A'::VARCHAR, 1::INTEGER, 0), ('B'::VARCHAR, 2::INTEGER, 1)) AS imp_sen(p0, p1, sen_counter) ORDER BY sen_counter RETURNING tickets.id, tickets.id AS id__1;

-- case: sqlalchemy_13
-- postgresql.insert(t).on_conflict_do_update(index_elements=["id"], set_={"title": stmt.excluded.title}) (dialects/postgresql/dml.py)
-- zone: America/New_York
INSERT INTO tickets (id, title) VALUES (1, 'A') ON CONFLICT (id) DO UPDATE SET title = excluded.title;

-- case: grafana_01
-- $__time(created_at), $__timeFilter(created_at)
-- zone: UTC
SELECT created_at AS "time", priority AS "value" FROM tickets WHERE created_at BETWEEN '2024-03-10T00:00:00Z' AND '2024-03-10T06:00:00.5Z' ORDER BY 1;

-- case: grafana_02
-- $__timeGroupAlias(created_at,5m) (also chosen automatically when $__timeGroup(...) is directly followed by ',')
-- zone: America/New_York
SELECT floor(extract(epoch from created_at)/300)*300 AS "time", count(id) AS "value" FROM tickets WHERE created_at BETWEEN '2024-03-10T00:00:00Z' AND '2024-03-10T06:00:00Z' GROUP BY 1 ORDER BY 1;

-- case: grafana_03
-- $__timeEpoch(created_at), $__timeFrom(), $__timeTo()
-- zone: UTC
SELECT extract(epoch from created_at) as "time", price AS "value" FROM tickets WHERE created_at >= '2024-03-10T00:00:00Z' AND created_at <= '2024-03-10T06:00:00Z';

-- case: grafana_04
-- $__unixEpochGroupAlias(expr,1h) and $__unixEpochFilter(expr) (integer Unix seconds; the *Nano* variants use nanoseconds)
-- zone: America/New_York
SELECT floor((extract(epoch from created_at))/3600)*3600 AS "time", count(*) AS "value" FROM tickets WHERE extract(epoch from created_at) >= 1710028800 AND extract(epoch from created_at) <= 1710050400 GROUP BY 1 ORDER BY 1;

-- case: metabase_01
-- breakout created_at:month (date-trunc; timestamptz so no CAST). Metabase also prepends a "-- Metabase:: userID: ... queryType: MBQL queryHash: ..." comment line (recalled)
-- zone: UTC
SELECT DATE_TRUNC('month', "public"."tickets"."created_at") AS "created_at", COUNT(*) AS "count" FROM "public"."tickets" GROUP BY DATE_TRUNC('month', "public"."tickets"."created_at") ORDER BY DATE_TRUNC('month', "public"."tickets"."created_at") ASC;

-- case: metabase_02
-- :week with start-of-week Sunday vs db-start-of-week Monday: adjust-start-of-week via add-interval-honeysql-form
-- zone: America/New_York
SELECT (DATE_TRUNC('week', ("public"."tickets"."created_at" + INTERVAL '1 day')) + INTERVAL '-1 day') AS "created_at", COUNT(*) AS "count" FROM "public"."tickets" GROUP BY (DATE_TRUNC('week', ("public"."tickets"."created_at" + INTERVAL '1 day')) + INTERVAL '-1 day') ORDER BY 1 ASC;

-- case: metabase_03
-- :day -> h2x/->date (newer builds wrap it in maybe-cast to the column's database type); the UI adds LIMIT 2000
-- zone: UTC
SELECT CAST("public"."tickets"."created_at" AS date) AS "created_at", COUNT(*) AS "count" FROM "public"."tickets" GROUP BY CAST("public"."tickets"."created_at" AS date) ORDER BY CAST("public"."tickets"."created_at" AS date) ASC LIMIT 2000;

-- case: metabase_04
-- :day-of-week: (extract-integer :dow) + 1, then adjust-day-of-week (no offset change when start-of-week is Sunday)
-- zone: America/New_York
SELECT CAST(extract(dow from "public"."tickets"."created_at") AS integer) + 1 AS "created_at", COUNT(*) AS "count" FROM "public"."tickets" GROUP BY 1;

-- case: metabase_05
-- :hour-of-day / :quarter-of-year / :day-of-year / :week-of-year-iso (extract-integer = CAST(extract(u from x) AS integer))
-- zone: UTC
SELECT CAST(extract(hour from "public"."tickets"."created_at") AS integer) AS "h", CAST(extract(quarter from "public"."tickets"."created_at") AS integer) AS "q", CAST(extract(doy from "public"."tickets"."created_at") AS integer) AS "doy", CAST(extract(week from "public"."tickets"."created_at") AS integer) AS "isoweek" FROM "public"."tickets";

-- case: metabase_06
-- timestamp-without-tz column: type is in the no-cast set, so DATE_TRUNC is applied directly
-- zone: America/New_York
SELECT DATE_TRUNC('month', "public"."tickets"."updated_at") AS "updated_at" FROM "public"."tickets";

-- case: metabase_07
-- date column: (h2x/cast "date" [:date_trunc 'month' x]) since date_trunc returns a timestamp
-- zone: UTC
SELECT CAST(DATE_TRUNC('month', "public"."tickets"."due_on") AS date) AS "due_on" FROM "public"."tickets";

-- case: metabase_08
-- add-interval-honeysql-form: date + interval cast back to date; :quarter becomes 3 month
-- zone: America/New_York
SELECT CAST(("public"."tickets"."due_on" + INTERVAL '7 day') AS date) AS "d", ("public"."tickets"."created_at" + INTERVAL '3 month') AS "q" FROM "public"."tickets";

-- case: metabase_09
-- convertTimezone custom expression: [:timezone target (:timezone source expr) for non-tz types]; zone strings are JDBC ? params
-- zone: UTC
SELECT TIMEZONE('America/New_York', "public"."tickets"."created_at") AS "local", TIMEZONE('America/New_York', TIMEZONE('UTC', "public"."tickets"."updated_at")) AS "local2" FROM "public"."tickets";

-- case: metabase_10
-- unix-timestamp->honeysql :seconds coercion (tagged timestamptz)
-- zone: America/New_York
SELECT TO_TIMESTAMP("public"."tickets"."priority") AS "ts" FROM "public"."tickets";

-- case: extract_field_as_string
-- Django <= 4.1 interpolates the field as a string constant.
-- zone: America/New_York
SELECT EXTRACT('month' FROM created_at) AS m, EXTRACT('DOW' FROM due_on) AS d, EXTRACT('epoch' FROM created_at) AS e, EXTRACT('isoyear' FROM updated_at) AS iy FROM tickets ORDER BY id;

-- case: date_function_form
-- Rails' .group("DATE(created_at)"): date(timestamptz) in the session zone.
-- zone: America/New_York
SELECT DATE(created_at) AS day, count(*) AS n FROM tickets GROUP BY DATE(created_at) ORDER BY 1;

-- case: date_function_of_each_type
-- zone: Asia/Kolkata
SELECT date(created_at) AS a, date(updated_at) AS b, date(due_on) AS c, date('2024-03-10 23:30-10') AS lit, date(text '2024-01-01') AS t, date(NULL) AS n FROM tickets ORDER BY id;

-- case: date_function_of_integer_does_not_exist
SELECT date(priority) AS d FROM tickets;

-- case: timestamptz_function_forms
-- zone: America/New_York
SELECT timestamptz(due_on) AS a, timestamptz(updated_at) AS b, timestamptz(due_on, time '02:30') AS c, timestamptz('2024-03-10', time '02:30') AS d FROM tickets ORDER BY id;

-- case: timestamptz_date_untyped_time_is_not_unique
SELECT timestamptz(due_on, '10:00') AS a FROM tickets;

-- case: schema_qualified_columns
-- zone: America/New_York
SELECT "public"."tickets"."id", public.tickets.title, pg_catalog.date_trunc('day', "public"."tickets"."created_at") AS d FROM "public"."tickets" WHERE public.tickets.priority = 2 ORDER BY public.tickets.id;

-- case: schema_qualified_join
SELECT public.tickets.id, b.id AS other FROM public.tickets JOIN public.tickets AS b ON b.priority = public.tickets.priority AND b.id <> public.tickets.id ORDER BY 1, 2;

-- case: other_schema_refused
-- expect: unsupported
SELECT other.tickets.id FROM tickets;

-- case: insert_select_converts_by_assignment
-- zone: America/New_York
INSERT INTO ticket_stats SELECT price, price, price, created_at, created_at FROM tickets WHERE price IS NOT NULL;

-- case: insert_select_converted_values
SELECT score, whole, rounded, day, label FROM ticket_stats ORDER BY score;

-- case: insert_select_aggregates_into_double
INSERT INTO ticket_stats (score, whole) SELECT avg(price), avg(priority) FROM tickets RETURNING score, whole;

-- case: insert_select_numeric_literal_into_double
INSERT INTO ticket_stats (score, rounded) SELECT 10.0 / 3, 10.0 / 3 RETURNING score, rounded;

-- case: insert_select_ordered_by_source_column
INSERT INTO ticket_stats (score, label) SELECT price, due_on FROM tickets ORDER BY id DESC LIMIT 2 RETURNING score, label;

-- case: insert_select_distinct_conversion_refused
-- expect: unsupported
INSERT INTO ticket_stats (whole) SELECT DISTINCT price FROM tickets;

-- case: insert_select_ordered_by_converted_refused
-- expect: unsupported
INSERT INTO ticket_stats (whole) SELECT price FROM tickets ORDER BY 1;
