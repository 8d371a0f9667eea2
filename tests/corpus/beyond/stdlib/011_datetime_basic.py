from datetime import date, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoformat(), d.strftime('%A %d %B %Y'))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt, dt + timedelta(seconds=45), repr(timedelta(days=1, hours=3)), (dt - datetime(2023, 1, 1)).days)
print(datetime.fromisoformat('2021-06-15T08:30:00'), date.fromordinal(738000), d.toordinal())
print(timedelta(hours=25), timedelta(minutes=-1), timedelta(days=1) / timedelta(hours=1))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).isoformat(), datetime.fromtimestamp(0, timezone.utc))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2000, 1, 1) < date(2000, 1, 2), d.replace(year=2025))
