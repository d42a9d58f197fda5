"""Office settings kept in the vault, declared once: key, type, default and a translatable label.
The settings screen is built from this declaration; services read and write through it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import ValidationError
from db.i18n import QT_TRANSLATE_NOOP
from db.models import OfficeLogo, OfficeSetting
from db.permissions import Action
from db.session import UserSession


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: str  # "text", "multiline", "int", "bool", "choice"
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[tuple[str, str], ...] = ()


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("office_name_ar", "text", "", QT_TRANSLATE_NOOP("Settings", "Office name (Arabic)")),
    SettingSpec("office_name_en", "text", "", QT_TRANSLATE_NOOP("Settings", "Office name (English)")),
    SettingSpec("letterhead_ar", "multiline", "", QT_TRANSLATE_NOOP("Settings", "Letterhead lines (Arabic)")),
    SettingSpec("letterhead_en", "multiline", "", QT_TRANSLATE_NOOP("Settings", "Letterhead lines (English)")),
    SettingSpec(
        "file_number_pattern", "text", "MOS-{year}-{seq:05d}",
        QT_TRANSLATE_NOOP("Settings", "File number pattern ({year}, {seq:05d})"),
    ),
    SettingSpec(
        "referral_number_pattern", "text", "ODS/REF/{year}/{seq:04d}",
        QT_TRANSLATE_NOOP("Settings", "Referral reference pattern ({year}, {seq:04d})"),
    ),
    SettingSpec(
        "letter_number_pattern", "text", "ODS/LTR/{year}/{seq:04d}",
        QT_TRANSLATE_NOOP("Settings", "Letter number pattern ({year}, {seq:04d})"),
    ),
    SettingSpec("letter_decision_number", "text", "",
                QT_TRANSLATE_NOOP("Settings", "Ministry of Education decision number (school letters)")),
    SettingSpec("letter_decision_date", "text", "",
                QT_TRANSLATE_NOOP("Settings", "Ministry of Education decision date (school letters)")),
    SettingSpec("letter_signer_name", "text", "", QT_TRANSLATE_NOOP("Settings", "Letters signed by (name)")),
    SettingSpec("letter_signer_title", "text", "", QT_TRANSLATE_NOOP("Settings", "Letters signed by (title)")),
    SettingSpec("letter_hijri_date", "bool", False, QT_TRANSLATE_NOOP("Settings", "Letters show the Hijri date too")),
    SettingSpec("letter_copy_mark", "bool", True, QT_TRANSLATE_NOOP("Settings", "Mark reprinted letters as copies")),
    SettingSpec(
        "idle_lock_minutes", "int", 5, QT_TRANSLATE_NOOP("Settings", "Minutes idle before Sanad locks"),
        minimum=1, maximum=30,
    ),
    SettingSpec(
        "stale_days", "int", 30,
        QT_TRANSLATE_NOOP("Settings", "Days without movement before My week lists an application"),
        minimum=7, maximum=365,
    ),
    SettingSpec(
        "lock_on_minimise", "bool", True, QT_TRANSLATE_NOOP("Settings", "Lock when the window is minimised"),
    ),
    SettingSpec(
        "retention_months", "int", 60,
        QT_TRANSLATE_NOOP("Settings", "Months without movement before a closed file may be archived or purged"),
        minimum=1, maximum=600,
    ),
    SettingSpec(
        "emergency_wipe_enabled", "bool", False,
        QT_TRANSLATE_NOOP("Settings", "Allow the emergency wipe (Ctrl+Alt+Shift+W, then type a word)"),
    ),
    SettingSpec("report_age_bands", "text", "0-5,6-11,12-17,18-59,60+",  # domain.md section 5
                QT_TRANSLATE_NOOP("Settings", "Age groups in reports and lists (e.g. 0-5,6-11,12-17,18-59,60+)")),
    SettingSpec("report_min_cell", "int", 5,
                QT_TRANSLATE_NOOP("Settings", "Smallest count shown in reports (smaller counts show as <N)"),
                minimum=1, maximum=100),
    SettingSpec(
        "language", "choice", "ar", QT_TRANSLATE_NOOP("Settings", "Language"),
        choices=(("ar", "العربية"), ("en", "English")),
    ),
)
SPEC = {spec.key: spec for spec in SETTINGS}
MAX_LOGO_BYTES = 2 * 1024 * 1024


def _coerce(spec: SettingSpec, value: Any) -> Any:
    if spec.kind == "int":
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = None
        if number is None or (spec.minimum is not None and number < spec.minimum) or (
            spec.maximum is not None and number > spec.maximum
        ):
            raise ValidationError(
                spec.key,
                QT_TRANSLATE_NOOP("SanadError", "Enter a whole number from %1 to %2."),
                spec.minimum, spec.maximum,
            )
        return number
    if spec.kind == "bool":
        return bool(value)
    if spec.kind == "choice":
        if value not in {c[0] for c in spec.choices}:
            raise ValidationError(spec.key, QT_TRANSLATE_NOOP("SanadError", "Choose one of the options."))
        return value
    text = str(value or "")
    if spec.key == "file_number_pattern":
        from db.validation import FileNumberPattern

        FileNumberPattern(text.strip())  # raises a ValidationError naming what is wrong
    if spec.key == "referral_number_pattern":
        from db.referrals import reference_pattern

        reference_pattern(text.strip())  # the same rules, its own field and words
    if spec.key == "report_age_bands":
        from db.indicators import parse_bands

        parse_bands(text)  # raises a ValidationError saying how to write them
    if spec.key == "letter_number_pattern":
        from db.letters import letter_pattern

        letter_pattern(text.strip())
    if len(text) > 2000:
        raise ValidationError(spec.key, QT_TRANSLATE_NOOP("SanadError", "This text is too long."))
    return text.strip() if spec.kind == "text" else text


def _read(db: Session) -> dict[str, Any]:
    values = {spec.key: spec.default for spec in SETTINGS}
    for row in db.scalars(select(OfficeSetting)):
        if row.key in SPEC:
            values[row.key] = json.loads(row.value)
    return values


def _write(db: Session, key: str, value: Any) -> None:
    row = db.get(OfficeSetting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        db.add(OfficeSetting(key=key, value=encoded))
    elif row.value != encoded:
        row.value = encoded


def write_initial(
    db: Session, *, name_ar: str, name_en: str, language: str, logo: tuple[str, bytes] | None
) -> None:
    _write(db, "office_name_ar", _coerce(SPEC["office_name_ar"], name_ar))
    _write(db, "office_name_en", _coerce(SPEC["office_name_en"], name_en))
    _write(db, "language", _coerce(SPEC["language"], language))
    if logo is not None:
        _set_logo(db, *logo)


def get_settings(session: UserSession) -> dict[str, Any]:
    """Any signed-in user may read office settings (the shell shows the office name)."""
    with session.transaction() as db:
        return _read(db)


def save_settings(session: UserSession, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate all, then write all in one transaction (each change audited with old and new value)."""
    session.require(Action.EDIT_SETTINGS)
    clean = {key: _coerce(SPEC[key], value) for key, value in changes.items() if key in SPEC}
    with session.transaction() as db:
        for key, value in clean.items():
            _write(db, key, value)
        db.flush()
        return _read(db)


def _set_logo(db: Session, mime: str, data: bytes) -> None:
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo", QT_TRANSLATE_NOOP("SanadError", "The logo must be smaller than 2 MB."))
    if mime not in ("image/png", "image/jpeg"):
        raise ValidationError("logo", QT_TRANSLATE_NOOP("SanadError", "The logo must be a PNG or JPEG picture."))
    row = db.get(OfficeLogo, 1)
    if row is None:
        db.add(OfficeLogo(id=1, mime=mime, data=data))
    else:
        row.mime, row.data = mime, data


def set_logo(session: UserSession, mime: str, data: bytes) -> None:
    session.require(Action.EDIT_SETTINGS)
    with session.transaction() as db:
        _set_logo(db, mime, data)


def get_logo(session: UserSession) -> tuple[str, bytes] | None:
    with session.transaction() as db:
        row = db.get(OfficeLogo, 1)
        return (row.mime, row.data) if row else None
