-- INSERT … ON CONFLICT.
CREATE TABLE kv (k text PRIMARY KEY, n int NOT NULL, seen timestamptz, tags text);
CREATE TABLE visits (id serial PRIMARY KEY, page text UNIQUE, hits int DEFAULT 0, last_at timestamptz);
INSERT INTO kv VALUES ('a', 1, '2024-01-01 00:00:00+00', 'x'), ('b', 2, NULL, NULL);

-- case: do_update_with_excluded
INSERT INTO kv VALUES ('a', 5, '2024-02-01 00:00:00+00', 'y') ON CONFLICT (k) DO UPDATE SET n = kv.n + excluded.n, seen = excluded.seen RETURNING *;

-- case: do_update_where_false_keeps_row
INSERT INTO kv VALUES ('a', 7, '2024-03-01 00:00:00+00', 'z') ON CONFLICT (k) DO UPDATE SET n = excluded.n WHERE kv.n < 3 RETURNING n;

-- case: do_nothing_without_target
INSERT INTO kv VALUES ('b', 9, NULL, NULL), ('c', 3, NULL, 'new') ON CONFLICT DO NOTHING RETURNING k, n;

-- case: ambiguous_column
INSERT INTO kv VALUES ('a', 5, NULL, NULL) ON CONFLICT (k) DO UPDATE SET n = n + excluded.n;

-- case: do_update_requires_target
INSERT INTO kv VALUES ('a', 5, NULL, NULL) ON CONFLICT DO UPDATE SET n = 1;

-- case: counter_upsert_with_params
-- zone: America/New_York
-- params: ["/home", "2024-03-10 02:30:00"]
INSERT INTO visits (page, hits, last_at) VALUES ($1, 1, $2) ON CONFLICT (page) DO UPDATE SET hits = visits.hits + 1, last_at = excluded.last_at RETURNING page, hits, last_at;

-- case: counter_upsert_again
-- zone: America/New_York
-- params: ["/home", "2024-11-03 01:30:00"]
INSERT INTO visits (page, hits, last_at) VALUES ($1, 1, $2) ON CONFLICT (page) DO UPDATE SET hits = visits.hits + 1, last_at = excluded.last_at RETURNING page, hits, last_at;

-- case: upsert_from_select
INSERT INTO kv (k, n) SELECT k || '2', n * 10 FROM kv ON CONFLICT (k) DO UPDATE SET n = excluded.n + 1 RETURNING k, n;

-- case: upsert_from_select_again
INSERT INTO kv (k, n) SELECT k, n FROM kv WHERE k LIKE '%2' ON CONFLICT (k) DO UPDATE SET n = excluded.n + 1 RETURNING k, n;

-- case: final_state
SELECT * FROM kv ORDER BY k;

-- case: on_constraint_unsupported
-- expect: unsupported
INSERT INTO kv VALUES ('a', 1, NULL, NULL) ON CONFLICT ON CONSTRAINT kv_pkey DO NOTHING;

-- case: conflict_target_without_unique_constraint
INSERT INTO kv VALUES ('zz', 1, NULL, NULL) ON CONFLICT (n) DO NOTHING;

-- case: update_from
UPDATE visits SET hits = visits.hits + kv.n FROM kv WHERE kv.k = 'a' AND visits.page = '/home' RETURNING page, hits;

-- case: update_from_alias_and_join
-- zone: Europe/Dublin
UPDATE kv AS t SET seen = v.last_at + interval '1 day', tags = v.page FROM visits v WHERE t.k = 'b' RETURNING t.k, t.seen, t.tags;

-- case: delete_using
DELETE FROM kv USING visits WHERE kv.tags = visits.page RETURNING kv.k;

-- case: delete_using_alias
DELETE FROM kv AS t USING kv AS o WHERE t.k = o.k || '2' RETURNING t.k, t.n;

-- case: after_update_and_delete
SELECT k, n FROM kv ORDER BY k;
