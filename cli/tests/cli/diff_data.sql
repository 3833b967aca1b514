INSERT INTO events (title, at, took) VALUES
  ('before the change', '2024-03-10 01:30:00-05', '1 day'),
  ('across it', '2024-03-10 06:30:00+00', '24 hours'),
  ('autumn', '2024-10-27 00:30:00+00', '1 mon');
COPY events (title, at, took) FROM stdin;
copied	2024-11-03 05:30:00+00	\N
\.
