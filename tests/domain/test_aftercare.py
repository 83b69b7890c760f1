"""The care plan file, the aftercare day counts, the dated timeline and date wording.

Day convention under test: day 1 is the treatment day, day n is
``session_date + (n - 1)``; "keep dry 4 days" is days 1-4.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import fields, replace
from datetime import date, datetime
from pathlib import Path

import pytest

from smpdesk.domain.aftercare import (
    AftercareDays,
    CarePlan,
    TimelineEntry,
    default_care_plan_path,
    describe_dates,
    describe_days,
    load_care_plan,
    plain_text,
    timeline,
)
from smpdesk.domain.dates import (
    format_appointment,
    format_long_date,
    format_short_date,
    format_time,
)
from smpdesk.errors import UserError

SHIPPED = default_care_plan_path()


def entry(entries: list[TimelineEntry], topic: str, start_day: int) -> TimelineEntry:
    (found,) = [e for e in entries if e.topic == topic and e.start_day == start_day]
    return found


def everything(plan: CarePlan) -> str:
    sections = (plan.every_day, plan.normal, plan.warning_signs, plan.before_next_session)
    parts = [plan.intro, *(p.text for p in plan.phases)]
    for section in sections:
        parts += [section.intro, section.note, *section.items]
    return plain_text(" ".join(parts)).lower()


# -- the shipped care plan ------------------------------------------------------


def test_shipped_plan_loads():
    plan = load_care_plan()
    assert plan.version
    assert plan.title
    assert plan.phases
    assert plan.warning_signs.items
    assert plan.before_next_session.items


def test_shipped_plan_uses_every_day_setting():
    """Each clinic setting must change something on the sheet."""
    plan = load_care_plan()
    used = {ref.setting for p in plan.phases for ref in (p.start, p.end) if ref is not None}
    assert used >= {f.name for f in fields(AftercareDays)}


@pytest.mark.parametrize(
    "words",
    [
        # keep dry, first wash
        "completely dry",
        "shampoo",
        "unscented cleanser",
        "pat dry",
        # sun
        "direct sun",
        "spf 30",
        "for life",
        # scabs
        "never pick, scratch or rub",
        # sweat and shaving
        "sweat",
        "foil shaver or clippers",
        "razor",
        # water and heat
        "pools",
        "sea",
        "sauna",
        "steam",
        "sunbed",
        # products
        "alcohol",
        "acids",
        "retinoids",
        "fragrance",
        "fake tan",
        "gel, wax, spray",
        "hair dye",
        "moisturiser",
        # sleep
        "clean pillowcase",
        # normal healing
        "redness for up to three days",
        "swelling for a day or two",
        "itching",
        "flaking",
        "5 to 10 days",
        # infection and allergy signs, when to get help (California §119303)
        "gets worse after about day 3",
        "pus",
        "red streaks",
        "fever",
        "chills",
        "glands",
        "rash",
        "hives",
        "blisters",
        "numbing",
        "raised",
        "emergency number",
        # before the next session
        "zero guard",
        "no razor on the day",
        "no products",
        "no alcohol",
        "sunburnt",
        "eat",
    ],
)
def test_shipped_plan_covers(words):
    assert words in everything(load_care_plan())


def test_warning_signs_name_infection_and_when_to_seek_care():
    plan = load_care_plan()
    assert "infection" in plan.warning_signs.intro.lower()
    assert "doctor" in plan.warning_signs.heading.lower()


# -- broken care plan files -------------------------------------------------------

MINIMAL = """\
version = "t1"
title = "Aftercare"

[timeline]
heading = "Day by day"

[[phase]]
topic = "Washing"
until = "keep_dry"
text = "Keep it dry."

[[phase]]
topic = "Washing"
from = "first_wash_day"
text = "Wash gently."

[every_day]
heading = "Every day"
items = ["Do not pick."]

[normal]
heading = "Normal"
items = ["Redness."]

[warning_signs]
heading = "Call us"
items = ["Pus."]

[before_next_session]
heading = "Next time"
items = ["Clip."]
"""


def write(tmp_path: Path, content: str, name: str = "plan.toml") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def line_of(content: str, needle: str) -> int:
    return next(i for i, line in enumerate(content.splitlines(), 1) if needle in line)


def test_minimal_plan_loads(tmp_path):
    plan = load_care_plan(write(tmp_path, MINIMAL))
    assert plan.version == "t1"
    assert [p.topic for p in plan.phases] == ["Washing", "Washing"]
    assert plan.timeline_note == ""


@pytest.mark.parametrize(
    ("old", "new", "needle", "expected"),
    [
        # unknown key inside the second [[phase]]
        ('text = "Wash gently."', 'text = "Wash gently."\ncolour = "red"', "colour", "colour"),
        # unknown top-level key
        ('title = "Aftercare"', 'title = "Aftercare"\nsubtitle = "x"', "subtitle", "subtitle"),
        # unknown key in a section
        ('heading = "Normal"', 'heading = "Normal"\nfooter = "x"', "footer", "footer"),
        # bad type
        ('version = "t1"', "version = 3", "version", "must be text"),
        ('items = ["Redness."]', 'items = ["Redness.", 7]', '"Redness.", 7', "non-empty text"),
        # bad day reference (a typo, an unknown setting, arithmetic we do not do)
        ('until = "keep_dry"', 'until = "keep_dri"', "keep_dri", "keep_dri"),
        ('from = "first_wash_day"', 'from = "first_wash_day * 2"', "* 2", "not a day"),
        ('until = "keep_dry"', "until = 0", "until = 0", "day 1 or later"),
        ('until = "keep_dry"', "until = true", "until = true", "not a day"),
        # empty text
        ('text = "Keep it dry."', 'text = "  "', 'text = "  "', "must not be empty"),
        # TOML syntax error
        ('heading = "Call us"', 'heading = "Call us', 'heading = "Call us', "Illegal character"),
    ],
)
def test_broken_plan_names_file_and_line(tmp_path, old, new, needle, expected):
    content = MINIMAL.replace(old, new, 1)
    assert content != MINIMAL
    path = write(tmp_path, content, "care-plan-broken.toml")
    with pytest.raises(UserError) as raised:
        load_care_plan(path)
    message = str(raised.value)
    assert f"care-plan-broken.toml:{line_of(content, needle)}:" in message
    assert expected in message
    assert "\n" not in message


def test_missing_section_is_an_error(tmp_path):
    content = MINIMAL.replace('[normal]\nheading = "Normal"\nitems = ["Redness."]\n', "")
    with pytest.raises(UserError, match=r"needs a \[normal\] table"):
        load_care_plan(write(tmp_path, content))


def test_missing_required_text_points_at_its_table(tmp_path):
    content = MINIMAL.replace('heading = "Day by day"\n', "")
    path = write(tmp_path, content)
    with pytest.raises(UserError) as raised:
        load_care_plan(path)
    assert f"{path}:{line_of(content, '[timeline]')}:" in str(raised.value)
    assert '"heading" is missing' in str(raised.value)


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="could not be read"):
        load_care_plan(tmp_path / "nope.toml")


def test_non_utf8_file_is_a_user_error(tmp_path):
    path = tmp_path / "plan.toml"
    path.write_bytes(MINIMAL.replace("Pus.", "Pus é.").encode("latin-1"))
    with pytest.raises(UserError, match="UTF-8"):
        load_care_plan(path)


def test_plan_is_cached_until_the_file_changes(tmp_path):
    path = write(tmp_path, MINIMAL)
    first = load_care_plan(path)
    assert load_care_plan(path) is first
    path.write_text(MINIMAL.replace('"t1"', '"t2"'), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_care_plan(path).version == "t2"


# -- day counts ----------------------------------------------------------------


def test_day_defaults_follow_domain():
    assert AftercareDays().as_dict() == {
        "keep_dry": 4,
        "first_wash_day": 5,
        "no_sweat": 5,
        "full_training_day": 7,
        "no_shaving": 7,
        "razor_day": 10,
        "sun_avoid": 14,
        "no_swim_sauna": 28,
        "no_moisturiser": 5,
        "no_hair_dye": 28,
    }


def test_from_mapping_overrides_and_ignores_unknown_keys():
    days = AftercareDays.from_mapping({"keep_dry": 3, "sun_avoid": 30, "from_the_future": 9})
    assert (days.keep_dry, days.sun_avoid, days.first_wash_day) == (3, 30, 5)
    assert AftercareDays.from_mapping(days.as_dict()) == days
    assert AftercareDays.from_mapping({}) == AftercareDays()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"keep_dry": 0}, "Days to keep the scalp dry must be a whole number from 1 to 14."),
        ({"keep_dry": -2}, "from 1 to 14"),
        ({"keep_dry": 15}, "from 1 to 14"),
        ({"sun_avoid": 1000}, "Days out of the sun must be a whole number from 1 to 90."),
        ({"no_hair_dye": "28"}, "whole number"),
        ({"no_sweat": 4.0}, "whole number"),
        ({"no_shaving": True}, "whole number"),
        ({"no_swim_sauna": None}, "whole number"),
        ({"keep_dry": 5}, "The first wash must come after the last day kept dry."),
        ({"full_training_day": 5}, "Full training must start after the last day without"),
        ({"no_shaving": 10}, "Razor shaving must start after the last day without shaving."),
    ],
)
def test_bad_day_counts_are_refused_with_one_sentence(changes, message):
    with pytest.raises(UserError) as raised:
        AftercareDays.from_mapping(changes)
    text = str(raised.value)
    assert message in text
    assert text.endswith(".") and "\n" not in text and text.count(". ") == 0


def test_replace_validates_too():
    with pytest.raises(UserError):
        replace(AftercareDays(), keep_dry=0)


# -- the dated timeline ------------------------------------------------------------


def dated(session: date, **days: int) -> list[TimelineEntry]:
    return timeline(load_care_plan(), AftercareDays(**days), session)


def test_day_one_is_the_treatment_day():
    entries = dated(date(2026, 11, 28))
    keep_dry = entry(entries, "Washing", 1)
    assert (keep_dry.start_day, keep_dry.end_day) == (1, 4)
    assert keep_dry.start == date(2026, 11, 28)
    assert keep_dry.end == date(2026, 12, 1)  # 28, 29, 30 Nov, 1 Dec
    wash = entry(entries, "Washing", 5)
    assert (wash.start, wash.end, wash.end_day) == (date(2026, 12, 2), None, None)


def test_timeline_crossing_into_december():
    entries = dated(date(2026, 11, 28))
    assert entry(entries, "Exercise", 1).end == date(2026, 12, 2)
    assert entry(entries, "Exercise", 6).start == entry(entries, "Exercise", 6).end
    assert entry(entries, "Exercise", 6).start == date(2026, 12, 3)
    assert entry(entries, "Exercise", 7).start == date(2026, 12, 4)
    assert entry(entries, "Shaving", 8).start == date(2026, 12, 5)
    assert entry(entries, "Shaving", 8).end == date(2026, 12, 6)
    assert entry(entries, "Shaving", 10).start == date(2026, 12, 7)
    assert entry(entries, "Sun", 1).end == date(2026, 12, 11)
    assert entry(entries, "Sun", 15).start == date(2026, 12, 12)
    assert entry(entries, "Water and heat", 1).end == date(2026, 12, 25)


def test_timeline_crossing_the_year():
    entries = dated(date(2026, 12, 30))
    assert entry(entries, "Washing", 1).end == date(2027, 1, 2)
    assert entry(entries, "Washing", 5).start == date(2027, 1, 3)
    assert entry(entries, "Water and heat", 1).end == date(2027, 1, 26)


def test_leap_day_is_counted():
    entries = dated(date(2028, 2, 27))
    # 27, 28, 29 Feb, 1 Mar: 29 February 2028 is a day of keeping dry.
    assert entry(entries, "Washing", 1).end == date(2028, 3, 1)
    assert entry(entries, "Washing", 5).start == date(2028, 3, 2)
    # The same dates a year earlier have no 29 February.
    assert entry(dated(date(2027, 2, 27)), "Washing", 1).end == date(2027, 3, 2)


def test_custom_day_counts_move_the_dates():
    entries = dated(date(2026, 11, 28), keep_dry=3, first_wash_day=4, sun_avoid=30)
    assert entry(entries, "Washing", 1).end == date(2026, 11, 30)
    assert entry(entries, "Washing", 4).start == date(2026, 12, 1)
    assert entry(entries, "Sun", 1).end == date(2026, 12, 27)
    assert entry(entries, "Sun", 31).start == date(2026, 12, 28)


def test_phase_left_empty_by_the_numbers_is_dropped():
    entries = dated(date(2026, 11, 28), no_sweat=6, full_training_day=7)
    exercise = [(e.start_day, e.end_day) for e in entries if e.topic == "Exercise"]
    assert exercise == [(1, 6), (7, None)]


def test_timeline_reads_like_a_calendar():
    entries = dated(date(2026, 11, 28))
    keys = [(e.start_day, e.end_day is None, e.end_day or 0) for e in entries]
    assert keys == sorted(keys)


def test_blank_timeline_has_days_but_no_dates():
    entries = timeline(load_care_plan(), AftercareDays(), None)
    assert entries
    assert all(e.start is None and e.end is None for e in entries)
    assert [describe_days(e) for e in entries if e.topic == "Shaving"] == [
        "Days 1–7",
        "Days 8–9",
        "From day 10",
    ]
    assert describe_dates(entry(entries, "Exercise", 6)) == "Day 6"


def test_describe_dates():
    entries = dated(date(2026, 11, 28))
    assert describe_dates(entry(entries, "Washing", 1)) == "Until Tue 1 Dec"
    assert describe_dates(entry(entries, "Washing", 5)) == "From Wed 2 Dec"
    assert describe_dates(entry(entries, "Exercise", 6)) == "Thu 3 Dec"
    assert describe_dates(entry(entries, "Shaving", 8)) == "Sat 5 – Sun 6 Dec"
    assert describe_dates(entry(entries, "Shaving", 8), "us") == "Sat, Dec 5 – Sun, Dec 6"
    assert describe_dates(entry(entries, "Washing", 1), "us") == "Until Tue, Dec 1"
    across = dated(date(2026, 11, 23))
    assert describe_dates(entry(across, "Shaving", 8)) == "Mon 30 Nov – Tue 1 Dec"


def test_plain_text_drops_bold_marks():
    assert plain_text("Use **SPF 30** daily") == "Use SPF 30 daily"


# -- date wording ------------------------------------------------------------------


def test_long_dates():
    assert format_long_date(date(2026, 12, 4)) == "Friday 4 December 2026"
    assert format_long_date(date(2026, 12, 4), "us") == "Friday, December 4, 2026"
    assert format_long_date(date(2028, 2, 29)) == "Tuesday 29 February 2028"


def test_short_dates():
    assert format_short_date(date(2027, 1, 2)) == "Sat 2 Jan"
    assert format_short_date(date(2027, 1, 2), "us") == "Sat, Jan 2"
    assert format_short_date(date(2027, 1, 2), with_year=True) == "Sat 2 Jan 2027"
    assert format_short_date(date(2027, 1, 2), "us", with_year=True) == "Sat, Jan 2, 2027"


def test_times_and_appointments():
    assert format_time(datetime(2026, 12, 9, 0, 5), "us") == "12:05 AM"
    assert format_time(datetime(2026, 12, 9, 12, 0), "us") == "12:00 PM"
    assert format_time(datetime(2026, 12, 9, 14, 30)) == "14:30"
    assert format_appointment(datetime(2026, 12, 9, 14, 30)) == "Wednesday 9 December 2026 at 14:30"
    assert format_appointment(datetime(2026, 12, 9), "us") == "Wednesday, December 9, 2026"


def test_unknown_date_style_is_a_programming_error():
    with pytest.raises(ValueError):
        format_long_date(date(2026, 1, 1), "de")


def test_dates_ignore_the_system_locale():
    code = (
        "import locale\n"
        "try:\n    locale.setlocale(locale.LC_TIME, 'de_DE.UTF-8')\n"
        "except locale.Error:\n    pass\n"
        "from datetime import date\n"
        "from smpdesk.domain.dates import format_long_date\n"
        "print(format_long_date(date(2026, 12, 4)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Friday 4 December 2026"


def test_care_plan_needs_no_reportlab_or_qt():
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from smpdesk.domain.aftercare import AftercareDays, load_care_plan, timeline\n"
        "timeline(load_care_plan(), AftercareDays(), date(2026, 11, 28))\n"
        "loaded = {'reportlab', 'PySide6', 'PIL'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2]
    )


def test_month_names_in_timeline_are_english_abbreviations():
    for e in dated(date(2026, 11, 28)):
        assert re.fullmatch(
            r"(Until |From )?[A-Z][a-z]{2} \d+( [A-Z][a-z]{2})?"
            r"( – [A-Z][a-z]{2} \d+ [A-Z][a-z]{2})?",
            describe_dates(e),
        )
