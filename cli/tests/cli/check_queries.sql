-- A migration author's report queries: some pgshim translates, some not.
SELECT date_trunc('week', opened_at) AS week, count(*) FROM tickets GROUP BY 1 ORDER BY 1;

SELECT id, title
  FROM tickets
 WHERE opened_at AT TIME ZONE 'America/New_York' >= date_trunc('day', now() AT TIME ZONE 'America/New_York');

SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY closed_at - opened_at) FROM tickets;

SELECT id FROM tickets TABLESAMPLE SYSTEM (10);

SELECT to_tsvector('english', title) FROM tickets;

SELECT nope FROM tickets;

SELECT xmlelement(name t, title) FROM tickets;
