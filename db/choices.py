"""The fixed lists a person's record chooses from: stored codes and their English labels (source
texts for Qt's translator, context "Choices"). Plain data: db/ validates against the codes, ui/
shows the labels in the user's language.

Document types follow domain.md section 3. Papers issued by ISIS are a type of their own because
they are evidence only, never a valid document (domain.md section 8): reports never count them
as documents held."""

from __future__ import annotations

from db.i18n import QT_TRANSLATE_NOOP

Choices = tuple[tuple[str, str], ...]

SEX: Choices = (("F", QT_TRANSLATE_NOOP("Choices", "Female")), ("M", QT_TRANSLATE_NOOP("Choices", "Male")))

MARITAL_STATUS: Choices = (
    ("single", QT_TRANSLATE_NOOP("Choices", "Single")),
    ("married", QT_TRANSLATE_NOOP("Choices", "Married")),
    ("married_unregistered", QT_TRANSLATE_NOOP("Choices", "Married, marriage not registered")),
    ("husband_missing", QT_TRANSLATE_NOOP("Choices", "Husband missing or detained")),
    ("widowed", QT_TRANSLATE_NOOP("Choices", "Widowed")),
    ("divorced", QT_TRANSLATE_NOOP("Choices", "Divorced")),
    ("separated", QT_TRANSLATE_NOOP("Choices", "Separated")),
)

NATIONALITY_STATUS: Choices = (
    ("iraqi", QT_TRANSLATE_NOOP("Choices", "Iraqi")),
    ("foreign", QT_TRANSLATE_NOOP("Choices", "Foreign")),
    ("unknown", QT_TRANSLATE_NOOP("Choices", "Not known")),
)

SCHOOL_ENROLMENT: Choices = (
    ("enrolled", QT_TRANSLATE_NOOP("Choices", "Enrolled")),
    ("not_enrolled", QT_TRANSLATE_NOOP("Choices", "Never enrolled")),
    ("dropped_out", QT_TRANSLATE_NOOP("Choices", "Dropped out")),
    ("not_school_age", QT_TRANSLATE_NOOP("Choices", "Not of school age")),
)

RELATIONSHIP_TO_HEAD: Choices = (
    ("head", QT_TRANSLATE_NOOP("Choices", "Head of household")),
    ("spouse", QT_TRANSLATE_NOOP("Choices", "Spouse")),
    ("son", QT_TRANSLATE_NOOP("Choices", "Son")),
    ("daughter", QT_TRANSLATE_NOOP("Choices", "Daughter")),
    ("mother", QT_TRANSLATE_NOOP("Choices", "Mother")),
    ("grandchild", QT_TRANSLATE_NOOP("Choices", "Grandchild")),
    ("other", QT_TRANSLATE_NOOP("Choices", "Other relative")),
)

# Washington Group short set: six domains, four answers; "a lot of difficulty" or worse in any
# domain is the usual disability cut-off for reporting.
WG_DOMAINS: Choices = (
    ("wg_seeing", QT_TRANSLATE_NOOP("Choices", "Seeing, even if wearing glasses")),
    ("wg_hearing", QT_TRANSLATE_NOOP("Choices", "Hearing, even if using a hearing aid")),
    ("wg_walking", QT_TRANSLATE_NOOP("Choices", "Walking or climbing steps")),
    ("wg_remembering", QT_TRANSLATE_NOOP("Choices", "Remembering or concentrating")),
    ("wg_selfcare", QT_TRANSLATE_NOOP("Choices", "Self-care, such as washing or dressing")),
    ("wg_communicating", QT_TRANSLATE_NOOP("Choices", "Communicating, understanding or being understood")),
)
WG_ANSWERS: tuple[tuple[int, str], ...] = (
    (1, QT_TRANSLATE_NOOP("Choices", "No difficulty")),
    (2, QT_TRANSLATE_NOOP("Choices", "Some difficulty")),
    (3, QT_TRANSLATE_NOOP("Choices", "A lot of difficulty")),
    (4, QT_TRANSLATE_NOOP("Choices", "Cannot do at all")),
)
WG_DISABILITY_FROM = 3

# Relationships between two people, kept explicitly: the real one and the one on paper.
RELATION_KINDS: Choices = (
    ("mother", QT_TRANSLATE_NOOP("Choices", "Mother")),
    ("father", QT_TRANSLATE_NOOP("Choices", "Father")),
    ("child", QT_TRANSLATE_NOOP("Choices", "Child")),
    ("spouse", QT_TRANSLATE_NOOP("Choices", "Spouse")),
    ("sibling", QT_TRANSLATE_NOOP("Choices", "Brother or sister")),
    ("grandparent", QT_TRANSLATE_NOOP("Choices", "Grandparent")),
    ("grandchild", QT_TRANSLATE_NOOP("Choices", "Grandchild")),
    ("guardian", QT_TRANSLATE_NOOP("Choices", "Guardian")),
    ("ward", QT_TRANSLATE_NOOP("Choices", "Under guardianship of this person")),
    ("other", QT_TRANSLATE_NOOP("Choices", "Other relative")),
)

DOCUMENT_TYPES: Choices = (
    ("national_card", QT_TRANSLATE_NOOP("Choices", "Unified National Card")),
    ("civil_id", QT_TRANSLATE_NOOP("Choices", "Civil status ID (older)")),
    ("nationality_certificate", QT_TRANSLATE_NOOP("Choices", "Nationality certificate")),
    ("birth_certificate", QT_TRANSLATE_NOOP("Choices", "Birth certificate")),
    ("hospital_birth_notice", QT_TRANSLATE_NOOP("Choices", "Hospital birth notice")),
    ("marriage_contract", QT_TRANSLATE_NOOP("Choices", "Marriage contract or ratification")),
    ("death_certificate", QT_TRANSLATE_NOOP("Choices", "Death certificate or proof of death")),
    ("guardianship_deed", QT_TRANSLATE_NOOP("Choices", "Guardianship or custody deed")),
    ("residence_card", QT_TRANSLATE_NOOP("Choices", "Residence card")),
    ("ration_card", QT_TRANSLATE_NOOP("Choices", "Ration card")),
    ("passport", QT_TRANSLATE_NOOP("Choices", "Passport")),
    ("isis_issued", QT_TRANSLATE_NOOP("Choices", "Paper issued by ISIS (evidence only)")),
    ("other", QT_TRANSLATE_NOOP("Choices", "Other document")),
)

CONSENT_GIVEN_BY: Choices = (
    ("self", QT_TRANSLATE_NOOP("Choices", "The person")),
    ("guardian", QT_TRANSLATE_NOOP("Choices", "A guardian")),
)
CONSENT_SCOPES: Choices = (
    ("registration", QT_TRANSLATE_NOOP("Choices", "Registration")),
    ("referral", QT_TRANSLATE_NOOP("Choices", "Referral to services")),
    ("sharing", QT_TRANSLATE_NOOP("Choices", "Sharing with a named agency")),
    ("photo", QT_TRANSLATE_NOOP("Choices", "Photo")),
)

# Referrals (domain.md section 4): the services people are referred to, how urgent, and where the
# referral stands after it was sent.
SERVICE_TYPES: Choices = (
    ("school_enrolment", QT_TRANSLATE_NOOP("Choices", "School enrolment")),
    ("health_centre", QT_TRANSLATE_NOOP("Choices", "Health centre")),
    ("psychosocial_support", QT_TRANSLATE_NOOP("Choices", "Psychosocial support")),
    ("livelihoods", QT_TRANSLATE_NOOP("Choices", "Livelihoods")),
    ("legal_representation", QT_TRANSLATE_NOOP("Choices", "Legal representation by another agency")),
    ("shelter", QT_TRANSLATE_NOOP("Choices", "Shelter")),
    ("other", QT_TRANSLATE_NOOP("Choices", "Other service")),
)
URGENCY: Choices = (
    ("normal", QT_TRANSLATE_NOOP("Choices", "Normal")),
    ("urgent", QT_TRANSLATE_NOOP("Choices", "Urgent")),
    ("emergency", QT_TRANSLATE_NOOP("Choices", "Emergency")),
)
REFERRAL_STATES: Choices = (
    ("sent", QT_TRANSLATE_NOOP("Choices", "Sent")),
    ("accepted", QT_TRANSLATE_NOOP("Choices", "Accepted")),
    ("no_answer", QT_TRANSLATE_NOOP("Choices", "No answer")),
    ("service_given", QT_TRANSLATE_NOOP("Choices", "Service given")),
    ("refused", QT_TRANSLATE_NOOP("Choices", "Refused")),
)


def codes(choices: Choices) -> tuple[str, ...]:
    return tuple(code for code, _label in choices)


def label(choices: Choices | tuple[tuple[int, str], ...], code: object) -> str:
    """The English source label of `code` ("" if unknown or empty): translate it in ui/."""
    return next((text for value, text in choices if value == code), "")


def inverse_relation(kind: str, sex_of_first: str) -> str:
    """The relation seen from the other side: if B is A's mother, A is B's child; if B is A's
    child, A is B's mother or father (by A's sex)."""
    if kind in ("mother", "father"):
        return "child"
    if kind == "child":
        return "mother" if sex_of_first == "F" else "father"
    return {"grandparent": "grandchild", "grandchild": "grandparent", "guardian": "ward",
            "ward": "guardian"}.get(kind, kind)
