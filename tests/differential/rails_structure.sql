-- A Rails 7 app's schema: the setup is what its migrations send to
-- PostgreSQL (create_table with t.references, t.datetime, t.timestamps,
-- t.jsonb, add_foreign_key), and pgshim imports the db/structure.sql that
-- Rails writes from it (pg_dump --schema-only, then the schema_migrations
-- rows), recorded beside this file as rails_structure.dump.sql.
CREATE TABLE "schema_migrations" ("version" character varying NOT NULL PRIMARY KEY);
CREATE TABLE "ar_internal_metadata" ("key" character varying NOT NULL PRIMARY KEY, "value" character varying, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE TABLE "users" ("id" bigserial primary key, "email" character varying NOT NULL, "name" character varying(80), "time_zone" character varying DEFAULT 'UTC' NOT NULL, "last_seen_at" timestamp(6), "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE UNIQUE INDEX "index_users_on_email" ON "users" ("email");
CREATE TABLE "tickets" ("id" bigserial primary key, "user_id" bigint NOT NULL, "subject" character varying NOT NULL, "status" integer DEFAULT 0 NOT NULL, "due_on" date, "closed_at" timestamp(6), "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL, CONSTRAINT "fk_rails_538a036fb9" FOREIGN KEY ("user_id") REFERENCES "users" ("id"));
CREATE INDEX "index_tickets_on_user_id" ON "tickets" ("user_id");
CREATE INDEX "index_tickets_on_status_and_created_at" ON "tickets" ("status", "created_at");
CREATE TABLE "events" ("id" bigserial primary key, "ticket_id" bigint NOT NULL, "payload" jsonb DEFAULT '{}' NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE INDEX "index_events_on_ticket_id" ON "events" ("ticket_id");
ALTER TABLE "events" ADD CONSTRAINT "fk_rails_0cb5590091" FOREIGN KEY ("ticket_id") REFERENCES "tickets" ("id");

-- case: insert_user
INSERT INTO "users" ("email", "name", "created_at", "updated_at") VALUES ('ana@example.com', 'Ana', '2024-03-10 07:30:00.123456', '2024-03-10 07:30:00.123456') RETURNING "id", "time_zone";

-- case: insert_ticket
INSERT INTO "tickets" ("user_id", "subject", "due_on", "created_at", "updated_at") VALUES (1, 'Printer', '2024-03-11', '2024-03-10 07:30:00.1234567', '2024-03-10 07:30:00') RETURNING "id", "status", "created_at";

-- case: datetime_precision_kept
SELECT "created_at", "updated_at" FROM "tickets" WHERE "id" = 1;

-- case: references_hold
INSERT INTO "tickets" ("user_id", "subject", "created_at", "updated_at") VALUES (99, 'Orphan', '2024-03-10', '2024-03-10');

-- case: unique_index_holds
INSERT INTO "users" ("email", "created_at", "updated_at") VALUES ('ana@example.com', '2024-03-10', '2024-03-10');

-- case: varchar_limit_holds
INSERT INTO "users" ("email", "name", "created_at", "updated_at") VALUES ('long@example.com', repeat('x', 81), '2024-03-10', '2024-03-10');

-- case: not_null_holds
INSERT INTO "tickets" ("user_id", "created_at", "updated_at") VALUES (1, '2024-03-10', '2024-03-10');

-- case: migrations_recorded
SELECT "version" FROM "schema_migrations" ORDER BY "version";

-- case: group_by_day
SELECT DATE("created_at") AS day, count(*) FROM "tickets" GROUP BY DATE("created_at") ORDER BY day;
