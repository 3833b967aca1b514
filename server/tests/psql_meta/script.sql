CREATE TABLE agents (id bigserial PRIMARY KEY, name text NOT NULL, email varchar(120) UNIQUE);
CREATE TABLE tickets (id bigserial PRIMARY KEY, agent_id bigint REFERENCES agents(id), title text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX tickets_created ON tickets (created_at);
CREATE VIEW open_tickets AS SELECT id, title FROM tickets;
\dt
\d tickets
\d+ tickets
\d agents
\di
\dn
\dv
\df date_trunc
\x
INSERT INTO agents (name, email) VALUES ('Ann', 'ann@example.com'), ('Bo', NULL) RETURNING id, name;
\x
\copy agents (name, email) from stdin
Cy	cy@example.com
Di	\N
\.
\copy agents to stdout
\copy (SELECT name FROM agents ORDER BY id) to stdout with csv header
