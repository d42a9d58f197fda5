"""The workflow module alone: every allowed and refused move of the default workflow, custom
states from data, reasons, ends, and dependency cycles."""

from __future__ import annotations

import itertools

import pytest

from db.workflow import (
    BadWorkflow,
    ReasonRequired,
    State,
    TransitionFromEnd,
    TransitionRefused,
    UnknownState,
    Workflow,
    find_cycle,
    workflow_problems,
)

DEFAULT = Workflow((
    State("intake", "Intake", "استقبال"),
    State("documents", "Gathering documents", "جمع المستمسكات"),
    State("security_clearance", "Security clearance", "التدقيق الأمني"),
    State("court_filing", "Court filing", "إقامة الدعوى"),
    State("hearings", "Hearings", "المرافعات"),
    State("judgement", "Judgement", "صدور الحكم"),
    State("civil_registration", "Civil-affairs registration", "التسجيل"),
    State("issued", "Issued", "صدرت", "issued"),
    State("on_hold", "On hold", "معلقة", "hold"),
    State("closed_unsuccessful", "Closed - unsuccessful", "مغلقة", "closed"),
))
STEPS = [s.code for s in DEFAULT.steps]


def expected_moves(current: str, held_from: str = "") -> set[str]:
    if current in ("issued", "closed_unsuccessful"):
        return set()
    if current == "on_hold":
        return {held_from or "intake", "closed_unsuccessful"}
    index = STEPS.index(current)
    moves = {STEPS[index + 1] if index + 1 < len(STEPS) else "issued", "on_hold", "closed_unsuccessful"}
    if index:
        moves.add(STEPS[index - 1])
    return moves


@pytest.mark.parametrize("current, target", list(itertools.product([s.code for s in DEFAULT.states], repeat=2)))
def test_every_move_of_the_default_workflow(current, target):
    allowed = target in expected_moves(current, held_from="court_filing")
    offered = {s.code for s in DEFAULT.allowed(current, held_from="court_filing")}
    assert offered == expected_moves(current, "court_filing")
    if allowed:
        assert DEFAULT.check(current, target, "because", held_from="court_filing").code == target
    elif DEFAULT.is_end(current):
        with pytest.raises(TransitionFromEnd):
            DEFAULT.check(current, target, "because", held_from="court_filing")
    else:
        with pytest.raises(TransitionRefused) as err:
            DEFAULT.check(current, target, "because", held_from="court_filing")
        # The message names what is allowed instead.
        allowed_names = err.value.args_for_text[2]
        for state in DEFAULT.allowed(current, held_from="court_filing"):
            assert state.name_en in allowed_names


def test_hold_and_close_need_a_reason_and_the_message_is_in_the_language_asked():
    with pytest.raises(ReasonRequired) as err:
        DEFAULT.check("documents", "on_hold", "  ")
    assert err.value.args_for_text == ("On hold",)
    with pytest.raises(ReasonRequired):
        DEFAULT.check("hearings", "closed_unsuccessful", "")
    with pytest.raises(TransitionRefused) as err:
        DEFAULT.check("intake", "hearings", lang="ar")
    assert err.value.args_for_text[0] == "استقبال" and "جمع المستمسكات" in err.value.args_for_text[2]


def test_a_held_application_returns_where_it_was():
    assert [s.code for s in DEFAULT.allowed("on_hold", held_from="security_clearance")] == [
        "security_clearance", "closed_unsuccessful"]
    with pytest.raises(TransitionRefused):
        DEFAULT.check("on_hold", "hearings", held_from="security_clearance")


def test_an_office_workflow_from_data():
    """A ration card needs no court: the office lists three steps, renamed, in its own order."""
    ration = Workflow((
        State("ask", "Request at the food agent", "طلب لدى الوكيل"),
        State("trade", "Ministry of Trade office", "دائرة التجارة"),
        State("done", "Card issued", "صدرت البطاقة", "issued"),
        State("stop", "Stopped", "متوقفة", "closed"),
    ))
    assert ration.first().code == "ask"
    assert [s.code for s in ration.allowed("ask")] == ["trade", "stop"]
    assert [s.code for s in ration.allowed("trade")] == ["done", "ask", "stop"]
    with pytest.raises(UnknownState):
        ration.allowed("on_hold")


@pytest.mark.parametrize("states, problem", [
    ((State("a", "A", ""), State("z", "Z", "", "closed")), "issued"),
    ((State("a", "A", ""), State("i", "I", "", "issued")), "closed"),
    ((State("i", "I", "", "issued"), State("z", "Z", "", "closed")), "step"),
    ((State("a", "A", ""), State("a", "A2", ""), State("i", "I", "", "issued"), State("z", "Z", "", "closed")),
     "code"),
    ((State("a", "", ""), State("i", "I", "", "issued"), State("z", "Z", "", "closed")), "name"),
    ((State("a", "A", "", "paused"), State("i", "I", "", "issued"), State("z", "Z", "", "closed")), "kind"),
])
def test_a_broken_workflow_is_refused_with_its_reason(states, problem):
    assert any(problem in p for p in workflow_problems(states))
    with pytest.raises(BadWorkflow):
        Workflow(states)


def test_cycles_are_found_and_named():
    edges = {1: {2}, 2: {3}, 3: set(), 4: {1}}
    assert find_cycle(edges, (3, 1)) == [3, 1, 2, 3]
    assert find_cycle(edges, (3, 4)) == [3, 4, 1, 2, 3]
    assert find_cycle(edges, (4, 3)) is None
    assert find_cycle(edges, (5, 5)) == [5, 5]
    assert find_cycle({}, (1, 2)) is None
