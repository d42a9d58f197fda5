"""The document-application workflow: which state may follow which, as rules over states that are
data (an office renames, adds or reorders them per document type without code).

Plain Python, no database and no Qt. A workflow is an ordered list of states, each of a kind:

* ``open``: a step on the way (intake, gathering documents, security clearance, court ...);
* ``issued``: the document was obtained (an end);
* ``closed``: closed without success (an end; needs a reason);
* ``hold``: paused (needs a reason); it returns to the step it paused.

The rules, from a state S:

* open S → the next open step; from the last open step → issued. One step back (a correction)
  is allowed too. Steps are not skipped: a document type that needs no court has its own
  list without the court steps.
* open S → hold, or → closed: each with a reason.
* hold → the step it was paused at (`held_from`), or → closed (with a reason).
* issued and closed are ends: nothing follows (a new application is made instead).
"""

from __future__ import annotations

from dataclasses import dataclass

from db.errors import SanadError
from db.i18n import QT_TRANSLATE_NOOP

KINDS = ("open", "hold", "issued", "closed")

# Why an application is closed without success (domain.md section 3) and the reporting outcome
# each maps to (domain.md section 8).
CLOSE_REASONS: tuple[tuple[str, str], ...] = (
    ("rejected", QT_TRANSLATE_NOOP("Workflow", "Rejected")),
    ("security_objection", QT_TRANSLATE_NOOP("Workflow", "Security objection")),
    ("client_withdrew", QT_TRANSLATE_NOOP("Workflow", "The client withdrew")),
    ("relocated", QT_TRANSLATE_NOOP("Workflow", "The client moved away")),
    ("lost_contact", QT_TRANSLATE_NOOP("Workflow", "Contact lost")),
    ("counselling_only", QT_TRANSLATE_NOOP("Workflow", "Counselling only")),
    ("referred_out", QT_TRANSLATE_NOOP("Workflow", "Referred to another agency")),
)
# Reporting outcomes (domain.md section 8).
OUTCOMES: tuple[tuple[str, str], ...] = (
    ("issued_first_instance", QT_TRANSLATE_NOOP("Workflow", "Issued at first instance")),
    ("issued", QT_TRANSLATE_NOOP("Workflow", "Issued")),
    ("pending_documents", QT_TRANSLATE_NOOP("Workflow", "Pending: missing supporting documents")),
    ("pending_absent", QT_TRANSLATE_NOOP("Workflow", "Pending: applicant absent")),
    ("rejected", QT_TRANSLATE_NOOP("Workflow", "Rejected")),
    ("counselling_only", QT_TRANSLATE_NOOP("Workflow", "Counselling only")),
    ("referred_out", QT_TRANSLATE_NOOP("Workflow", "Referred out")),
)
OUTCOME_OF_CLOSE_REASON = {
    "rejected": "rejected", "security_objection": "rejected", "client_withdrew": "pending_absent",
    "relocated": "pending_absent", "lost_contact": "pending_absent", "counselling_only": "counselling_only",
    "referred_out": "referred_out",
}


@dataclass(frozen=True)
class State:
    code: str
    name_en: str
    name_ar: str
    kind: str = "open"

    def name(self, lang: str) -> str:
        return self.name_ar if lang == "ar" and self.name_ar else self.name_en


class TransitionRefused(SanadError):
    """A move the workflow does not allow; says which moves are allowed from here."""

    text = QT_TRANSLATE_NOOP(
        "SanadError", "An application in \"%1\" cannot move to \"%2\". From here it can go to: %3."
    )


class TransitionFromEnd(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "This application is finished (\"%1\"). Nothing follows an end: open a new application instead."
    )


class ReasonRequired(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "Moving to \"%1\" needs a reason: write why.")


class UnknownState(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is no state \"%1\" in this workflow.")


class BadWorkflow(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "This workflow cannot be used: %1")


@dataclass(frozen=True)
class Workflow:
    states: tuple[State, ...]

    def __post_init__(self) -> None:
        problems = workflow_problems(self.states)
        if problems:
            raise BadWorkflow(problems[0])

    # ---- looking up ---------------------------------------------------------------------------
    def state(self, code: str) -> State:
        for state in self.states:
            if state.code == code:
                return state
        raise UnknownState(code)

    @property
    def steps(self) -> tuple[State, ...]:
        return tuple(s for s in self.states if s.kind == "open")

    def first(self) -> State:
        return self.steps[0]

    def of_kind(self, kind: str) -> State:
        return next(s for s in self.states if s.kind == kind)

    def is_end(self, code: str) -> bool:
        return self.state(code).kind in ("issued", "closed")

    # ---- the rules ----------------------------------------------------------------------------
    def allowed(self, current: str, *, held_from: str = "") -> tuple[State, ...]:
        """Every state `current` may move to, in the order a user would want them offered."""
        state = self.state(current)
        if state.kind in ("issued", "closed"):
            return ()
        if state.kind == "hold":
            back = (self.state(held_from),) if held_from and self._has(held_from) else self.steps[:1]
            return (*back, *self._all("closed"))
        steps = self.steps
        index = steps.index(state)
        forward = (steps[index + 1],) if index + 1 < len(steps) else tuple(self._all("issued"))
        backward = (steps[index - 1],) if index > 0 else ()
        return (*forward, *backward, *self._all("hold"), *self._all("closed"))

    def needs_reason(self, target: str) -> bool:
        return self.state(target).kind in ("hold", "closed")

    def check(self, current: str, target: str, reason: str = "", *, held_from: str = "", lang: str = "en") -> State:
        """The target state if the move is allowed; otherwise a SanadError that says why and
        what is allowed."""
        source, goal = self.state(current), self.state(target)
        if source.kind in ("issued", "closed"):
            raise TransitionFromEnd(source.name(lang))
        allowed = self.allowed(current, held_from=held_from)
        if goal not in allowed:
            raise TransitionRefused(source.name(lang), goal.name(lang), ", ".join(s.name(lang) for s in allowed))
        if self.needs_reason(target) and not reason.strip():
            raise ReasonRequired(goal.name(lang))
        return goal

    def _has(self, code: str) -> bool:
        return any(s.code == code for s in self.states)

    def _all(self, kind: str) -> tuple[State, ...]:
        return tuple(s for s in self.states if s.kind == kind)


_NO_STEPS = QT_TRANSLATE_NOOP("SanadError", "it needs at least one step.")
_NO_END = QT_TRANSLATE_NOOP("SanadError", "it needs exactly one \"issued\" state.")
_NO_CLOSE = QT_TRANSLATE_NOOP("SanadError", "it needs exactly one \"closed\" state.")
_TWO_HOLDS = QT_TRANSLATE_NOOP("SanadError", "it may have at most one \"on hold\" state.")
_DUPLICATE = QT_TRANSLATE_NOOP("SanadError", "two states share one code.")
_BAD_KIND = QT_TRANSLATE_NOOP("SanadError", "a state has an unknown kind.")
_NO_NAME = QT_TRANSLATE_NOOP("SanadError", "every state needs a name.")


def workflow_problems(states: tuple[State, ...] | list[State]) -> list[str]:
    """What is wrong with a list of states an office wrote (English sources for the translator)."""
    problems = []
    kinds = [s.kind for s in states]
    if any(kind not in KINDS for kind in kinds):
        problems.append(_BAD_KIND)
    if "open" not in kinds:
        problems.append(_NO_STEPS)
    if kinds.count("issued") != 1:
        problems.append(_NO_END)
    if kinds.count("closed") != 1:
        problems.append(_NO_CLOSE)
    if kinds.count("hold") > 1:
        problems.append(_TWO_HOLDS)
    codes = [s.code for s in states]
    if len(set(codes)) != len(codes) or any(not c for c in codes):
        problems.append(_DUPLICATE)
    if any(not (s.name_en.strip() or s.name_ar.strip()) for s in states):
        problems.append(_NO_NAME)
    return problems


# ---- dependencies -------------------------------------------------------------------------------


class DependencyCycle(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "This would make applications wait for each other in a circle: %1. Nothing was changed."
    )


def find_cycle(edges: dict[int, set[int]], new: tuple[int, int]) -> list[int] | None:
    """If adding `new` (a waits for b) to `edges` (application → what it waits for) closes a
    circle, the circle as a list of ids starting and ending at a; else None."""
    start, target = new
    if start == target:
        return [start, start]
    # A path target → … → start, plus the new edge, is a cycle.
    stack: list[tuple[int, list[int]]] = [(target, [start, target])]
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if node == start:
            return path
        if node in seen:
            continue
        seen.add(node)
        for following in sorted(edges.get(node, ())):
            stack.append((following, [*path, following]))
    return None
