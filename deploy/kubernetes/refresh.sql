-- The ticket app's nightly refresh, run by refresh-cronjob.yaml with psql
-- over the network (`psql -v ON_ERROR_STOP=1 -f refresh.sql`): it closes
-- tickets resolved more than 7 days ago and rebuilds agent_daily_summary,
-- each agent's tickets per local day in the agent's own time zone.
-- The ConfigMap in refresh-cronjob.yaml holds a copy of this file
-- (cli/tests/deploy.rs checks the two are identical and runs it).
BEGIN;

UPDATE tickets
SET status = 'closed',
    updated_at = now() AT TIME ZONE 'UTC'
WHERE status = 'resolved'
  AND resolved_at < now() - interval '7 days';

CREATE TABLE IF NOT EXISTS agent_daily_summary (
  agent_id integer NOT NULL REFERENCES agents (id),
  local_day date NOT NULL,
  opened integer NOT NULL,
  resolved integer NOT NULL,
  mean_first_response interval,
  refreshed_at timestamptz NOT NULL,
  PRIMARY KEY (agent_id, local_day)
);

DELETE FROM agent_daily_summary;

INSERT INTO agent_daily_summary
  (agent_id, local_day, opened, resolved, mean_first_response, refreshed_at)
SELECT a.id,
       (t.created_at AT TIME ZONE a.time_zone)::date,
       count(*),
       count(t.resolved_at),
       avg(t.first_response_at - t.created_at),
       now()
FROM tickets t
JOIN agents a ON a.id = t.agent_id
GROUP BY a.id, (t.created_at AT TIME ZONE a.time_zone)::date;

COMMIT;
