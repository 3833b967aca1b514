-- The settings drivers and ORMs send on connect, as SHOW and
-- current_setting() show them: values pgshim honours are taken (and
-- shown in PostgreSQL's spelling), bad values get PostgreSQL's errors.
-- Cases run in order on one session.
CREATE TABLE t (x int);

-- case: show_client_encoding
SHOW client_encoding;

-- case: show_standard_conforming_strings
SHOW standard_conforming_strings;

-- case: show_extra_float_digits
SHOW extra_float_digits;

-- case: show_statement_timeout
SHOW statement_timeout;

-- case: show_lock_timeout
SHOW lock_timeout;

-- case: show_server_encoding
SHOW server_encoding;

-- case: show_integer_datetimes
SHOW integer_datetimes;

-- case: set_client_encoding_utf8
SET client_encoding = 'utf-8';

-- case: shown_client_encoding
SELECT current_setting('client_encoding') AS e;

-- case: set_client_encoding_bad
SET client_encoding = 'klingon';

-- case: set_client_min_messages_warning
SET client_min_messages TO warning;

-- case: shown_client_min_messages
SELECT current_setting('client_min_messages') AS m;

-- case: set_client_min_messages_bad
SET client_min_messages TO 'loud';

-- case: set_standard_conforming_strings_on
SET standard_conforming_strings = on;

-- case: set_standard_conforming_strings_bad
SET standard_conforming_strings = maybe;

-- case: set_extra_float_digits_3
SET extra_float_digits = 3;

-- case: float_with_3_extra_digits
SELECT 0.1::float8 + 0.2 AS f;

-- case: set_extra_float_digits_out_of_range
SET extra_float_digits = 4;

-- case: set_extra_float_digits_back
SET extra_float_digits = 1;

-- case: set_statement_timeout_ms
SET statement_timeout = 1500;

-- case: shown_statement_timeout_ms
SHOW statement_timeout;

-- case: set_statement_timeout_seconds
SET statement_timeout = '90s';

-- case: shown_statement_timeout_minutes
SELECT current_setting('statement_timeout') AS s;

-- case: set_statement_timeout_bad
SET statement_timeout = 'soon';

-- case: reset_statement_timeout
RESET statement_timeout;

-- case: shown_reset_statement_timeout
SHOW statement_timeout;

-- case: set_lock_timeout_hours
SET lock_timeout = '2h';

-- case: shown_lock_timeout
SHOW lock_timeout;

-- case: set_lock_timeout_default
SET lock_timeout TO DEFAULT;

-- case: shown_lock_timeout_default
SHOW lock_timeout;

-- case: current_setting_unknown
SELECT current_setting('no_such_setting') AS s;

-- case: current_setting_missing_ok
SELECT current_setting('no_such_setting', true) IS NULL AS missing;

-- case: current_setting_case_insensitive
SELECT current_setting('DATESTYLE') AS d;

-- case: current_setting_per_row
SELECT x, current_setting('TimeZone') AS z FROM t;

-- case: set_client_encoding_punctuated
SET client_encoding = 'UTF_8';

-- case: shown_punctuated_client_encoding
SHOW client_encoding;

-- SET name TO DEFAULT is RESET; a quoted 'default' is a value.

-- case: set_application_name_to_the_text_default
SET application_name = 'default';

-- case: application_name_is_the_text_default
SHOW application_name;

-- case: set_application_name_to_default
SET application_name = DEFAULT;

-- case: application_name_after_set_to_default
SHOW application_name;

-- case: interval_style_quoted_default_is_refused
SET IntervalStyle = 'default';

-- case: interval_style_to_default
SET IntervalStyle TO DEFAULT;

-- case: statement_timeout_quoted_default_is_refused
SET statement_timeout = 'default';

-- case: statement_timeout_to_default
SET statement_timeout TO DEFAULT;

-- The settings of pg_dump's preamble.
-- case: pg_dump_idle_timeout_off
SET idle_in_transaction_session_timeout = 0;

-- case: shown_idle_timeout
SHOW idle_in_transaction_session_timeout;

-- case: idle_timeout_bad_value
SET idle_in_transaction_session_timeout = 'soon';

-- case: idle_timeout_nonzero_is_refused
-- expect: unsupported
SET idle_in_transaction_session_timeout = '5min';

-- case: pg_dump_check_function_bodies
SET check_function_bodies = false;

-- case: shown_check_function_bodies
SELECT current_setting('check_function_bodies') AS v;

-- case: pg_dump_xmloption
SET xmloption = content;

-- case: xmloption_document
SET xmloption = DOCUMENT;

-- case: shown_xmloption
SHOW xmloption;

-- case: xmloption_bad_value
SET xmloption = 'html';

-- case: pg_dump_row_security
SET row_security = off;

-- case: shown_row_security
SHOW row_security;

-- case: row_security_not_boolean
SET row_security = maybe;

-- case: row_security_reset
RESET row_security;

-- case: shown_row_security_reset
SHOW row_security;

-- case: set_config_jit_as_asyncpg_does
SELECT current_setting('jit') AS cur, set_config('jit', 'off', false) AS new;

-- case: jit_after_set_config
SHOW jit;

-- case: set_config_returns_the_shown_value
SELECT set_config('DateStyle', 'iso', false) AS ds, set_config('jit', 'on', false) AS jit;

-- case: set_config_local_refused
-- expect: unsupported
SELECT set_config('jit', 'off', true);

-- case: set_config_unknown_setting
SELECT set_config('no_such_setting', 'x', false);

-- case: set_config_bad_value
SELECT set_config('jit', 'maybe', false);

-- case: set_jit
SET jit = off;

-- case: reset_jit
RESET jit;
