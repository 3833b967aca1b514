CREATE TABLE tickets (id serial PRIMARY KEY, title text NOT NULL, opened_at timestamptz NOT NULL, closed_at timestamptz);
