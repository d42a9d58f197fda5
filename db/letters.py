"""Letters (domain.md section 4, issue 5): templates the office edits, kept in the vault and
versioned; letters issued from them as records, each under a number of its year that is never
given twice and never skipped, with the exact data it printed, the template version, who issued it,
a verification code and its PDF, all stored in the encrypted vault and nowhere else.

Numbering: the letter's number, its PDF and its row are made in ONE transaction. The vault begins
every transaction with BEGIN IMMEDIATE (db/vault.py), so the first statement takes SQLite's write
lock: a second window or process waits for the first letter to be committed and then reads the
moved counter. A letter that fails to render rolls its number back with it: no gap.

Batches are per letter: each letter is its own transaction (so other windows are not kept waiting
for a whole campaign); Cancel stops before the next letter, and the letters already issued stay
issued, numbered and listed (the result says how many).

Letters carry the minimum (domain 7): the person's names, date of birth and file number, the
referral's organisation, the application's document type, court and case number, and what the
issuer types for this letter; never the sensitive profile, phones or addresses."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db import audit, files, names, office, validation
from db.errors import DiskFull, NoSuchRecord, SanadError, ValidationError, ValidationErrors
from db.i18n import QT_TRANSLATE_NOOP
from db.models import Application, DocumentType, OfficeLogo, Organisation, Person, ReferenceCounter, Referral
from db.models_letters import IssuedLetter, LetterTemplateVersion
from db.permissions import Action
from db.records import full_name as person_full_name
from db.session import UserSession
from db.validation import BirthDate, FileNumberPattern
from exports.letters import (
    LANGUAGES,
    SHIPPED_TEMPLATES,
    LetterData,
    LetterTemplate,
    OfficeHeader,
    TemplateText,
    check_template,
    format_date,
    merge_pdfs,
    render_letter,
    shipped_template,
)

KIND = "letter"
PATTERN_SETTING = "letter_number_pattern"
# Six characters from an alphabet without look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B): read over the phone.
VERIFY_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
VERIFY_LENGTH = 6
MAX_FIELD = 300
MAX_REASON = 1000
MAX_PART = 4000
KEY_RE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
# What the issuer may type (or correct) for one letter; the person's own fields come from the record only.
EDITABLE_FIELDS = (
    "organisation", "focal_point", "document_type", "court_name", "case_number", "legal_basis",
    "decision_number", "decision_date", "signer_name", "signer_title",
)
FIELD_LABELS = {
    "organisation": QT_TRANSLATE_NOOP("Letters", "Receiving organisation"),
    "focal_point": QT_TRANSLATE_NOOP("Letters", "Focal point"),
    "document_type": QT_TRANSLATE_NOOP("Letters", "Document type"),
    "court_name": QT_TRANSLATE_NOOP("Letters", "Court"),
    "case_number": QT_TRANSLATE_NOOP("Letters", "Case number"),
    "legal_basis": QT_TRANSLATE_NOOP("Letters", "Legal basis"),
    "decision_number": QT_TRANSLATE_NOOP("Letters", "Ministry decision number"),
    "decision_date": QT_TRANSLATE_NOOP("Letters", "Ministry decision date"),
    "signer_name": QT_TRANSLATE_NOOP("Letters", "Signer's name"),
    "signer_title": QT_TRANSLATE_NOOP("Letters", "Signer's title"),
}
TEMPLATE_PARTS = ("title", "addressee", "subject", "body", "closing")
STATES = ("issued", "cancelled")
STATE_LABELS = {
    "issued": QT_TRANSLATE_NOOP("Letters", "Issued"),
    "cancelled": QT_TRANSLATE_NOOP("Letters", "Cancelled"),
}

# ---- errors -----------------------------------------------------------------------------------------


class NoSuchTemplate(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "There is no letter template %1.")


class TemplateLanguageMissing(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The letter template %1 has no text in this language (%2).")


class LetterCancelled(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The letter %1 was cancelled: it cannot be printed again.")


class LetterAlreadyCancelled(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The letter %1 is already cancelled.")


class LetterFontMissing(SanadError):
    text = QT_TRANSLATE_NOOP(
        "SanadError", "The letter font that comes with Sanad is missing, so no letter can be made. Nothing was "
        "numbered. Reinstall Sanad.")


def _typeset(template: LetterTemplate, data: LetterData, **kwargs) -> bytes:
    """render_letter, with a missing bundled font said in words (and nothing numbered: the caller's
    transaction rolls back)."""
    try:
        return render_letter(template, data, **kwargs)
    except FileNotFoundError as exc:
        raise LetterFontMissing() from exc


class LetterNotWritten(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "The PDF could not be written to %1. Nothing was saved there.")


class LetterFolderNotWritable(SanadError):
    text = QT_TRANSLATE_NOOP("SanadError", "Sanad may not write in the folder of %1. Choose another folder.")


_PATTERN_WORDS = {
    validation._PATTERN_WITHOUT_SEQ: QT_TRANSLATE_NOOP(
        "SanadError",
        "The letter number pattern must contain {seq} where the running number goes, for example "
        "ODS/LTR/{year}/{seq:04d}."),
    validation._PATTERN_SEQ_TWICE: QT_TRANSLATE_NOOP(
        "SanadError", "The letter number pattern may contain {seq} only once."),
    validation._PATTERN_YEAR_TWICE: QT_TRANSLATE_NOOP(
        "SanadError", "The letter number pattern may contain {year} only once."),
    validation._PATTERN_UNKNOWN_PART: QT_TRANSLATE_NOOP(
        "SanadError", "The letter number pattern has an unknown part %1. Use only {year} and {seq}."),
    validation._PATTERN_BRACES: QT_TRANSLATE_NOOP(
        "SanadError", "The letter number pattern has a { or } without its partner."),
    validation._PATTERN_BAD_TEXT: QT_TRANSLATE_NOOP(
        "SanadError", "A letter number may contain only Latin letters, digits and the signs - _ / . (not %1)."),
    validation._PATTERN_SPACE: QT_TRANSLATE_NOOP(
        "SanadError", "A letter number may not contain spaces: use - or / instead."),
}


def letter_pattern(text: str) -> FileNumberPattern:
    """The office's letter number pattern ({year}, {seq:04d}), checked by the file-number rules."""
    try:
        return FileNumberPattern(text)
    except ValidationError as exc:
        raise ValidationError(PATTERN_SETTING, _PATTERN_WORDS.get(exc.text, exc.text), *exc.args_for_text) from None


# ---- templates --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateInfo:
    key: str
    version: int
    titles: dict[str, str]  # language -> the template's title
    languages: tuple[str, ...]
    saved_at: dt.datetime
    saved_by: str


def _content(template: LetterTemplate) -> str:
    data: dict = {"key": template.key}
    for lang, text in template.languages.items():
        data[lang] = {"title": text.title, "addressee": list(text.addressee), "subject": text.subject,
                      "body": list(text.body), "closing": text.closing}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)


def _as_template(row: LetterTemplateVersion) -> LetterTemplate:
    data = json.loads(row.content)
    data["version"] = row.version
    data["key"] = row.key
    return LetterTemplate.from_json(data)


def _seed(db: Session) -> None:
    """The shipped templates, as version 1, for any key the vault does not have yet."""
    have = set(db.scalars(select(LetterTemplateVersion.key).distinct()))
    for key in SHIPPED_TEMPLATES:
        if key not in have:
            db.add(LetterTemplateVersion(key=key, version=1, content=_content(shipped_template(key)),
                                         saved_by="sanad"))
    db.flush()


def _latest(db: Session, key: str) -> LetterTemplateVersion | None:
    return db.scalar(select(LetterTemplateVersion).where(LetterTemplateVersion.key == key)
                     .order_by(LetterTemplateVersion.version.desc()).limit(1))


def _template_row(db: Session, key: str, version: int | None = None) -> LetterTemplateVersion:
    _seed(db)
    if version is None:
        row = _latest(db, key)
    else:
        row = db.scalar(select(LetterTemplateVersion).where(LetterTemplateVersion.key == key,
                                                            LetterTemplateVersion.version == version))
    if row is None:
        raise NoSuchTemplate(key)
    return row


def list_templates(session: UserSession) -> list[TemplateInfo]:
    """Every template's newest version (the shipped ones are put in the vault the first time)."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        _seed(db)
        newest = (select(LetterTemplateVersion.key, func.max(LetterTemplateVersion.version).label("v"))
                  .group_by(LetterTemplateVersion.key).subquery())
        rows = db.scalars(select(LetterTemplateVersion).join(
            newest, (newest.c.key == LetterTemplateVersion.key) & (newest.c.v == LetterTemplateVersion.version)))
        infos = []
        for row in rows:
            template = _as_template(row)
            infos.append(TemplateInfo(row.key, row.version, {k: t.title for k, t in template.languages.items()},
                                      tuple(template.languages), row.saved_at, row.saved_by))
    order = {key: i for i, key in enumerate(SHIPPED_TEMPLATES)}
    return sorted(infos, key=lambda info: (order.get(info.key, len(order)), info.key))


def load_template(session: UserSession, key: str, version: int | None = None) -> LetterTemplate:
    """A template as it is now, or as it was in `version` (what an old letter used)."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        return _as_template(_template_row(db, key, version))


def template_versions(session: UserSession, key: str) -> list[tuple[int, dt.datetime, str]]:
    """(version, saved at, saved by) of every saved version, newest first."""
    session.require(Action.VIEW_PEOPLE)
    with session.transaction() as db:
        _seed(db)
        return [tuple(r) for r in db.execute(
            select(LetterTemplateVersion.version, LetterTemplateVersion.saved_at, LetterTemplateVersion.saved_by)
            .where(LetterTemplateVersion.key == key).order_by(LetterTemplateVersion.version.desc()))]


_PART_MISSING = QT_TRANSLATE_NOOP("SanadError", "Write the letter's %1.")
_PART_TOO_LONG = QT_TRANSLATE_NOOP("SanadError", "This text is too long (at most %1 characters).")
_NO_LANGUAGE = QT_TRANSLATE_NOOP("SanadError", "Write the template in Arabic, in English, or in both.")
_BAD_KEY = QT_TRANSLATE_NOOP(
    "SanadError", "A template's key is 2 to 40 small Latin letters, digits or _, starting with a letter.")
_PART_NAMES = {
    "title": QT_TRANSLATE_NOOP("Letters", "title"),
    "subject": QT_TRANSLATE_NOOP("Letters", "subject line"),
    "body": QT_TRANSLATE_NOOP("Letters", "body"),
}


def template_problems(key: str, languages: dict[str, TemplateText]) -> list[ValidationError]:
    """Every problem of a template about to be saved, each naming its field ("ar.body", ...):
    unknown placeholders, sensitive fields (with the reason), unbalanced braces, missing parts."""
    problems: list[ValidationError] = []
    if not KEY_RE.match(key or ""):
        problems.append(ValidationError("key", _BAD_KEY))
    if not languages:
        problems.append(ValidationError("languages", _NO_LANGUAGE))
    for lang, text in languages.items():
        for part in ("title", "subject", "body"):
            value = getattr(text, part)
            if not (value if isinstance(value, str) else "".join(value)).strip():
                problems.append(ValidationError(f"{lang}.{part}", _PART_MISSING, _PART_NAMES[part]))
        for part in TEMPLATE_PARTS:
            value = getattr(text, part)
            for line in ([value] if isinstance(value, str) else value):
                if len(line) > MAX_PART:
                    problems.append(ValidationError(f"{lang}.{part}", _PART_TOO_LONG, MAX_PART))
                for problem in check_template(line):
                    problems.append(ValidationError(f"{lang}.{part}", problem.text, problem.argument))
    return problems


def save_template(session: UserSession, key: str, languages: dict[str, TemplateText]) -> int:
    """Save the template as a new version (the old ones stay, so letters keep the text they used);
    refused with every problem named when a placeholder is unknown or sensitive or a brace has no
    partner. Saving the very text of the newest version saves nothing. Returns the version."""
    session.require(Action.PRINT_LETTERS)
    languages = {lang: text for lang, text in languages.items() if lang in LANGUAGES}
    problems = template_problems(key, languages)
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    content = _content(LetterTemplate(key, 0, languages))
    with session.transaction() as db:
        _seed(db)
        latest = _latest(db, key)
        if latest is not None and _content(_as_template(latest)) == content:
            return latest.version
        version = (latest.version if latest else 0) + 1
        db.add(LetterTemplateVersion(key=key, version=version, content=content, saved_by=session.user.username))
        db.flush()
        return version


# ---- what a letter prints ---------------------------------------------------------------------------


SAMPLE = LetterData(
    full_name="فاطمة أحمد عبد الله حسين", mother_name="زينب خليل إبراهيم", birth_date="2015/03/14",
    file_number="MOS-2026-00153", document_type="البطاقة الوطنية الموحدة",
    court_name="محكمة الأحوال الشخصية في الموصل", case_number="1234/ب/2026", organisation="مدرسة النور الابتدائية",
    focal_point="مدير المدرسة", legal_basis="", decision_number="3587", decision_date="2017/10/12",
    signer_name="سارة يوسف", signer_title="مديرة البرنامج القانوني", sex="F",
)
SAMPLE_EN = LetterData(
    full_name="Fatima Ahmed Abdullah Hussein", mother_name="Zainab Khalil Ibrahim", birth_date="14 March 2015",
    file_number="MOS-2026-00153", document_type="Unified National Card", court_name="Mosul Personal Status Court",
    case_number="1234/B/2026", organisation="Al-Noor Primary School", focal_point="The headmaster",
    decision_number="3587", decision_date="12 October 2017", signer_name="Sara Youssef",
    signer_title="Legal programme manager", sex="F",
)


def _birth_text(person: Person, lang: str) -> str:
    if person.birth_date is None:
        return ""
    if person.birth_precision == "exact":
        return format_date(person.birth_date, lang)
    text = BirthDate(person.birth_date, person.birth_precision).display()
    if person.birth_precision == "about":
        return f"{'حوالي' if lang == 'ar' else 'about'} {text}"
    return text


def _office_header(db: Session, settings: dict) -> tuple[OfficeHeader, str]:
    logo = db.get(OfficeLogo, 1)
    lines = {lang: [line.strip() for line in str(settings.get(f"letterhead_{lang}", "")).splitlines() if line.strip()]
             for lang in LANGUAGES}
    header = OfficeHeader(settings.get("office_name_ar", ""), settings.get("office_name_en", ""),
                          lines_ar=lines["ar"], lines_en=lines["en"], logo=logo.data if logo else None)
    return header, hashlib.sha256(logo.data).hexdigest() if logo else ""


def _gather(db: Session, session: UserSession, settings: dict, person: Person, referral: Referral | None,
            application: Application | None, lang: str) -> dict[str, str]:
    """The values for one letter from the records (minimum only), before the issuer's corrections."""
    values = {name: "" for name in EDITABLE_FIELDS}
    if referral is not None:
        org = db.get(Organisation, referral.organisation_id)
        if org is not None:
            values["organisation"] = (org.name_en or org.name_ar) if lang == "en" else (org.name_ar or org.name_en)
            values["focal_point"] = referral.focal_point or org.focal_point
    if application is not None:
        kind = db.get(DocumentType, application.doc_type)
        if kind is not None:
            values["document_type"] = (kind.name_en or kind.name_ar) if lang == "en" else kind.name_ar
        values["court_name"] = application.court
        values["case_number"] = application.case_number
    values["decision_number"] = settings.get("letter_decision_number", "")
    values["decision_date"] = settings.get("letter_decision_date", "")
    values["signer_name"] = settings.get("letter_signer_name", "") or session.user.full_name
    values["signer_title"] = settings.get("letter_signer_title", "")
    return values


def letter_draft_defaults(session: UserSession) -> dict[str, str]:
    """The values every letter starts with (the office's decision and signer; the user signs when
    the office named nobody)."""
    session.require(Action.PRINT_LETTERS)
    with session.transaction() as db:
        settings = office._read(db)
    return {"decision_number": settings.get("letter_decision_number", ""),
            "decision_date": settings.get("letter_decision_date", ""),
            "signer_name": settings.get("letter_signer_name", "") or session.user.full_name,
            "signer_title": settings.get("letter_signer_title", "")}


def _person_values(person: Person, lang: str) -> dict[str, str]:
    arabic = person_full_name(person)
    name = (person.name_latin or arabic) if lang == "en" else (arabic or person.name_latin)
    return {"full_name": name, "mother_name": person.mother_name, "birth_date": _birth_text(person, lang),
            "file_number": person.file_number, "sex": person.sex if person.sex in ("M", "F") else ""}


def _clean_fields(fields: dict[str, str] | None) -> dict[str, str]:
    clean: dict[str, str] = {}
    problems = []
    for name, value in (fields or {}).items():
        if name not in EDITABLE_FIELDS:
            raise ValidationError(name, QT_TRANSLATE_NOOP("SanadError", "A letter cannot print the field %1."), name)
        text = names.clean_text(str(value or ""), max_length=MAX_FIELD + 1)
        if len(text) > MAX_FIELD:
            problems.append(ValidationError(name, _PART_TOO_LONG, MAX_FIELD))
        clean[name] = text
    if problems:
        raise ValidationErrors([(None, p) for p in problems])
    return clean


@dataclass(frozen=True)
class LetterDraft:
    """What a letter for this person would print: the record's values (read only) and the
    issuer-editable ones (prefilled from the referral, application and office settings)."""

    person: dict[str, str]
    fields: dict[str, str]


def _linked(db: Session, person: Person, referral_id: int | None, application_id: int | None
            ) -> tuple[Referral | None, Application | None]:
    referral = application = None
    if referral_id is not None:
        referral = db.get(Referral, referral_id)
        if referral is None or referral.person_id != person.id:
            raise NoSuchRecord(referral_id)
    if application_id is not None:
        application = db.get(Application, application_id)
        if application is None or application.person_id != person.id:
            raise NoSuchRecord(application_id)
    return referral, application


def letter_draft(session: UserSession, person_id: int, *, lang: str = "ar", referral_id: int | None = None,
                 application_id: int | None = None) -> LetterDraft:
    session.require(Action.PRINT_LETTERS)
    with session.transaction() as db:
        person = db.get(Person, person_id)
        if person is None:
            raise NoSuchRecord(person_id)
        referral, application = _linked(db, person, referral_id, application_id)
        settings = office._read(db)
        return LetterDraft(_person_values(person, lang),
                           _gather(db, session, settings, person, referral, application, lang))


def _letter_data(person_values: dict[str, str], fields: dict[str, str]) -> LetterData:
    return LetterData(**person_values, **{name: fields.get(name, "") for name in EDITABLE_FIELDS})


def _next_number(db: Session, pattern: FileNumberPattern, year: int) -> tuple[int, str]:
    """The next number of `year`, inside the caller's write transaction (taken at its first
    statement): the counter only moves forward; a number already used (the pattern was changed
    back) is stepped over, never given twice."""
    counter = db.get(ReferenceCounter, (KIND, year))
    if counter is None:
        counter = ReferenceCounter(kind=KIND, year=year, last_seq=0)
        db.add(counter)
    while True:
        counter.last_seq += 1
        reference = pattern.format(year, counter.last_seq)
        if db.scalar(select(IssuedLetter.id).where(IssuedLetter.reference == reference)) is None:
            db.flush()
            return counter.last_seq, reference


def verification_code() -> str:
    return "".join(secrets.choice(VERIFY_ALPHABET) for _ in range(VERIFY_LENGTH))


def sample_pdf(template: LetterTemplate, lang: str, *, office_header: OfficeHeader | None = None,
               sex: str = "F") -> bytes:
    """A template with made-up data (the editor's preview): checked first, so a broken template
    gives its problems, never a broken PDF."""
    data = SAMPLE if lang == "ar" else SAMPLE_EN
    data = LetterData(**{**asdict(data), "sex": sex})
    header = office_header or OfficeHeader("مكتب سند للمساعدة القانونية", "Sanad Legal Aid Office",
                                           ["الموصل"], ["Mosul"])
    return _typeset(template, data, lang=lang, office=header, reference="ODS/LTR/2026/0001",
                         issued_on=dt.date(2026, 11, 25), verification="K7QA4X")


def office_header(session: UserSession) -> OfficeHeader:
    with session.transaction() as db:
        return _office_header(db, office._read(db))[0]


def preview_letter(session: UserSession, template_key: str, person_id: int, *, lang: str = "ar",
                   referral_id: int | None = None, application_id: int | None = None,
                   fields: dict[str, str] | None = None, today: dt.date | None = None) -> bytes:
    """The letter as it would be issued now, in memory, under the number it would most likely get
    (nothing is numbered or stored: issuing does that)."""
    session.require(Action.PRINT_LETTERS)
    today = today or dt.date.today()
    clean = _clean_fields(fields)
    with session.transaction() as db:
        settings = office._read(db)
        pattern = letter_pattern(settings[PATTERN_SETTING])
        template = _as_template(_template_row(db, template_key))
        if lang not in template.languages:
            raise TemplateLanguageMissing(template_key, lang)
        person = db.get(Person, person_id)
        if person is None:
            raise NoSuchRecord(person_id)
        referral, application = _linked(db, person, referral_id, application_id)
        values = {**_gather(db, session, settings, person, referral, application, lang), **clean}
        counter = db.get(ReferenceCounter, (KIND, today.year))
        reference = pattern.format(today.year, (counter.last_seq if counter else 0) + 1)
        header, _ = _office_header(db, settings)
        hijri = bool(settings.get("letter_hijri_date"))
    return _typeset(template, _letter_data(_person_values(person, lang), values), lang=lang, office=header,
                         reference=reference, issued_on=today, verification="------", hijri=hijri)


# ---- issuing ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterRow:
    id: int
    reference: str
    issued_on: dt.date
    issued_at: dt.datetime
    person_id: int
    file_number: str
    full_name: str
    template_key: str
    template_version: int
    lang: str
    issued_by: str
    state: str
    cancel_reason: str
    referral_id: int | None
    verification: str


@dataclass(frozen=True)
class IssuedLetterResult:
    row: LetterRow
    pdf: bytes


def _issue(db: Session, session: UserSession, template_key: str, person_id: int, lang: str,
           referral_id: int | None, application_id: int | None, clean: dict[str, str], today: dt.date,
           template_version: int | None = None) -> IssuedLetter:
    settings = office._read(db)
    pattern = letter_pattern(settings[PATTERN_SETTING])
    row = _template_row(db, template_key, template_version)
    template = _as_template(row)
    if lang not in template.languages:
        raise TemplateLanguageMissing(template_key, lang)
    person = db.get(Person, person_id)
    if person is None:
        raise NoSuchRecord(person_id)
    referral, application = _linked(db, person, referral_id, application_id)
    values = {**_gather(db, session, settings, person, referral, application, lang), **clean}
    data = _letter_data(_person_values(person, lang), values)
    header, logo_hash = _office_header(db, settings)
    hijri = bool(settings.get("letter_hijri_date"))
    seq, reference = _next_number(db, pattern, today.year)
    code = verification_code()
    pdf = _typeset(template, data, lang=lang, office=header, reference=reference, issued_on=today,
                        verification=code, hijri=hijri)
    record = {
        "letter": asdict(data),
        "office": {"name_ar": header.name_ar, "name_en": header.name_en, "lines_ar": header.lines_ar,
                   "lines_en": header.lines_en, "logo_sha256": logo_hash},
        "hijri": hijri,
    }
    letter = IssuedLetter(
        reference=reference, year=today.year, seq=seq, issued_on=today, person_id=person.id,
        referral_id=referral.id if referral else None, application_id=application.id if application else None,
        template_key=row.key, template_version=row.version, lang=lang,
        data=json.dumps(record, ensure_ascii=False, sort_keys=True), verification=code, pdf=pdf,
        issued_by=session.user.username,
    )
    db.add(letter)
    db.flush()
    audit.append(db, session.user.actor, "letter_issued", "letter", letter.id,
                 {"reference": reference, "template": row.key, "version": row.version, "lang": lang,
                  "person_id": person.id})
    return letter


def issue_letter(session: UserSession, template_key: str, person_id: int, *, lang: str = "ar",
                 referral_id: int | None = None, application_id: int | None = None,
                 fields: dict[str, str] | None = None, today: dt.date | None = None) -> IssuedLetterResult:
    """Issue one letter, in one transaction: the next number of the year, the data gathered from
    the records (plus `fields` the issuer typed), the template's newest version, a verification
    code, the PDF stored in the vault, an audit entry. All or nothing."""
    session.require(Action.PRINT_LETTERS)
    if lang not in LANGUAGES:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("SanadError", "Choose Arabic or English."))
    clean = _clean_fields(fields)
    today = today or dt.date.today()
    with session.transaction() as db:
        letter = _issue(db, session, template_key, person_id, lang, referral_id, application_id, clean, today)
        return IssuedLetterResult(_rows(db, [letter.id])[letter.id], letter.pdf)


@dataclass(frozen=True)
class BatchItem:
    person_id: int
    referral_id: int | None = None
    application_id: int | None = None


@dataclass
class BatchResult:
    letters: list[LetterRow] = field(default_factory=list)
    pdf: bytes = b""
    cancelled: bool = False
    failed: list[tuple[BatchItem, SanadError]] = field(default_factory=list)


def issue_batch(session: UserSession, template_key: str, items: list[BatchItem], *, lang: str = "ar",
                fields: dict[str, str] | None = None, today: dt.date | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> BatchResult:
    """Letters for many people at once, as one PDF to print. Per letter: each is its own numbered,
    stored record, committed on its own; `cancelled()` is asked before each letter, and when it
    says so the letters already issued stay issued (in the result). A letter that cannot be made
    (a record deleted meanwhile) is listed in `failed` and the others go on."""
    session.require(Action.PRINT_LETTERS)
    clean = _clean_fields(fields)
    today = today or dt.date.today()
    result = BatchResult()
    pdfs: list[bytes] = []
    with session.transaction() as db:  # the version every letter of the batch uses
        version = _template_row(db, template_key).version
    for done, item in enumerate(items):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        try:
            with session.transaction() as db:
                letter = _issue(db, session, template_key, item.person_id, lang, item.referral_id,
                                item.application_id, clean, today, template_version=version)
                result.letters.append(_rows(db, [letter.id])[letter.id])
                pdfs.append(letter.pdf)
        except SanadError as exc:
            result.failed.append((item, exc))
        if progress is not None:
            progress(done + 1, len(items))
    if pdfs:
        result.pdf = merge_pdfs(pdfs)
    session.audit("letters_batch", "letter", "", {"template": template_key, "version": version,
                                                   "issued": len(result.letters), "asked": len(items),
                                                   "cancelled": result.cancelled})
    return result


# ---- issued letters -----------------------------------------------------------------------------------


def _rows(db: Session, ids: list[int]) -> dict[int, LetterRow]:
    result = db.execute(
        select(IssuedLetter.id, IssuedLetter.reference, IssuedLetter.issued_on, IssuedLetter.issued_at,
               IssuedLetter.person_id, Person.file_number, Person.first_name, Person.father_name,
               Person.grandfather_name, Person.family_name, IssuedLetter.template_key,
               IssuedLetter.template_version, IssuedLetter.lang, IssuedLetter.issued_by, IssuedLetter.state,
               IssuedLetter.cancel_reason, IssuedLetter.referral_id, IssuedLetter.verification)
        .join(Person, Person.id == IssuedLetter.person_id).where(IssuedLetter.id.in_(ids))
    ).all()
    rows = {}
    for (lid, ref, on, at, pid, number, first, father, grand, family, key, version, lang, by, state, reason,
         referral_id, code) in result:
        name = " ".join(p for p in (first, father, grand, family) if p)
        rows[lid] = LetterRow(lid, ref, on, at, pid, number, name, key, version, lang, by, state, reason,
                              referral_id, code)
    return rows


@dataclass(frozen=True)
class LetterFilter:
    search: str = ""  # a reference, a file number or part of either
    template_key: str = ""
    state: str = ""  # "", issued, cancelled
    person_id: int | None = None
    referral_id: int | None = None
    issued_from: dt.date | None = None
    issued_to: dt.date | None = None
    issued_by: str = ""


def letter_ids(session: UserSession, filters: LetterFilter) -> list[int]:
    """Every matching letter's id, newest first (the list reads rows for the ids it shows)."""
    session.require(Action.VIEW_PEOPLE)
    query = select(IssuedLetter.id).join(Person, Person.id == IssuedLetter.person_id)
    text = names.clean_text(filters.search, max_length=80)
    if text:
        like = f"%{text.upper()}%"
        query = query.where(or_(func.upper(IssuedLetter.reference).like(like),
                                func.upper(Person.file_number).like(like)))
    if filters.template_key:
        query = query.where(IssuedLetter.template_key == filters.template_key)
    if filters.state:
        query = query.where(IssuedLetter.state == filters.state)
    if filters.person_id is not None:
        query = query.where(IssuedLetter.person_id == filters.person_id)
    if filters.referral_id is not None:
        query = query.where(IssuedLetter.referral_id == filters.referral_id)
    if filters.issued_from is not None:
        query = query.where(IssuedLetter.issued_on >= filters.issued_from)
    if filters.issued_to is not None:
        query = query.where(IssuedLetter.issued_on <= filters.issued_to)
    if filters.issued_by:
        query = query.where(IssuedLetter.issued_by == filters.issued_by)
    with session.transaction() as db:
        return list(db.scalars(query.order_by(IssuedLetter.issued_at.desc(), IssuedLetter.id.desc())))


def letter_rows(session: UserSession, ids: list[int]) -> dict[int, LetterRow]:
    """The list's columns for these letters (never the PDF or the data)."""
    session.require(Action.VIEW_PEOPLE)
    if not ids:
        return {}
    with session.transaction() as db:
        return _rows(db, list(ids))


def list_letters(session: UserSession, filters: LetterFilter | None = None, *, limit: int = 500) -> list[LetterRow]:
    ids = letter_ids(session, filters or LetterFilter())[:limit]
    rows = letter_rows(session, ids)
    return [rows[i] for i in ids]


def letter_id_by_reference(session: UserSession, reference: str) -> int:
    session.require(Action.VIEW_PEOPLE)
    wanted = names.clean_text(reference, max_length=60).upper()
    with session.transaction() as db:
        found = db.scalar(select(IssuedLetter.id).where(func.upper(IssuedLetter.reference) == wanted))
    if found is None:
        raise NoSuchRecord(reference)
    return found


def _letter(db: Session, letter_id: int) -> IssuedLetter:
    letter = db.get(IssuedLetter, letter_id)
    if letter is None:
        raise NoSuchRecord(letter_id)
    return letter


def _render_stored(db: Session, letter: IssuedLetter, *, copy: bool) -> bytes:
    """The letter again from what it stored (its data, its template version), marked as a copy."""
    record = json.loads(letter.data)
    template = _as_template(_template_row(db, letter.template_key, letter.template_version))
    logo = db.get(OfficeLogo, 1)
    stored = record["office"]
    same_logo = logo is not None and hashlib.sha256(logo.data).hexdigest() == stored.get("logo_sha256")
    header = OfficeHeader(stored["name_ar"], stored["name_en"], stored["lines_ar"], stored["lines_en"],
                          logo=logo.data if same_logo else None)
    return _typeset(template, LetterData(**record["letter"]), lang=letter.lang, office=header,
                         reference=letter.reference, issued_on=letter.issued_on, verification=letter.verification,
                         hijri=record.get("hijri", False), copy=copy)


def letter_pdf(session: UserSession, letter_id: int) -> bytes:
    """The stored PDF exactly as issued (to look at on screen)."""
    session.require(Action.PRINT_LETTERS)
    with session.transaction() as db:
        return _letter(db, letter_id).pdf


def reprint_pdf(session: UserSession, letter_id: int) -> bytes:
    """What a reprint prints: the identical stored PDF, or, when the office marks reprints, the
    same letter from the same data with "copy" on every page. Cancelled letters are refused. Audited."""
    session.require(Action.PRINT_LETTERS)
    with session.transaction() as db:
        letter = _letter(db, letter_id)
        if letter.state == "cancelled":
            raise LetterCancelled(letter.reference)
        copy = bool(office._read(db).get("letter_copy_mark"))
        pdf = _render_stored(db, letter, copy=True) if copy else letter.pdf
        audit.append(db, session.user.actor, "letter_reprinted", "letter", letter.id,
                     {"reference": letter.reference, "copy_mark": copy})
        return pdf


def rerender_original(session: UserSession, letter_id: int) -> bytes:
    """The letter typeset again from its stored data without a copy mark (equal to the stored PDF
    while the office's logo is unchanged): proof that what a letter stores is what it printed."""
    session.require(Action.PRINT_LETTERS)
    with session.transaction() as db:
        return _render_stored(db, _letter(db, letter_id), copy=False)


def record_printed(session: UserSession, letter_ids: list[int], *, reprint: bool = False, pages: int = 0) -> None:
    """Audit that these letters went to a printer (after the print dialog said yes)."""
    session.require(Action.PRINT_LETTERS)
    with session.transaction() as db:
        refs = [r for (r,) in db.execute(select(IssuedLetter.reference).where(IssuedLetter.id.in_(letter_ids)))]
        audit.append(db, session.user.actor, "letter_printed", "letter", ",".join(map(str, letter_ids))[:64],
                     {"references": refs, "count": len(letter_ids), "reprint": reprint, "pages": pages})


def _write_error(exc: OSError, path: Path) -> SanadError:
    if files.disk_full(exc):
        return DiskFull()
    if files.not_permitted(exc):
        return LetterFolderNotWritable(path)
    return LetterNotWritten(path)


def save_letters(session: UserSession, letter_ids: list[int], path: Path | str, *, reprint: bool = False) -> Path:
    """Write these letters as one PDF file at `path` (chosen by the user; the file leaves the
    encrypted vault, which the window warns about first) and audit it with the references. The file
    is written beside its place and moved there after the audit entry is committed."""
    session.require(Action.PRINT_LETTERS)
    path = Path(path)
    if not letter_ids:
        raise NoSuchRecord("")
    # The unencrypted PDF is written beside its place and goes if anything fails before it is in
    # place (a refused audit, a failed commit).
    with files.staged(path, errors=_write_error) as temp:
        with session.transaction() as db:
            letters = [_letter(db, i) for i in letter_ids]
            pdfs = []
            copy = reprint and bool(office._read(db).get("letter_copy_mark"))
            for letter in letters:
                if letter.state == "cancelled":
                    raise LetterCancelled(letter.reference)
                pdfs.append(_render_stored(db, letter, copy=True) if copy else letter.pdf)
            temp.write_bytes(pdfs[0] if len(pdfs) == 1 else merge_pdfs(pdfs))
            audit.append(db, session.user.actor, "letter_saved", "letter", ",".join(map(str, letter_ids))[:64],
                         {"references": [letter.reference for letter in letters], "count": len(letters),
                          "format": "pdf", "reprint": reprint})
        files.place(temp, path)
    return path


def save_batch_pdf(session: UserSession, letter_ids: list[int], path: Path | str) -> Path:
    """A batch just issued, saved as one PDF (the originals, no copy mark)."""
    return save_letters(session, letter_ids, path, reprint=False)


def cancel_letter(session: UserSession, letter_id: int, reason: str) -> LetterRow:
    """Mark a letter cancelled with the reason; its number stays taken (never given again), its
    PDF and data stay for the record. Audited."""
    session.require(Action.PRINT_LETTERS)
    reason = (reason or "").strip()
    if not names.clean_text(reason, max_length=10):
        raise ValidationError("reason", QT_TRANSLATE_NOOP("SanadError", "Say why the letter is cancelled."))
    if len(reason) > MAX_REASON:
        raise ValidationError("reason", _PART_TOO_LONG, MAX_REASON)
    with session.transaction() as db:
        letter = _letter(db, letter_id)
        if letter.state == "cancelled":
            raise LetterAlreadyCancelled(letter.reference)
        letter.state = "cancelled"
        letter.cancelled_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        letter.cancelled_by = session.user.username
        letter.cancel_reason = reason
        db.flush()
        audit.append(db, session.user.actor, "letter_cancelled", "letter", letter.id, {"reference": letter.reference})
        return _rows(db, [letter.id])[letter.id]


@dataclass(frozen=True)
class Verification:
    genuine: bool
    state: str = ""
    issued_on: dt.date | None = None
    template_key: str = ""
    file_number: str = ""


def verify_letter(session: UserSession, reference: str, code: str) -> Verification:
    """Is a letter with this reference and verification code ours (a receiving office phones)?
    Both must match; the answer never says which one was wrong. Audited."""
    session.require(Action.VIEW_PEOPLE)
    wanted = names.clean_text(reference, max_length=60).upper()
    given = re.sub(r"[\s-]", "", code or "").upper()
    with session.transaction() as db:
        letter = db.scalar(select(IssuedLetter).where(func.upper(IssuedLetter.reference) == wanted))
        genuine = letter is not None and secrets.compare_digest(letter.verification.encode(), given.encode())
        audit.append(db, session.user.actor, "letter_verified", "letter", letter.id if genuine else "",
                     {"genuine": genuine})
        if not genuine:
            return Verification(False)
        number = db.scalar(select(Person.file_number).where(Person.id == letter.person_id))
        return Verification(True, letter.state, letter.issued_on, letter.template_key, number or "")


def suggested_file_name(session: UserSession, letter_ids: list[int]) -> str:
    """letter-<reference>.pdf (slashes as -), or letters-<n>.pdf: no name in a file name."""
    rows = letter_rows(session, letter_ids)
    if len(rows) == 1:
        return "letter-" + re.sub(r"[^A-Za-z0-9_.-]", "-", next(iter(rows.values())).reference) + ".pdf"
    return f"letters-{len(rows)}.pdf"


def person_by_file_number(session: UserSession, file_number: str) -> int:
    from db.subject_access import person_by_file_number as find

    return find(session, file_number)


def referral_by_reference(session: UserSession, reference: str) -> tuple[int, int]:
    """(referral id, person id) of the referral with this reference."""
    session.require(Action.VIEW_PEOPLE)
    wanted = names.clean_text(reference, max_length=60).upper()
    with session.transaction() as db:
        found = db.execute(select(Referral.id, Referral.person_id)
                           .where(func.upper(Referral.reference) == wanted)).first()
    if found is None:
        raise NoSuchRecord(reference)
    return found[0], found[1]
