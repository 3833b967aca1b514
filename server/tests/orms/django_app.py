"""A small Django app (Django and psycopg 3 from PyPI) on a fresh
database: migrate (the contrib apps' migrations and the app's own),
models with DateTimeField, DateField and DurationField under USE_TZ,
TruncDay/TruncMonth/Extract in a zone, aggregates, bulk_create,
update_or_create, select_related, inspectdb and the test runner (which
creates and drops its test database, so the server serves a data
directory). Prints one JSON line per step: what the app sees.

usage: python django_app.py DATABASE_URL WORK_DIR
"""
import datetime
import io
import json
import os
import sys
import urllib.parse
import zoneinfo

url, work = sys.argv[1], sys.argv[2]
u = urllib.parse.urlparse(url)
sys.path.insert(0, work)
os.makedirs(os.path.join(work, "tickets", "migrations"), exist_ok=True)
for name, body in {
    "tickets/__init__.py": "",
    "tickets/migrations/__init__.py": "",
    "tickets/apps.py": (
        "from django.apps import AppConfig\n"
        "class TicketsConfig(AppConfig):\n"
        "    name = 'tickets'\n"
        "    default_auto_field = 'django.db.models.BigAutoField'\n"
    ),
    "tickets/models.py": (
        "from django.db import models\n"
        "class Agent(models.Model):\n"
        "    name = models.CharField(max_length=100)\n"
        "    email = models.EmailField(unique=True)\n"
        "class Ticket(models.Model):\n"
        "    agent = models.ForeignKey(Agent, null=True, on_delete=models.SET_NULL)\n"
        "    subject = models.CharField(max_length=200, db_index=True)\n"
        "    status = models.CharField(max_length=20, default='open')\n"
        "    created_at = models.DateTimeField()\n"
        "    due = models.DateField(null=True)\n"
        "    sla = models.DurationField(null=True)\n"
    ),
    # What Django's test runner runs: each test in a transaction rolled
    # back at its end, after SET CONSTRAINTS ALL IMMEDIATE checks the
    # deferred foreign keys.
    "tickets/tests.py": (
        "import datetime, zoneinfo\n"
        "from django.db import IntegrityError, transaction\n"
        "from django.db.models.functions import TruncDay\n"
        "from django.test import TestCase\n"
        "from tickets.models import Agent, Ticket\n"
        "class TicketTests(TestCase):\n"
        "    def test_trunc_day_in_new_york(self):\n"
        "        a = Agent.objects.create(name='T', email='t@example.com')\n"
        "        Ticket.objects.create(agent=a, subject='x', created_at=datetime.datetime(2024, 3, 10, 6, 30, tzinfo=datetime.timezone.utc))\n"
        "        d = Ticket.objects.annotate(d=TruncDay('created_at', tzinfo=zoneinfo.ZoneInfo('America/New_York'))).values_list('d', flat=True).get()\n"
        "        self.assertEqual(d.isoformat(), '2024-03-10T00:00:00-05:00')\n"
        "    def test_each_test_starts_empty(self):\n"
        "        self.assertEqual(Agent.objects.count(), 0)\n"
        "    def test_broken_foreign_key_is_found_at_teardown_check(self):\n"
        "        with self.assertRaises(IntegrityError):\n"
        "            with transaction.atomic():\n"
        "                Ticket.objects.create(agent_id=424242, subject='y', created_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc))\n"
        "                from django.db import connection\n"
        "                connection.check_constraints()\n"
    ),
}.items():
    with open(os.path.join(work, name), "w") as f:
        f.write(body)

import django
from django.conf import settings

settings.configure(
    DEBUG=False,
    USE_TZ=True,
    TIME_ZONE="UTC",
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "tickets"],
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": u.path.lstrip("/"),
            "USER": u.username or "postgres",
            "HOST": u.hostname,
            "PORT": str(u.port),
        }
    },
)
django.setup()

from django.core.management import call_command
from django.db import connection
from django.db.models import Avg, Count, Max, Min, Sum, F
from django.db.models.functions import ExtractHour, ExtractIsoWeekDay, ExtractMonth, TruncDay, TruncMonth


def step(name, f):
    try:
        value = f()
    except Exception as e:  # what the app would see
        value = ["error", type(e).__name__, str(e).splitlines()[0] if str(e) else ""]
    print(json.dumps([name, value], default=str))


def makemigrations():
    out = io.StringIO()
    call_command("makemigrations", "tickets", stdout=out, verbosity=1)
    return sorted(os.listdir(os.path.join(work, "tickets", "migrations")))


def migrate():
    out = io.StringIO()
    call_command("migrate", stdout=out, verbosity=1)
    return [l.strip() for l in out.getvalue().splitlines() if l.strip().startswith("Applying")]


step("makemigrations", makemigrations)
step("migrate", migrate)

from tickets.models import Agent, Ticket

ny = zoneinfo.ZoneInfo("America/New_York")
t0 = datetime.datetime(2024, 3, 9, 22, 30, tzinfo=datetime.timezone.utc)


def create():
    a = Agent.objects.create(name="Ann", email="ann@example.com")
    b = Agent.objects.create(name="Bo", email="bo@example.com")
    Ticket.objects.bulk_create(
        [
            Ticket(agent=a if i % 2 == 0 else b, subject=f"t{i}", created_at=t0 + datetime.timedelta(hours=7 * i),
                   due=datetime.date(2024, 3, 10 + i), sla=datetime.timedelta(hours=i + 1, minutes=30))
            for i in range(8)
        ]
    )
    return [Agent.objects.count(), Ticket.objects.count()]


step("create", create)
step("tables", lambda: sorted(connection.introspection.table_names()))
step("trunc day in New York", lambda: list(
    Ticket.objects.annotate(d=TruncDay("created_at", tzinfo=ny)).values("d").annotate(n=Count("id")).order_by("d").values_list("d", "n")))
step("trunc month", lambda: list(
    Ticket.objects.annotate(m=TruncMonth("created_at")).values("m").annotate(n=Count("id")).order_by("m").values_list("m", "n")))
step("extract in New York", lambda: list(
    Ticket.objects.annotate(h=ExtractHour("created_at", tzinfo=ny), w=ExtractIsoWeekDay("created_at", tzinfo=ny),
                            mo=ExtractMonth("due")).order_by("id").values_list("subject", "h", "w", "mo")))
step("aggregates", lambda: Ticket.objects.aggregate(n=Count("id"), first=Min("created_at"), last=Max("created_at"),
                                                    total=Sum("sla"), avg=Avg("sla")))
step("datetime range", lambda: list(Ticket.objects.filter(
    created_at__range=(t0, t0 + datetime.timedelta(days=1))).order_by("id").values_list("subject", flat=True)))
step("date lookups", lambda: list(Ticket.objects.filter(created_at__date=datetime.date(2024, 3, 10)).order_by("id").values_list("subject", flat=True)))
step("duration arithmetic", lambda: list(
    Ticket.objects.annotate(deadline=F("created_at") + F("sla")).order_by("id").values_list("deadline", flat=True)[:3]))


def update_or_create():
    t, created = Ticket.objects.update_or_create(subject="t1", defaults={"status": "closed"})
    u, created2 = Ticket.objects.update_or_create(subject="new", defaults={"created_at": t0, "status": "new"})
    return [created, t.status, created2, Ticket.objects.filter(status__in=["closed", "new"]).count()]


step("update_or_create", update_or_create)
step("select_related", lambda: [(t.subject, t.agent.name) for t in Ticket.objects.select_related("agent").filter(agent__isnull=False).order_by("id")[:4]])
step("values with the zone", lambda: [v.astimezone(ny).isoformat() for v in Ticket.objects.order_by("id").values_list("created_at", flat=True)[:3]])


def inspectdb():
    out = io.StringIO()
    call_command("inspectdb", "tickets_agent", "tickets_ticket", stdout=out)
    return [l for l in out.getvalue().splitlines() if l.strip() and not l.startswith("#")]


step("inspectdb", inspectdb)


def test_runner():
    from django.test.runner import DiscoverRunner
    import unittest

    runner = DiscoverRunner(verbosity=0, interactive=False)
    result = {}
    run_suite = runner.run_suite

    def keep(suite, **kwargs):
        r = run_suite(suite, **kwargs)
        result["run"] = r.testsRun
        result["failures"] = [str(t) for t, _ in r.failures]
        result["errors"] = [[str(t), tb.strip().splitlines()[-1]] for t, tb in r.errors]
        return r

    runner.run_suite = keep
    import contextlib
    with contextlib.redirect_stderr(io.StringIO()):
        failures = runner.run_tests(["tickets"])
    return [failures, result]


step("test runner", test_runner)
