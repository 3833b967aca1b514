-- Rows with NULLs, escapes, both sides of daylight-saving changes,
-- intervals, numerics, floats, booleans, dates and infinities.
INSERT INTO agents (name, email, time_zone) VALUES
  ('Ada', 'ada@example.com', 'America/New_York'),
  ('Grace', 'grace@example.com', 'Europe/Dublin'),
  ('Left', 'left@example.com', 'UTC'),
  (E'Tab\there, new\nline, back\\slash', 'odd@example.com', 'Asia/Kathmandu');
UPDATE agents SET active = false WHERE name = 'Grace';
DELETE FROM agents WHERE name = 'Left';
INSERT INTO tickets (agent_id, title, body, status, priority, created_at, due, sla, price, ratio, urgent) VALUES
  (1, 'VPN drops', E'line 1\nline 2\r\nend', 'open', 1, '2024-03-10 01:30:00-05', '2024-03-11', '1 day 02:00:00', 12345678901.25, 0.1, true),
  (1, 'Printer', NULL, 'pending', 2, '2024-03-10 03:30:00-04', '2024-02-29', '-3 days +04:00:00', -0.01, 1e-7, false),
  (2, 'Fold, first', 'a\b\\c "quoted" ''single''', 'open', 3, '2024-11-03 01:30:00-04', 'infinity', '1 year 2 mons', 0, -2.5e300, NULL),
  (2, 'Fold, second', E'tab\tin body', 'resolved', 4, '2024-11-03 01:30:00-05', '-infinity', '00:00:00.000001', NULL, NULL, true),
  (NULL, 'Unassigned ☃', '', 'open', 2, '2025-03-30 00:59:59.999999+00', NULL, '-1 mons', 100, 3.141592653589793, false),
  (4, 'Dublin spring', '\N is not NULL', 'open', 2, '2024-03-31 01:00:00+00', '2024-03-31', '36:00:00', 99.9, 2, true);
INSERT INTO comments (ticket_id, author_id, body, at) VALUES
  (1, 1, 'Looking', '2024-03-10 06:45:00+00'),
  (1, NULL, E'Customer: \\o/', '2024-03-10 07:00:00.5+00'),
  (3, 2, 'Fixed', '2024-11-03 06:00:00+00');
INSERT INTO tags VALUES (1, 'network'), (1, 'vpn'), (3, 'hardware');
INSERT INTO "Audit Log" ("user", "when", took) VALUES
  ('root', '2024-01-01 00:00:00.123', '00:00:01.5'),
  (NULL, NULL, NULL);
SELECT nextval('invoice_numbers'), nextval('invoice_numbers');
