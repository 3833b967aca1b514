-- The schema of `pgshim diff`'s test (cli/tests/cli.rs): an events table,
-- and two things of the app's own that only PostgreSQL runs, so that the
-- run shows its failures: a SQL function the queries call, and a trigger
-- that changes what is stored.
CREATE TABLE events (
  id serial PRIMARY KEY,
  title text NOT NULL,
  at timestamptz NOT NULL,
  took interval
);
CREATE FUNCTION short_title(t text) RETURNS text
  LANGUAGE sql IMMUTABLE AS $$ SELECT left(t, 6) $$;
CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.title := upper(NEW.title);
  RETURN NEW;
END $$;
CREATE TRIGGER events_shout BEFORE UPDATE ON events
  FOR EACH ROW WHEN (NEW.title LIKE 'a%') EXECUTE FUNCTION shout();
