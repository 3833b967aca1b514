"""A small SQLAlchemy 2 app (SQLAlchemy and psycopg 3 from PyPI) on a
fresh database: metadata.create_all, the ORM's inserts and queries with
func.date_trunc and func.timezone in a zone, aggregates and a join, and
reflection (MetaData.reflect and the Inspector) of what it created.
Prints one JSON line per step: what the app sees.

usage: python sqlalchemy_app.py DATABASE_URL
"""
import datetime
import decimal
import json
import sys
import urllib.parse

from sqlalchemy import (
    BigInteger, Boolean, CheckConstraint, Column, Date, DateTime, ForeignKey, Index, Integer,
    Interval, MetaData, Numeric, String, Text, UniqueConstraint, create_engine, func, inspect,
    select, text,
)
from sqlalchemy.orm import DeclarativeBase, Session, relationship

u = urllib.parse.urlparse(sys.argv[1])
url = f"postgresql+psycopg://{u.username or 'postgres'}@{u.hostname}:{u.port}{u.path}"
engine = create_engine(url)


def step(name, f):
    try:
        value = f()
    except Exception as e:  # what the app would see
        value = ["error", type(e).__name__, str(e).splitlines()[0] if str(e) else ""]
    print(json.dumps([name, value], default=str))


class Base(DeclarativeBase):
    pass


class Room(Base):
    __tablename__ = "rooms"
    id = Column(Integer, primary_key=True)
    name = Column(String(80), nullable=False, unique=True)
    seats = Column(Integer, nullable=False, server_default=text("4"))
    active = Column(Boolean, nullable=False, server_default=text("true"))
    __table_args__ = (CheckConstraint("seats > 0", name="rooms_seats_positive"),)


class Booking(Base):
    __tablename__ = "bookings"
    id = Column(BigInteger, primary_key=True)
    room_id = Column(Integer, ForeignKey("rooms.id", ondelete="CASCADE"), nullable=False)
    title = Column(Text)
    starts_at = Column(DateTime(timezone=True), nullable=False)
    length = Column(Interval)
    day = Column(Date)
    price = Column(Numeric(10, 2))
    created_at = Column(DateTime(timezone=True), server_default=func.now())
    room = relationship(Room)
    __table_args__ = (
        Index("bookings_room_starts", "room_id", "starts_at"),
        UniqueConstraint("room_id", "title", name="bookings_room_title"),
    )


def version():
    with engine.connect() as c:
        return [c.dialect.server_version_info[:1], c.scalar(select(func.current_schema()))]


step("server version and schema", version)
step("create_all", lambda: Base.metadata.create_all(engine) or sorted(inspect(engine).get_table_names()))
step("has_table", lambda: [inspect(engine).has_table("rooms"), inspect(engine).has_table("nope")])

t0 = datetime.datetime(2024, 3, 9, 22, 30, tzinfo=datetime.timezone.utc)


def insert():
    with Session(engine) as s:
        a = Room(name="Aula", seats=40)
        b = Room(name="Booth")
        s.add_all([a, b])
        s.flush()
        for i in range(8):
            s.add(Booking(room=a if i % 2 == 0 else b, title=f"b{i}",
                          starts_at=t0 + datetime.timedelta(hours=7 * i),
                          length=datetime.timedelta(minutes=30 * (i + 1)),
                          day=datetime.date(2024, 3, 10 + i),
                          price=decimal.Decimal("12.50") * i))
        s.commit()
        return [s.scalar(select(func.count()).select_from(Room)),
                s.scalar(select(func.count()).select_from(Booking)),
                s.scalar(select(Room.seats).where(Room.name == "Booth"))]


step("insert", insert)


def per_local_day():
    local = func.timezone("America/New_York", Booking.starts_at)
    day = func.date_trunc("day", local).label("d")
    with Session(engine) as s:
        return [list(r) for r in s.execute(select(day, func.count()).group_by(day).order_by(day))]


step("date_trunc of timezone", per_local_day)


def trunc_in_zone():
    with engine.connect() as c:
        c.execute(text("SET TIME ZONE 'America/New_York'"))
        d = func.date_trunc("day", Booking.starts_at).label("d")
        return [list(r) for r in c.execute(select(d, func.sum(Booking.length)).group_by(d).order_by(d))]


step("date_trunc in the session zone", trunc_in_zone)


def join_and_aggregates():
    with Session(engine) as s:
        q = (select(Room.name, func.count(Booking.id), func.sum(Booking.price), func.max(Booking.starts_at))
             .join(Booking.room).group_by(Room.name).order_by(Room.name))
        return [list(r) for r in s.execute(q)]


step("join and aggregates", join_and_aggregates)
step("filter by range", lambda: [b.title for b in Session(engine).scalars(
    select(Booking).where(Booking.starts_at.between(t0, t0 + datetime.timedelta(days=1))).order_by(Booking.id))])
step("interval arithmetic", lambda: [str(v) for v in Session(engine).scalars(
    select(Booking.starts_at + Booking.length).order_by(Booking.id).limit(3))])


def update_and_delete():
    with Session(engine) as s:
        r = s.scalars(select(Room).where(Room.name == "Booth")).one()
        r.seats = 6
        s.commit()
        s.delete(s.scalars(select(Booking).where(Booking.title == "b7")).one())
        s.commit()
        return [s.scalar(select(Room.seats).where(Room.name == "Booth")),
                s.scalar(select(func.count()).select_from(Booking))]


step("update and delete", update_and_delete)


def reflect():
    md = MetaData()
    md.reflect(engine)
    out = {}
    for name in sorted(md.tables):
        t = md.tables[name]
        out[name] = {
            "columns": [[c.name, repr(c.type), c.nullable, str(c.server_default.arg) if c.server_default is not None else None,
                         c.primary_key] for c in t.columns],
            "foreign_keys": sorted([fk.parent.name, fk.target_fullname, fk.ondelete] for fk in t.foreign_keys),
            "indexes": sorted([i.name, [c.name for c in i.columns], i.unique] for i in t.indexes),
        }
    return out


step("MetaData.reflect", reflect)


def inspector():
    i = inspect(engine)
    return {
        "pk": i.get_pk_constraint("bookings"),
        "fks": i.get_foreign_keys("bookings"),
        "unique": i.get_unique_constraints("bookings"),
        "checks": i.get_check_constraints("rooms"),
        "indexes": i.get_indexes("bookings"),
        "schemas": [s for s in i.get_schema_names() if s == "public"],
        "views": i.get_view_names(),
    }


step("Inspector", inspector)
step("drop_all", lambda: Base.metadata.drop_all(engine) or inspect(engine).get_table_names())
