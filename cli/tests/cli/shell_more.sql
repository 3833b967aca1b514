SELECT date_trunc('day', opened_at) AS day, count(*) AS n FROM tickets GROUP BY 1 ORDER BY 1;
