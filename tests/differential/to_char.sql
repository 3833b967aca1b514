-- to_char, to_date and to_timestamp: every pattern and modifier of
-- PostgreSQL's date/time formatting functions, on typed literals, in
-- several session time zones; statements that fail in PostgreSQL are
-- cases too (the error messages are compared).

-- case: year_patterns
-- zone: UTC
SELECT to_char(timestamp '2024-03-10 02:30:00', 'YYYY') AS yyyy, to_char(timestamp '2024-03-10 02:30:00', 'YYY YY Y') AS short_years, to_char(timestamp '2024-03-10 02:30:00', 'Y,YYY') AS y_comma, to_char(timestamp '2024-03-10 02:30:00', 'IYYY IYY IY I') AS iso_years, to_char(timestamp '2024-03-10 02:30:00', 'CC') AS cc, to_char(timestamp '2024-03-10 02:30:00', 'BC bc AD ad B.C. b.c. A.D. a.d.') AS eras;

-- case: year_patterns_century_edges
SELECT to_char(timestamp '2000-12-31 00:00:00', 'CC YYYY') AS y2000, to_char(timestamp '2001-01-01 00:00:00', 'CC YYYY') AS y2001, to_char(timestamp '0001-01-01 00:00:00', 'CC YYYY YYY YY Y Y,YYY') AS y0001, to_char(timestamp '9999-12-31 23:59:59', 'CC Y,YYY IYYY') AS y9999;

-- case: month_patterns
SELECT to_char(timestamp '2024-09-05 00:00:00', 'MONTH|Month|month') AS full_names, to_char(timestamp '2024-09-05 00:00:00', 'MON|Mon|mon') AS abbrevs, to_char(timestamp '2024-09-05 00:00:00', 'MM|RM|rm|Q') AS numbers, to_char(timestamp '2024-05-05 00:00:00', 'MONTH|Month|RM|rm') AS may;

-- case: month_names_every_month
SELECT to_char(timestamp '2024-01-01 00:00:00', 'Month|Mon|RM|Q') AS m01, to_char(timestamp '2024-02-01 00:00:00', 'Month|Mon|RM|Q') AS m02, to_char(timestamp '2024-03-01 00:00:00', 'Month|Mon|RM|Q') AS m03, to_char(timestamp '2024-04-01 00:00:00', 'Month|Mon|RM|Q') AS m04, to_char(timestamp '2024-05-01 00:00:00', 'Month|Mon|RM|Q') AS m05, to_char(timestamp '2024-06-01 00:00:00', 'Month|Mon|RM|Q') AS m06, to_char(timestamp '2024-07-01 00:00:00', 'Month|Mon|RM|Q') AS m07, to_char(timestamp '2024-08-01 00:00:00', 'Month|Mon|RM|Q') AS m08, to_char(timestamp '2024-09-01 00:00:00', 'Month|Mon|RM|Q') AS m09, to_char(timestamp '2024-10-01 00:00:00', 'Month|Mon|RM|Q') AS m10, to_char(timestamp '2024-11-01 00:00:00', 'Month|Mon|RM|Q') AS m11, to_char(timestamp '2024-12-01 00:00:00', 'Month|Mon|RM|Q') AS m12;

-- case: day_patterns
SELECT to_char(timestamp '2024-02-29 13:04:05', 'DAY|Day|day') AS full_names, to_char(timestamp '2024-02-29 13:04:05', 'DY|Dy|dy') AS abbrevs, to_char(timestamp '2024-02-29 13:04:05', 'DDD|DD|D|ID|W|WW|J') AS numbers;

-- case: day_names_every_weekday
SELECT to_char(date '2024-03-10', 'Day D ID') AS sun, to_char(date '2024-03-11', 'Day D ID') AS mon, to_char(date '2024-03-12', 'Day D ID') AS tue, to_char(date '2024-03-13', 'Day D ID') AS wed, to_char(date '2024-03-14', 'Day D ID') AS thu, to_char(date '2024-03-15', 'Day D ID') AS fri, to_char(date '2024-03-16', 'Day D ID') AS sat;

-- case: iso_week_boundaries
SELECT to_char(date '2024-12-29', 'IYYY-IW-ID IDDD YYYY WW DDD') AS sun_dec29, to_char(date '2024-12-30', 'IYYY-IW-ID IDDD YYYY WW DDD') AS mon_dec30, to_char(date '2025-01-01', 'IYYY-IW-ID IDDD YYYY WW DDD') AS jan1, to_char(date '2021-01-03', 'IYYY-IW-ID IDDD YYYY WW DDD') AS sun_jan3, to_char(date '2021-01-04', 'IYYY-IW-ID IDDD') AS mon_jan4, to_char(date '2020-12-31', 'IYYY-IW-ID IDDD YYYY WW DDD') AS leap_dec31, to_char(date '2010-01-03', 'IYYY IY I IW') AS w53;

-- case: leap_days
SELECT to_char(date '2024-02-29', 'YYYY-MM-DD DDD WW IW Day') AS leap2024, to_char(date '2000-02-29', 'YYYY-MM-DD DDD J') AS leap2000, to_char(date '2024-12-31', 'DDD IDDD WW W') AS last_day;

-- case: hour_patterns_midnight_noon
SELECT to_char(timestamp '2024-01-01 00:00:00', 'HH HH12 HH24 AM am A.M. a.m. PM') AS midnight, to_char(timestamp '2024-01-01 00:59:00', 'HH12:MI AM') AS after_midnight, to_char(timestamp '2024-01-01 12:00:00', 'HH HH12 HH24 AM pm P.M. p.m.') AS noon, to_char(timestamp '2024-01-01 12:59:59', 'HH12:MI:SS PM') AS after_noon, to_char(timestamp '2024-01-01 23:59:59', 'HH HH12 HH24 AM') AS last_second;

-- case: minute_second_fraction_patterns
SELECT to_char(timestamp '2024-01-01 13:04:05.678912', 'MI SS MS US') AS mi_ss_ms_us, to_char(timestamp '2024-01-01 13:04:05.678912', 'FF1 FF2 FF3 FF4 FF5 FF6') AS ff, to_char(timestamp '2024-01-01 13:04:05.678912', 'SSSS SSSSS') AS secs_of_day, to_char(timestamp '2024-01-01 00:00:00.000001', 'MS US FF1 FF6 SSSS') AS one_micro;

-- case: fill_mode
SELECT to_char(timestamp '2024-03-05 04:07:09', 'FMMonth FMDay FMDD FMMM FMHH FMHH24 FMMI FMSS') AS fm_fields, to_char(timestamp '2024-03-05 04:07:09', 'FMYYYY FMCC FMRM FMIW FMWW FMDDD FMIDDD FMJ') AS fm_numbers, to_char(timestamp '0099-03-05 04:07:09', 'FMYYYY FMYYY FMYY FMY FMY,YYY YYYY') AS fm_small_year, to_char(timestamp '2024-03-05 04:07:09', 'FMMONTH.FMDAY.') AS fm_names;

-- case: ordinal_suffixes
SELECT to_char(date '2024-03-01', 'DDth DDTH FMDDth') AS d1, to_char(date '2024-03-02', 'DDth FMDDth') AS d2, to_char(date '2024-03-03', 'DDth FMDDth') AS d3, to_char(date '2024-03-04', 'DDth') AS d4, to_char(date '2024-03-11', 'DDth FMDDth') AS d11, to_char(date '2024-03-12', 'DDth') AS d12, to_char(date '2024-03-13', 'DDth') AS d13, to_char(date '2024-03-21', 'DDth') AS d21, to_char(date '2024-03-22', 'DDTH') AS d22, to_char(date '2024-03-23', 'DDth') AS d23;

-- case: ordinal_suffixes_other_fields
SELECT to_char(timestamp '2024-12-22 23:11:12.000003', 'MMth HH24th HH12th MIth SSth USth') AS time_th, to_char(timestamp '2024-12-22 23:11:12', 'YYYYth Y,YYYth CCth Qth Dth IDth IWth WWth DDDth Jth') AS date_th, to_char(timestamp '2024-12-22 23:11:12', 'MONTHth RMth DDTHTH THDD') AS oddities;

-- case: quoted_text_and_escapes
SELECT to_char(timestamp '2024-03-10 02:30:00', '"Year" YYYY "Day" DD') AS quoted, to_char(timestamp '2024-03-10 02:30:00', '"YYYY" YYYY') AS quoted_pattern, to_char(timestamp '2024-03-10 02:30:00', '\"YYYY\"') AS escaped_quotes, to_char(timestamp '2024-03-10 02:30:00', '"a\"b" "\\" x\y') AS escapes_inside, to_char(timestamp '2024-03-10 02:30:00', 'YYYY"年"MM"月"DD"日"') AS unicode, to_char(timestamp '2024-03-10 02:30:00', '"unterminated YYYY') AS unterminated;

-- case: literal_characters_and_mixed_case
SELECT to_char(timestamp '2024-02-29 13:04:05', 'YYYY-MM-DD"T"HH24:MI:SS') AS iso_like, to_char(timestamp '2024-02-29 13:04:05', 'Hh Mi Ss Yyyy Ddd Dd Id Ww Bc') AS mixed_case, to_char(timestamp '2024-02-29 13:04:05', 'FMxyz FX SP DDSP DDsp FF7') AS leftovers, to_char(timestamp '2024-02-29 13:04:05', 'FMTMDay DAYFM Month.DY') AS lost_prefixes;

-- case: translation_mode
SELECT to_char(timestamp '2024-09-05 00:00:00', 'TMMonth|TMMONTH|TMmonth|TMMon|TMmon') AS months, to_char(timestamp '2024-09-05 00:00:00', 'TMDay|TMDAY|tmday|TMDy') AS days, to_char(timestamp '2024-09-05 00:00:00', 'TMDD TMYYYY') AS numbers;

-- case: lower_case_patterns
SELECT to_char(timestamp '2024-02-29 13:04:05.678912', 'hh hh12 hh24 mi ss ms us ff3 ssss sssss am a.m. pm') AS times, to_char(timestamp '2024-02-29 13:04:05.678912', 'y,yyy yyyy yyy yy y iyyy iyy iy i cc bc ad') AS years, to_char(timestamp '2024-02-29 13:04:05.678912', 'month mon mm rm q day dy ddd iddd dd d id w ww iw j') AS dates;

-- case: empty_format_and_infinity
SELECT to_char(timestamp '2024-01-01 00:00:00', '') IS NULL AS empty_is_null, to_char(timestamp 'infinity', 'YYYY') IS NULL AS inf_is_null, to_char(timestamptz '-infinity', 'YYYY') IS NULL AS neg_inf_is_null, to_char(interval '1 day', '') IS NULL AS empty_interval;

-- case: timestamp_without_zone_tz_fields
-- zone: America/New_York
SELECT to_char(timestamp '2024-07-01 12:00:00', 'TZ|tz|TZH|TZM|OF') AS no_zone;

-- case: tz_new_york_winter_summer
-- zone: America/New_York
SELECT to_char(timestamptz '2024-01-15 12:00:00+00', 'YYYY-MM-DD HH24:MI TZ tz TZH TZM OF FMOF') AS winter, to_char(timestamptz '2024-07-15 12:00:00+00', 'YYYY-MM-DD HH24:MI TZ tz TZH TZM OF FMOF') AS summer;

-- case: tz_new_york_spring_forward
-- zone: America/New_York
SELECT to_char(timestamptz '2024-03-10 06:59:59+00', 'YYYY-MM-DD HH12:MI:SS AM TZ OF') AS before, to_char(timestamptz '2024-03-10 07:00:00+00', 'YYYY-MM-DD HH12:MI:SS AM TZ OF') AS at_change, to_char(timestamptz '2024-03-10 02:30:00', 'YYYY-MM-DD HH24:MI TZ') AS gap_input;

-- case: tz_new_york_fall_back
-- zone: America/New_York
SELECT to_char(timestamptz '2024-11-03 05:30:00+00', 'HH24:MI TZ OF') AS first_0130, to_char(timestamptz '2024-11-03 06:30:00+00', 'HH24:MI TZ OF') AS second_0130, to_char(timestamptz '2024-11-03 01:30:00', 'HH24:MI TZ') AS fold_input;

-- case: tz_dublin_negative_dst
-- zone: Europe/Dublin
SELECT to_char(timestamptz '2024-01-15 12:00:00+00', 'HH24:MI TZ tz TZH TZM OF') AS winter, to_char(timestamptz '2024-07-15 12:00:00+00', 'HH24:MI TZ tz TZH TZM OF') AS summer, to_char(timestamptz '2024-10-27 00:59:59+00', 'HH24:MI:SS TZ') AS before_change, to_char(timestamptz '2024-10-27 01:00:00+00', 'HH24:MI:SS TZ') AS after_change;

-- case: tz_lord_howe_half_hour_dst
-- zone: Australia/Lord_Howe
SELECT to_char(timestamptz '2024-01-15 12:00:00+00', 'HH24:MI TZ TZH TZM OF FMOF') AS summer, to_char(timestamptz '2024-07-15 12:00:00+00', 'HH24:MI TZ TZH TZM OF FMOF') AS winter, to_char(timestamptz '2024-04-06 15:00:00+00', 'YYYY-MM-DD HH24:MI TZ') AS after_change;

-- case: tz_chatham
-- zone: Pacific/Chatham
SELECT to_char(timestamptz '2024-01-15 12:00:00+00', 'YYYY-MM-DD HH24:MI TZ tz TZH TZM OF') AS summer, to_char(timestamptz '2024-07-15 12:00:00+00', 'YYYY-MM-DD HH24:MI TZ tz TZH TZM OF') AS winter;

-- case: tz_kolkata
-- zone: Asia/Kolkata
SELECT to_char(timestamptz '2024-03-10 02:30:00+00', 'FMDay, DDth Month YYYY HH12:MI:SS AM TZ OF') AS ist, to_char(timestamptz '2024-03-10 02:30:00+00', 'TZH TZM FMOF tz') AS parts;

-- case: tz_st_johns
-- zone: America/St_Johns
SELECT to_char(timestamptz '2024-01-15 12:00:00+00', 'HH24:MI TZ TZH TZM OF FMOF') AS nst, to_char(timestamptz '2024-07-15 12:00:00+00', 'HH24:MI TZ TZH TZM OF FMOF') AS ndt;

-- case: tz_kathmandu_and_sao_paulo
-- zone: Asia/Kathmandu
SELECT to_char(timestamptz '2024-01-15 12:00:00+00', 'HH24:MI TZ OF FMOF') AS kathmandu;

-- case: tz_sao_paulo_numeric_abbreviation
-- zone: America/Sao_Paulo
SELECT to_char(timestamptz '2024-01-15 12:00:00+00', 'HH24:MI TZ tz OF FMOF') AS sao_paulo, to_char(timestamptz '2018-01-15 12:00:00+00', 'HH24:MI TZ OF') AS old_dst;

-- case: tz_utc
-- zone: UTC
SELECT to_char(timestamptz '2024-06-01 00:00:00+00', 'YYYY-MM-DD HH24:MI:SS TZ tz TZH TZM OF FMOF') AS utc;

-- case: interval_basic_fields
-- zone: UTC
SELECT to_char(interval '1 year 2 mons 3 days 04:05:06.789', 'YYYY-MM-DD HH24:MI:SS.MS') AS ymd, to_char(interval '1 year 2 mons 3 days 04:05:06.789', 'Y,YYY YYY YY Y CC') AS years, to_char(interval '1 year 2 mons 3 days 04:05:06.789', 'HH HH12 US FF1 FF3 SSSS AM') AS times, to_char(interval '1 year 2 mons 3 days 04:05:06.789', 'DDD W WW Q RM rm') AS spans;

-- case: interval_negative
SELECT to_char(interval '-25:30:15.5', 'HH|HH12|HH24|MI|SS|MS|US|FF1|SSSS|AM') AS neg_time, to_char(interval '-1 year -2 mons -3 days', 'YYYY|YYY|YY|Y|Y,YYY|MM|DD|DDD|CC|FMCC') AS neg_date, to_char(interval '-3 hours', 'FMHH12 FMHH24 HH24th') AS neg_fm;

-- case: interval_over_24_hours
SELECT to_char(interval '100 days 1000:00:00', 'DD DDD HH24 HH SSSS W WW') AS long, to_char(interval '36:15:00', 'HH24:MI HH12 AM') AS thirty_six, to_char(interval '12:00:00', 'HH HH12 HH24 AM') AS twelve;

-- case: interval_months_and_roman
SELECT to_char(interval '13 months', 'RM|rm|MM|Q|YYYY') AS thirteen, to_char(interval '12 months', 'RM|MM|Q|YYYY') AS twelve, to_char(interval '-1 month', 'RM|MM|Q') AS minus_one, to_char(interval '-12 months', 'RM|MM') AS minus_twelve, to_char(interval '0', 'RM|MM|Q|HH|DD') AS zero;

-- case: interval_iso_fields
SELECT to_char(interval '1 year 2 mons 3 days', 'IYYY IYY IY I IW IDDD J') AS iso_of_interval, to_char(interval '0', 'IYYY IYY IY I IW IDDD J') AS iso_of_zero;

-- case: interval_fill_mode_and_th
SELECT to_char(interval '2 days 03:04:05', 'FMHH FMHH24 FMMI FMSS FMDD FMMM FMYYYY FMDDD') AS fm, to_char(interval '2 days 03:04:05', 'HH24th DDth MMTH YYYYth') AS th;

-- case: interval_rejects_month_name
SELECT to_char(interval '1 day', 'Month');

-- case: interval_rejects_day_name
SELECT to_char(interval '1 day', 'Dy');

-- case: interval_rejects_time_zone
SELECT to_char(interval '1 day', 'TZ');

-- case: interval_rejects_era
SELECT to_char(interval '1 day', 'BC');

-- case: interval_rejects_day_of_week
SELECT to_char(interval '1 day', 'ID');

-- case: to_date_basic
SELECT to_date('2024-03-10', 'YYYY-MM-DD') AS iso, to_date('10 March 2024', 'DD Month YYYY') AS named, to_date('10 mar 2024', 'DD Mon YYYY') AS abbrev, to_date('10 MARCH 2024', 'DD MONTH YYYY') AS upper, to_date('20240310', 'YYYYMMDD') AS packed, to_date('3rd March 2024', 'DDth Month YYYY') AS ordinal, to_date('Sunday 2024-03-10', 'Day YYYY-MM-DD') AS with_day;

-- case: to_date_two_digit_years_and_centuries
SELECT to_date('240310', 'YYMMDD') AS yy24, to_date('690101', 'YYMMDD') AS yy69, to_date('700101', 'YYMMDD') AS yy70, to_date('999', 'YYY') AS yyy999, to_date('519', 'YYY') AS yyy519, to_date('21 24', 'CC YY') AS cc21, to_date('21 2024', 'CC YYYY') AS cc_ignored, to_date('21 00', 'CC YY') AS cc_00;

-- case: to_date_day_of_year_and_iso
SELECT to_date('2024-060', 'YYYY-DDD') AS ddd, to_date('2024-366', 'YYYY-DDD') AS ddd_leap, to_date('2025-01-3', 'IYYY-IW-ID') AS iso_week_day, to_date('2020-53-7', 'IYYY-IW-ID') AS iso_w53, to_date('2024-10', 'IYYY-IW') AS iso_week, to_date('2024-100', 'IYYY-IDDD') AS iso_day, to_date('2460380', 'J') AS julian, to_date('2024 6', 'YYYY WW') AS ww, to_date('2024 3 05', 'YYYY W MM') AS w;

-- case: to_date_spaces_and_separators
SELECT to_date('  2024-03-10', 'YYYY-MM-DD') AS leading, to_date('2024   03 10', 'YYYY MM DD') AS many_spaces, to_date('2024/03/10', 'YYYY-MM-DD') AS other_separator, to_date('2024-03-10', 'YYYY MM DD') AS dash_for_space, to_date('2024-1-5', 'YYYY-MM-DD') AS short_fields, to_date('2024-03-10 extra', 'YYYY-MM-DD') AS trailing, to_date('2024,03,10', 'YYYY MM DD') AS commas;

-- case: to_date_fx_and_fm
SELECT to_date('2024-03-10', 'FXYYYY-MM-DD') AS fx, to_date('2024 3 10', 'FXYYYY-FMMM-DD') AS fx_fm, to_date('2024-3-10', 'YYYY-FMMM-DD') AS fm, to_date('24-3-10', 'FMYY-FMMM-FMDD') AS all_fm, to_date('2024a03b10', 'YYYY"a"MM"b"DD') AS quoted_literals, to_date('2024 RM IV', 'YYYY "RM" RM') AS roman;

-- case: to_date_bad_month_number
SELECT to_date('2024-xx-01', 'YYYY-MM-DD');

-- case: to_date_bad_month_name
SELECT to_date('2024 Foo 01', 'YYYY Mon DD');

-- case: to_date_month_out_of_range
SELECT to_date('2024-13-01', 'YYYY-MM-DD');

-- case: to_date_day_out_of_range
SELECT to_date('2023-02-29', 'YYYY-MM-DD');

-- case: to_date_day_of_year_out_of_range
SELECT to_date('2023-366', 'YYYY-DDD');

-- case: to_date_mixed_conventions
SELECT to_date('2024 10 3', 'YYYY IW D');

-- case: to_date_conflicting_fields
SELECT to_date('12 13 2024', 'MM MM YYYY');

-- case: to_date_fx_too_short
SELECT to_date('2024-3', 'YYYY-MMDD');

-- case: to_date_day_of_year_without_year
SELECT to_date('366', 'DDD');

-- case: to_date_y_comma
SELECT to_date('1,234-01-01', 'Y,YYY-MM-DD') AS y_comma, to_date('2, 024', 'Y,YYY') AS y_comma_space;

-- case: to_date_doubled_separators
SELECT to_date('2024--03--10', 'YYYY-MM-DD');

-- case: to_date_y_comma_invalid
SELECT to_date('2 ,024', 'Y,YYY');

-- case: to_date_integer_out_of_range
SELECT to_date('2147483648', 'J');

-- case: to_timestamp_basic
-- zone: UTC
SELECT to_timestamp('2024-01-02 03:04:05.123456', 'YYYY-MM-DD HH24:MI:SS.US') AS us, to_timestamp('2024-01-02 03:04:05.5', 'YYYY-MM-DD HH24:MI:SS.MS') AS ms_one_digit, to_timestamp('2024-01-02 03:04:05.05', 'YYYY-MM-DD HH24:MI:SS.MS') AS ms_two_digits, to_timestamp('2024-01-02T03:04:05Z', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS iso_literal, to_timestamp('20240102030405', 'YYYYMMDDHH24MISS') AS packed, to_timestamp('2024-01-02 45296', 'YYYY-MM-DD SSSS') AS seconds_of_day, to_timestamp('2024-01-02 45296', 'YYYY-MM-DD SSSSS') AS sssss;

-- case: to_timestamp_conflicting_fractions
SELECT to_timestamp('1 2 3 4 5 6', 'FF1 FF2 FF3 FF4 FF5 FF6');

-- case: to_timestamp_fractional_precision
SELECT to_timestamp('2024-01-02 03:04:05.123', 'YYYY-MM-DD HH24:MI:SS.FF2') AS ff2, to_timestamp('2024-01-02 03:04:05.126', 'YYYY-MM-DD HH24:MI:SS.FMFF2') AS ff2_rounded, to_timestamp('2024-01-02 03:04:05.12', 'YYYY-MM-DD HH24:MI:SS.FF4') AS ff4, to_timestamp('2024-01-02 1230', 'YYYY-MM-DD SSFF2') AS adjacent, to_timestamp('2024-01-02 03:04:05.999999', 'YYYY-MM-DD HH24:MI:SS.FF5') AS ff5, to_timestamp('2024-01-02 03:04:05.5 25', 'YYYY-MM-DD HH24:MI:SS.MS US') AS ms_plus_us;

-- case: to_timestamp_am_pm
-- zone: UTC
SELECT to_timestamp('2024-05-06 12:30 PM', 'YYYY-MM-DD HH:MI AM') AS noon, to_timestamp('2024-05-06 12:30 AM', 'YYYY-MM-DD HH:MI AM') AS midnight, to_timestamp('2024-05-06 12:30 a.m.', 'YYYY-MM-DD HH:MI A.M.') AS dotted, to_timestamp('2024-05-06 11:00 pm', 'YYYY-MM-DD HH24:MI AM') AS hh24_pm, to_timestamp('2024-05-06 12:00', 'YYYY-MM-DD HH12:MI') AS hh12_alone, to_timestamp('05 Mar 2024 3:04:05 pm', 'DD Mon YYYY HH12:MI:SS pm') AS lower_pm;

-- case: to_timestamp_hour_invalid_for_12_hour_clock
SELECT to_timestamp('13:30 PM', 'HH:MI PM');

-- case: to_timestamp_bad_meridiem
SELECT to_timestamp('11:30 xm', 'HH:MI PM');

-- case: to_timestamp_hour_24
SELECT to_timestamp('24:00', 'HH24:MI');

-- case: to_timestamp_minute_61
SELECT to_timestamp('2024-01-02 10:61', 'YYYY-MM-DD HH24:MI');

-- case: to_timestamp_gap_new_york
-- zone: America/New_York
SELECT to_timestamp('2024-03-10 02:30:00', 'YYYY-MM-DD HH24:MI:SS') AS gap, to_timestamp('2024-11-03 01:30:00', 'YYYY-MM-DD HH24:MI:SS') AS fold, to_timestamp('2024', 'YYYY') AS year_only;

-- case: to_timestamp_fold_dublin
-- zone: Europe/Dublin
SELECT to_timestamp('2024-10-27 01:30:00', 'YYYY-MM-DD HH24:MI:SS') AS fold, to_timestamp('2024-03-31 01:30:00', 'YYYY-MM-DD HH24:MI:SS') AS gap;

-- case: to_timestamp_lord_howe
-- zone: Australia/Lord_Howe
SELECT to_timestamp('2024-10-06 02:15', 'YYYY-MM-DD HH24:MI') AS gap, to_timestamp('2024-01-02 03:04:05 PM', 'YYYY-MM-DD HH12:MI:SS AM') AS pm;

-- case: to_timestamp_tzh_tzm
-- zone: Asia/Kolkata
SELECT to_timestamp('2024-01-02 03:04:05 -05', 'YYYY-MM-DD HH24:MI:SS TZH') AS minus5, to_timestamp('2024-01-02 03:04:05 +05:30', 'YYYY-MM-DD HH24:MI:SS TZH:TZM') AS plus0530, to_timestamp('2024-01-02 03:04:05-0530', 'YYYY-MM-DD HH24:MI:SSTZHTZM') AS packed, to_timestamp('2024-01-02 03:04:05-5', 'YYYY-MM-DD HH24:MI:SS TZH') AS dash_as_sign, to_timestamp('2024-01-02 03:04:05 30', 'YYYY-MM-DD HH24:MI:SS TZM') AS tzm_only;

-- case: to_timestamp_tzh_out_of_range
SELECT to_timestamp('2024-01-02 +16', 'YYYY-MM-DD TZH');

-- case: to_timestamp_tz_input_unsupported
SELECT to_timestamp('2024-01-02 12:00 EST', 'YYYY-MM-DD HH24:MI TZ');

-- case: to_timestamp_of_input_unsupported
SELECT to_timestamp('2024-01-02 12:00 +05', 'YYYY-MM-DD HH24:MI OF');

-- case: to_timestamp_fx_extra_space
SELECT to_timestamp('2024-01-02  03:04:05', 'FXYYYY-MM-DD HH24:MI:SS');

-- case: to_timestamp_too_many_fraction_digits
SELECT to_timestamp('2024-01-02 03:04:05.1234567', 'YYYY-MM-DD HH24:MI:SS.FMUS');

-- case: to_timestamp_epoch
-- zone: UTC
SELECT to_timestamp(1700000000.5) AS half, to_timestamp(0) AS zero, to_timestamp(-1) AS minus_one, to_timestamp(1.5e-7) AS rounded, to_timestamp(1234567890.1234565) AS half_even, to_timestamp('Infinity'::float8) AS inf, to_timestamp('-Infinity'::float8) AS neg_inf, to_timestamp(253402300799) AS last_second_9999;

-- case: to_timestamp_epoch_in_zone
-- zone: America/St_Johns
SELECT to_timestamp(1700000000) AS st_johns, to_char(to_timestamp(1700000000), 'YYYY-MM-DD HH24:MI TZ OF') AS formatted;

-- case: to_timestamp_epoch_nan
-- expect: unsupported
SELECT to_timestamp('NaN'::float8);

-- case: to_timestamp_epoch_out_of_range
SELECT to_timestamp(1e20);

-- case: round_trip_to_char_to_timestamp
-- zone: Europe/Dublin
SELECT to_char(to_timestamp('2024-07-04 18:30:00', 'YYYY-MM-DD HH24:MI:SS'), 'Dy DD Mon YYYY HH12:MI AM TZ') AS round_trip, to_char(to_date('2024-366', 'YYYY-DDD'), 'FMMonth FMDDth, YYYY') AS date_round_trip;

-- case: date_argument_is_timestamptz
-- zone: America/New_York
SELECT to_char(date '2024-03-10', 'YYYY-MM-DD HH24:MI TZ OF') AS date_in_session_zone, to_char(date '2024-07-04', 'Dy DD Mon TZ') AS summer_date;

-- case: untyped_literal_is_ambiguous
SELECT to_char('2024-03-10', 'YYYY');
