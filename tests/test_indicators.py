"""Indicators: defined as data, counted by SQL, checked against counts written out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from db import indicators
from db.errors import PermissionDenied, ValidationError, ValidationErrors
from db.indicators import Condition, IndicatorDef, parse_bands, parse_period, suppress
from db.models import Application, Household, Organisation, Person, Referral

BAGHDAD = dt.timedelta(hours=3)
UTC = dt.datetime


def _person(db, n, sex, birth, created, household=None, pcode=None, **wg):
    person = Person(file_number=f"MOS-2026-{n:05d}", first_name=f"ZZNAME{n}", father_name="أحمد",
                    family_name="الجبوري", sex=sex, birth_date=birth, created_at=created,
                    household_id=household.id if household else None, current_pcode=pcode,
                    phone=f"0770000{n:04d}", **wg)
    db.add(person)
    db.flush()
    return person


@pytest.fixture
def office(admin):
    """A small office whose October 2026 is counted by hand below (times in UTC; the office is
    in Baghdad, UTC+3)."""
    with admin.transaction() as db:
        h1 = Household(district="IQG15Q05", displacement_status="idp", phone="07701111111")
        h2 = Household(district="IQG15Q01", displacement_status="returnee")
        db.add_all([h1, h2])
        db.flush()
        p = {}
        # 12 on the last day of October (12-17); registered 00:30 on 1 October in Baghdad.
        p[1] = _person(db, 1, "F", dt.date(2014, 10, 31), UTC(2026, 9, 30, 21, 30), h1, wg_walking=3)
        # 12 only on 1 November: 6-11 for October, 12-17 for the quarter.
        p[2] = _person(db, 2, "F", dt.date(2014, 11, 1), UTC(2026, 10, 15, 10, 0), h1, wg_seeing=1, wg_hearing=1)
        # 23:59 on 31 October in Baghdad.
        p[3] = _person(db, 3, "M", dt.date(1990, 5, 5), UTC(2026, 10, 31, 20, 59), h1)
        # 00:00 on 1 November in Baghdad: not October; no birth date.
        p[4] = _person(db, 4, "M", None, UTC(2026, 10, 31, 21, 0), h2)
        # 23:59 on 30 September in Baghdad: not October.
        p[5] = _person(db, 5, "F", dt.date(1960, 1, 1), UTC(2026, 9, 30, 20, 59), h2)
        p[6] = _person(db, 6, "F", dt.date(2022, 3, 1), UTC(2026, 10, 20), h2, wg_seeing=4)
        # Born 29 February: 18 on 28 February 2026 already passed -> 18 at the end of October.
        p[7] = _person(db, 7, "F", dt.date(2008, 2, 29), UTC(2026, 10, 5), None, pcode="IQG15Q05N04")
        p[8] = _person(db, 8, "M", dt.date(2020, 6, 1), UTC(2025, 5, 1), h1)

        def app(person, doc, opened, closed=None, outcome=""):
            db.add(Application(person_id=p[person].id, doc_type=doc, state="issued" if outcome.startswith("issued")
                               else "closed" if closed else "intake", opened_on=opened, closed_on=closed,
                               outcome=outcome))

        app(1, "birth_certificate", dt.date(2026, 10, 1))                        # A1 first day
        app(1, "national_card", dt.date(2026, 10, 31))                           # A2 last day
        app(8, "birth_certificate", dt.date(2026, 9, 30), dt.date(2026, 10, 10), "issued_first_instance")  # A3
        app(3, "marriage_contract", dt.date(2026, 10, 10), dt.date(2026, 10, 31), "rejected")              # A4
        app(5, "national_card", dt.date(2026, 11, 1))                            # A5 November
        app(2, "birth_certificate", dt.date(2026, 8, 1), dt.date(2026, 11, 1), "issued")                   # A6
        app(6, "birth_certificate", dt.date(2026, 10, 5), dt.date(2026, 10, 6), "counselling_only")        # A7

        org = Organisation(name_ar="مدرسة النور", name_en="Al-Noor School")
        db.add(org)
        db.flush()

        def ref(n, person, service, sent, state="sent", closed=None):
            db.add(Referral(person_id=p[person].id, reference=f"REF/{n}", service=service, organisation_id=org.id,
                            state=state, sent_on=sent, closed_on=closed))

        ref(1, 1, "school_enrolment", dt.date(2026, 10, 2), "service_given", dt.date(2026, 10, 20))
        ref(2, 2, "school_enrolment", dt.date(2026, 10, 3))
        ref(3, 7, "psychosocial_support", dt.date(2026, 9, 15), "service_given", dt.date(2026, 10, 31))
        ref(4, 6, "health_centre", dt.date(2026, 10, 31), "refused", dt.date(2026, 10, 31))
        ref(5, 3, "livelihoods", dt.date(2026, 11, 1))
    return admin


def _report(session, period="2026-10", **kw):
    return indicators.compute_report(session, parse_period(period), utc_offset=BAGHDAD, **kw)


def test_people_registered_in_october_hand_counted(office):
    r = _report(office).result("people_registered")
    # P1, P2, P3, P6, P7 (P4 is 1 November in Baghdad, P5 30 September, P8 2025).
    assert r.total == 5
    assert (r.count(sex="F"), r.count(sex="M")) == (4, 1)
    # The office's default age groups, those of domain.md section 5.
    assert [r.count(age=a) for a in ("0-5", "6-11", "12-17", "18-59", "60+", "")] == [1, 1, 1, 2, 0, 0]
    assert r.count(sex="F", age="18-59") == 1 and r.count(sex="M", age="18-59") == 1
    assert (r.count(district="IQG15Q05"), r.count(district="IQG15Q01")) == (4, 1)
    assert [r.count(displacement=d) for d in ("idp", "returnee", "resident", "")] == [3, 1, 0, 1]
    assert [r.count(disability=d) for d in ("yes", "no", "")] == [2, 1, 2]


def test_the_quarter_counts_ages_at_its_own_end(office):
    r = _report(office, "2026-Q4").result("people_registered")
    assert r.total == 6  # P4 joins (1 November in Baghdad)
    assert r.count(age="") == 1  # P4 has no birth date
    assert r.count(age="12-17") == 2  # P2 turned 12 on 1 November
    assert r.count(age="6-11") == 0


def test_without_the_office_offset_the_boundaries_move(office):
    r = indicators.compute_report(office, parse_period("2026-10"), utc_offset=dt.timedelta(0))
    # In UTC: P1 registered 30 September, P4 31 October.
    assert r.result("people_registered").total == 5
    assert r.result("people_registered").count(sex="M") == 2


def test_applications_and_referrals_hand_counted(office):
    rep = _report(office)
    opened = rep.result("applications_opened")
    assert opened.total == 4  # A1 (first day), A2 (last day), A4, A7
    assert {v: opened.count(v) for v in opened.values("by")} == {
        "birth_certificate": 2, "national_card": 1, "marriage_contract": 1}
    assert opened.count("birth_certificate", sex="F") == 2
    assert (opened.count(sex="F"), opened.count(sex="M")) == (3, 1)
    issued = rep.result("applications_issued")
    assert issued.total == 1 and issued.count("birth_certificate", sex="M", age="6-11") == 1
    failed = rep.result("applications_unsuccessful")
    assert failed.total == 2
    assert failed.count("marriage_contract") == 1 and failed.count("birth_certificate", age="0-5") == 1
    people = rep.result("people_with_applications")
    assert people.total == 3  # P1 twice, P3, P6: unique people
    made = rep.result("referrals_made")
    assert made.total == 3 and made.count("school_enrolment") == 2 and made.count("health_centre") == 1
    done = rep.result("referrals_completed")
    assert done.total == 2
    assert done.count("school_enrolment", sex="F", age="12-17") == 1
    assert done.count("psychosocial_support", sex="F", age="18-59", district="IQG15Q05", displacement="") == 1


def test_unique_people_by_a_field_are_not_summed_twice(office):
    d = IndicatorDef(code="people_by_document", name_en="People by document", name_ar="", entity="application",
                     date_field="opened_on", by="doc_type", counts="people")
    indicators.save_indicator(office, d)
    r = _report(office, codes=["people_by_document"]).result("people_by_document")
    assert r.count("birth_certificate") == 2 and r.count("national_card") == 1
    assert r.total == 3  # P1 has both documents and is one person
    table = indicators.tables(r, parse_bands("0-4,5-11,12-17,18-59,60+"), 1)[0]
    assert table.grid[-1][-1] == 3


def test_a_custom_indicator_added_as_data_counts_right(office):
    d = IndicatorDef(code="girls_school", name_en="School referrals for girls and women",
                     name_ar="إحالات مدرسية للإناث", entity="referral", date_field="sent_on",
                     conditions=(Condition("service", "in", ("school_enrolment",)), Condition("sex", "in", ("F",))))
    saved = indicators.save_indicator(office, d)
    assert saved.id is not None and not saved.builtin
    assert _report(office).result("girls_school").total == 2  # R1, R2
    idp = IndicatorDef(code="idp_registered", name_en="Displaced people registered", name_ar="", entity="person",
                       date_field="created_at", counts="people",
                       conditions=(Condition("displacement_status", "in", ("idp",)),))
    indicators.save_indicator(office, idp)
    not_refused = IndicatorDef(code="not_refused", name_en="Referrals not refused", name_ar="", entity="referral",
                               date_field="sent_on", conditions=(Condition("state", "not_in", ("refused",)),))
    indicators.save_indicator(office, not_refused)
    rep = _report(office)
    assert rep.result("idp_registered").total == 3
    assert rep.result("not_refused").total == 2  # R1, R2 (R4 refused)
    custom = indicators.compute_report(office, parse_period("2026-10-01..2026-10-02"), utc_offset=BAGHDAD)
    assert custom.result("applications_opened").total == 1  # A1 only
    assert custom.result("girls_school").total == 1  # R1 only
    codes = [d.code for d in indicators.list_indicators(office)]
    assert codes[-3:] == ["girls_school", "idp_registered", "not_refused"]


def test_defaults_are_seeded_as_rows(admin):
    listed = indicators.list_indicators(admin)
    assert [(d.code, d.entity, d.date_field, d.conditions, d.by, d.counts, d.builtin) for d in listed] == [
        (d.code, d.entity, d.date_field, d.conditions, d.by, d.counts, True) for d in indicators.default_definitions()]


@pytest.mark.parametrize(("change", "field"), [
    ({"code": "Bad Code"}, "code"),
    ({"code": "people_registered"}, "code"),
    ({"name_en": "", "name_ar": ""}, "name"),
    ({"entity": "household"}, "entity"),
    ({"date_field": "birth_date"}, "date_field"),
    ({"by": "first_name"}, "by"),
    ({"counts": "sum"}, "counts"),
    ({"conditions": (Condition("first_name", "in", ("x",)),)}, "conditions"),
    ({"conditions": (Condition("service", "like", ("x",)),)}, "conditions"),
    ({"conditions": (Condition("service", "in", ()),)}, "conditions"),
    ({"conditions": (Condition("service", "in", ("x'); DROP TABLE person; --",)),)}, "conditions"),
])
def test_bad_definitions_are_refused_with_the_field_named(admin, change, field):
    base = dict(code="my_indicator", name_en="Mine", name_ar="", entity="referral", date_field="sent_on")
    with pytest.raises(ValidationErrors) as caught:
        indicators.save_indicator(admin, IndicatorDef(**{**base, **change}))
    assert field in [error.field for _row, error in caught.value.problems]
    assert [d.code for d in indicators.list_indicators(admin)] == [d.code for d in indicators.default_definitions()]


def test_builtins_cannot_be_deleted_custom_ones_can(admin):
    from db.errors import SanadError

    with pytest.raises(SanadError):
        indicators.delete_indicator(admin, "people_registered")
    indicators.save_indicator(admin, IndicatorDef(code="mine", name_en="Mine", name_ar="", entity="person",
                                                  date_field="created_at"))
    indicators.delete_indicator(admin, "mine")
    assert "mine" not in [d.code for d in indicators.list_indicators(admin)]


def test_reports_need_the_export_permission(office):
    from db.permissions import Role
    from db.session import CurrentUser, UserSession

    staff = UserSession(office.vault, CurrentUser(office.user.id, "staff1", "", Role.STAFF, False))
    with pytest.raises(PermissionDenied):
        indicators.compute_report(staff, parse_period("2026-10"))
    with pytest.raises(PermissionDenied):
        indicators.save_indicator(staff, indicators.default_definitions()[0])
    manager = UserSession(office.vault, CurrentUser(office.user.id, "manager1", "", Role.MANAGER, False))
    assert indicators.compute_report(manager, parse_period("2026-10"), utc_offset=BAGHDAD).result(
        "people_registered").total == 5


def test_the_offices_threshold_is_a_floor_only_administrators_go_below(office):
    from db.permissions import Role
    from db.session import CurrentUser, UserSession

    manager = UserSession(office.vault, CurrentUser(office.user.id, "manager1", "", Role.MANAGER, False))
    with pytest.raises(ValidationError) as refused:
        indicators.compute_report(manager, parse_period("2026-10"), threshold=1, utc_offset=BAGHDAD)
    assert refused.value.field == "threshold" and "administrator" in str(refused.value)
    assert indicators.compute_report(manager, parse_period("2026-10"), threshold=10, utc_offset=BAGHDAD).threshold == 10
    assert indicators.compute_report(office, parse_period("2026-10"), threshold=1, utc_offset=BAGHDAD).threshold == 1


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2026-10", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
    ("2026-02", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    ("2026-12", dt.date(2026, 12, 1), dt.date(2026, 12, 31)),
    ("2026-Q4", dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    ("2026q1", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    ("2026-10-05..2026-11-02", dt.date(2026, 10, 5), dt.date(2026, 11, 2)),
    # A year, and Arabic-Indic digits, as the list exports take them (found in review).
    ("2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ("٢٠٢٦-١٠", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
])
def test_periods(text, start, end):
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("text", ["", "2026-13", "October", "2026-Q5", "2026-10-31..2026-10-01",
                                  "2026-02-30..2026-03-01"])
def test_bad_periods_are_refused(text):
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert caught.value.field == "period"


def test_age_bands():
    assert [b.code for b in parse_bands("0-4,5-11,12-17,18-59,60+")] == ["0-4", "5-11", "12-17", "18-59", "60+"]
    assert [b.code for b in parse_bands(" 0-5 ، 6-17, 18+ ")] == ["0-5", "6-17", "18+"]
    for bad in ("", "1-4,5+", "0-4,6+", "0-4,5-11", "0-4,3-11,12+", "0+,5-9", "0-4,x+"):
        with pytest.raises(ValidationError):
            parse_bands(bad)
    bands = parse_bands("0-4,5-11,12-17,18-59,60+")
    end = dt.date(2026, 10, 31)
    assert indicators.band_of(dt.date(2014, 10, 31), end, bands) == "12-17"
    assert indicators.band_of(dt.date(2014, 11, 1), end, bands) == "5-11"
    assert indicators.band_of(dt.date(2008, 2, 29), dt.date(2026, 2, 28), bands) == "12-17"
    assert indicators.band_of(dt.date(2008, 2, 29), dt.date(2026, 3, 1), bands) == "18-59"
    assert indicators.band_of(None, end, bands) == "" and indicators.band_of(dt.date(2027, 1, 1), end, bands) == ""


def test_sql_age_bands_agree_with_python_on_29_february(admin):
    with admin.transaction() as db:
        _person(db, 1, "F", dt.date(2008, 2, 29), UTC(2026, 2, 10))
    february = indicators.compute_report(admin, parse_period("2026-02"), utc_offset=BAGHDAD,
                                         bands=parse_bands("0-17,18+"))
    assert february.result("people_registered").count(age="0-17") == 1  # still 17 on 28 February 2026
    march = indicators.compute_report(admin, parse_period("2026-02-01..2026-03-01"), utc_offset=BAGHDAD,
                                      bands=parse_bands("0-17,18+"))
    assert march.result("people_registered").count(age="18+") == 1


def test_office_settings_hold_bands_and_threshold(admin):
    from db import office

    with pytest.raises(ValidationError):
        office.save_settings(admin, {"report_age_bands": "0-4,9+"})
    office.save_settings(admin, {"report_age_bands": "0-17,18+", "report_min_cell": 3})
    bands, threshold = indicators.report_settings(admin)
    assert [b.code for b in bands] == ["0-17", "18+"] and threshold == 3


# ---- suppression ---------------------------------------------------------------------------------------


def test_small_cells_and_their_complements_are_hidden():
    grid = [[3, 10, 13],
            [8, 9, 17],
            [11, 19, 30]]
    assert suppress(grid, 5) == [["<5", "x", 13],
                                 ["x", "x", 17],
                                 [11, 19, 30]]


def test_a_single_column_with_one_small_cell_hides_another():
    grid = [[2, 2], [30, 30], [0, 0], [32, 32]]
    assert [row[0] for row in suppress(grid, 5)] == ["<5", "x", 0, 32]


def test_zero_stays_zero_and_a_small_total_is_hidden():
    assert suppress([[0, 3, 3], [0, 3, 3]], 5) == [[0, "<5", "<5"], [0, "<5", "<5"]]
    assert suppress([[0, 0], [0, 0]], 5) == [[0, 0], [0, 0]]


def test_threshold_one_hides_nothing():
    grid = [[1, 2, 3], [4, 0, 4], [5, 2, 7]]
    assert suppress(grid, 1) == grid


def test_no_line_is_left_with_a_single_hidden_value():
    import random

    rng = random.Random(7)
    for _ in range(300):
        rows, cols = rng.randint(1, 5), rng.randint(1, 4)
        body = [[rng.choice([0, 0, 1, 2, 3, 4, 5, 7, 12, 40]) for _ in range(cols)] for _ in range(rows)]
        grid = [row + [sum(row)] for row in body]
        grid.append([sum(grid[i][j] for i in range(rows)) for j in range(cols + 1)])
        shown = suppress(grid, 5)
        lines = [row for row in shown] + [[shown[i][j] for i in range(rows + 1)] for j in range(cols + 1)]
        for line in lines:
            assert sum(isinstance(v, str) for v in line) != 1, (grid, shown)
        for i in range(rows + 1):
            for j in range(cols + 1):
                if 0 < grid[i][j] < 5:
                    assert shown[i][j] == "<5"
                elif not isinstance(shown[i][j], str):
                    assert shown[i][j] == grid[i][j]


def _hidden(shown: list[list]) -> list[list[str]]:
    return [["small" if isinstance(v, str) and v.startswith("<") else "comp" if v == "x" else "" for v in row]
            for row in shown]


def test_no_hidden_count_can_be_worked_out_from_the_totals():
    # Found in review: rows and columns each had two hidden cells, yet the totals gave them back.
    grid = [[1, 0, 1], [1, 0, 1], [6, 7, 13], [8, 7, 15]]  # age rows x (F, M, total), totals last
    before = [["<5", "x", "<5"], ["<5", 0, "<5"], ["x", 7, 13], [8, 7, 15]]  # the old answer
    assert indicators.disclosed(grid, _hidden(before), 5)  # F: 8 - 6 = 2 = 1 + 1
    shown = indicators.suppress(grid, 5)
    assert indicators.disclosed(grid, _hidden(shown), 5) == []
    assert shown[0][0] in ("<5", "x") and shown[1][0] in ("<5", "x")
    # Displacement: two "<5" adding up to 8 are two 4s.
    grid = [[10, 10], [4, 4], [4, 4], [18, 18]]
    assert indicators.disclosed(grid, _hidden(indicators.suppress(grid, 5)), 5) == []
    # Random tables: whatever is hidden stays unknown.
    import random

    rng = random.Random(7)
    for _ in range(2000):
        rows, cols = rng.randint(1, 6), rng.randint(1, 6)
        body = [[rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 12, 30]) for _ in range(cols)] for _ in range(rows)]
        grid = [row + [sum(row)] for row in body]
        grid.append([sum(grid[i][j] for i in range(rows)) for j in range(cols + 1)])
        shown = indicators.suppress(grid, 5)
        assert indicators.disclosed(grid, _hidden(shown), 5) == [], grid
        assert all(shown[i][j] == grid[i][j] or isinstance(shown[i][j], str)
                   for i in range(rows + 1) for j in range(cols + 1))


def test_report_tables_are_suppressed(office):
    rep = _report(office)
    r = rep.result("people_registered")
    tables = {t.key: t for t in indicators.tables(r, rep.bands, rep.threshold, rep.labels)}
    disability = tables["disability"]
    assert disability.rows == ["yes", "no", ""]
    # Four girls in four age groups, each "<5", under a total of 4 would be four 1s: the sex by age
    # table hides everything, and the grand total it hides is hidden in every table.
    sex_age = tables["age_sex"]
    assert all(value == "x" for row in sex_age.shown for value in row)
    assert [row[0] for row in disability.shown] == ["<5", "<5", "<5", "x"]
    for table in tables.values():
        assert indicators.disclosed(table.grid, _hidden(table.shown), rep.threshold) == [], table.key
    assert indicators.cell_value(r, "", {"sex": "F"}, 5) == "<5"
    assert indicators.cell_value(r, "", {}, 5) == 5
    assert indicators.cell_value(r, "", {"age": "60+"}, 5) == 0


def test_tables_of_one_indicator_hide_the_figures_they_share_alike():
    import itertools
    import random

    from db.indicators import IndicatorResult, _figures, tables

    bands = parse_bands("0-4,5-17,18+")
    definition = IndicatorDef(code="t", name_en="t", name_ar="", entity="application", date_field="opened_on",
                              by="doc_type")
    rng = random.Random(11)
    for _ in range(150):
        cells = {}
        for key in itertools.product(("a", "b", "c"), ("F", "M"), ("0-4", "5-17", "18+", ""), ("D1", "D2"),
                                     ("idp", "resident"), ("yes", "no")):
            if rng.random() < 0.08:
                cells[key] = rng.choice([1, 2, 3, 5, 6, 9, 20])
        if not cells:
            continue
        overall = {}
        for key, n in cells.items():
            overall[("", *key[1:])] = overall.get(("", *key[1:]), 0) + n
        made = tables(IndicatorResult(definition, cells, overall), bands, 5)
        seen = {}
        for table in made:
            for (i, j), key in _figures(table).items():
                status = isinstance(table.shown[i][j], str)
                assert seen.setdefault(key, status) == status, (key, table.key)
            shown = table.shown
            lines = list(shown) + [[row[j] for row in shown] for j in range(len(shown[0]))]
            assert all(sum(isinstance(v, str) for v in line) != 1 for line in lines), table.key
