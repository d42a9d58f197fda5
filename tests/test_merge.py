"""Merging two records of one person: every linked row moves (found from the schema, so a table
merge.py never names moves too), collisions are resolved, the vault comes back exactly after an
undo, search follows, stale previews and other roles are refused, and undo after later changes
keeps those changes and says what it could not put back."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import Column, ForeignKey, Integer, String, Table, UniqueConstraint, inspect, select, text

from db import merge, users
from db.errors import PermissionDenied
from db.merge import (
    MergeAlreadyUndone,
    MergeConflict,
    RecordChangedSincePreview,
    UndoBlocked,
    merge_people,
    merge_preview,
    person_references,
    recent_merges,
    undo_merge,
)
from db.models import (
    AuditEntry,
    Base,
    Consent,
    ConsentScope,
    DocumentHeld,
    Household,
    NotSamePerson,
    Person,
    PersonMerge,
    Relation,
    SensitiveProfile,
)
from db.search import search_people
from db.vault import Vault
from tests.conftest import ADMIN_PASSWORD, VOLATILE, dump_hash

# The merge's own record stays after an undo (it is the history); the FTS index's internal pages
# and its write counter change with any delete and insert, so the index is checked by searching
# and by its own integrity check instead.
UNCHANGED = (*VOLATILE, "person_merge", "person_fts_data", "person_fts_idx", "person_fts_config")


def _person(db, household: Household | None, number: int, first: str, **fields) -> Person:
    values = dict(
        father_name="أحمد", grandfather_name="علي", family_name="الجبوري", mother_name="زينب حسن محمد",
        sex="F", birth_date=dt.date(1990, 7, 1), birth_precision="about",
        created_at=dt.datetime(2026, 1, 1) + dt.timedelta(days=number),
    )
    values.update(fields)
    person = Person(household_id=household.id if household else None, file_number=f"MOS-2026-{number:05d}",
                    first_name=first, **values)
    db.add(person)
    db.flush()
    return person


def _relate(db, a: Person, b: Person, kind: str, back: str) -> None:
    db.add_all([Relation(person_id=a.id, related_person_id=b.id, kind=kind),
                Relation(person_id=b.id, related_person_id=a.id, kind=back)])


@pytest.fixture
def pair(admin):
    """Two records of one woman (K registered first, O later, spelled otherwise, more complete),
    with everything that can link to a person; returns a dict of ids."""
    with admin.transaction() as db:
        home = Household(neighbourhood="الزنجيلي", district="الموصل")
        other_home = Household(neighbourhood="حي التنك", district="الموصل")
        db.add_all([home, other_home])
        db.flush()
        keep = _person(db, home, 1, "فاطمة", phone="07701234567", relationship_to_head="head")
        child = _person(db, home, 2, "عمر", sex="M", father_name="", grandfather_name="", family_name="",
                        mother_name="فاطمة أحمد علي", birth_date=dt.date(2015, 7, 1), birth_precision="year",
                        father_unknown=True)
        other = _person(db, other_home, 3, "فاطمه", father_name="احمد", family_name="", mother_name="زينب حسن",
                        birth_date=dt.date(1990, 3, 7), birth_precision="exact", name_latin="Fatma Ahmad Zzq",
                        phone="07801112222", phone2="07509998877", wg_seeing=3, place_of_birth="تلعفر",
                        registry_record_no="1234", registry_page_no="56", registry_office="الموصل",
                        relationship_to_head="head")
        daughter = _person(db, other_home, 4, "مريم", father_name="", grandfather_name="", family_name="",
                           mother_name="فاطمه احمد علي", birth_date=dt.date(2016, 7, 1), birth_precision="year")
        stranger = _person(db, None, 5, "خديجة", father_name="محمود", mother_name="سعاد")
        _relate(db, child, keep, "mother", "child")
        _relate(db, child, other, "mother", "child")  # the same link recorded on both records
        _relate(db, daughter, other, "mother", "child")
        _relate(db, keep, other, "sibling", "sibling")  # a mistaken link between the two records
        db.add_all([
            DocumentHeld(person_id=keep.id, doc_type="national_card", number="A1"),
            DocumentHeld(person_id=other.id, doc_type="marriage_contract", number="ISIS-7"),
            DocumentHeld(person_id=other.id, doc_type="ration_card", number="R9", copy_seen=True),
            SensitiveProfile(person_id=keep.id, threats=True, notes="threat by a neighbour"),
            SensitiveProfile(person_id=other.id, gbv_disclosure=True, notes="disclosed in session"),
            NotSamePerson(person_a=keep.id, person_b=stranger.id),
            NotSamePerson(person_a=other.id, person_b=stranger.id),
            NotSamePerson(person_a=keep.id, person_b=other.id),
        ])
        consent = Consent(person_id=other.id, given_by="self", given_on=dt.date(2026, 2, 1))
        db.add(consent)
        db.flush()
        db.add_all([ConsentScope(consent_id=consent.id, scope="referral"),
                    ConsentScope(consent_id=consent.id, scope="sharing", agency="UNICEF")])
        return {"keep": keep.id, "other": other.id, "child": child.id, "daughter": daughter.id,
                "stranger": stranger.id, "home": home.id, "other_home": other_home.id, "consent": consent.id}


def _merge(session, ids, **choices):
    preview = merge_preview(session, ids["keep"], ids["other"])
    return merge_people(session, ids["keep"], ids["other"], choices, versions=preview.versions(ids["keep"]))


def test_preview_compares_every_field_and_suggests_sensible_defaults(admin, pair):
    preview = merge_preview(admin, pair["other"], pair["keep"])
    assert preview.suggested_keep == pair["keep"]  # registered first: the older file number
    assert preview.marked_not_same
    differing = set(preview.differing)
    assert {"first_name", "father_name", "family_name", "mother_name", "birth", "phone", "phone2", "wg_seeing",
            "place_of_birth", "registry", "household", "name_latin"} <= differing
    assert not {"sex", "grandfather_name", "marital_status", "wg_hearing"} & differing
    choices = preview.suggested_choices(pair["keep"])
    # A value beats none, an exact date beats "about", the fuller registry record wins; when both
    # have a value, the kept record's stays.
    assert choices["phone2"] == choices["wg_seeing"] == choices["birth"] == choices["registry"] == "other"
    assert choices["family_name"] == choices["first_name"] == choices["phone"] == choices["household"] == "keep"
    assert preview.suggested_choices(pair["other"])["family_name"] == "other"
    # Admin may see sensitive fields; the rows linked to the removed record are counted.
    assert preview.moving(pair["keep"]) == {
        "document_held": 2, "relation": 3, "consent": 1, "sensitive_profile": 1, "not_same_person": 2,
    }
    assert preview.households[pair["other_home"]][0] == "حي التنك"


def test_every_linked_row_moves_to_the_kept_record(admin, pair):
    keep, other = pair["keep"], pair["other"]
    result = _merge(admin, pair, birth="other", phone2="other", household="other", registry="other")
    assert result.merged_file_number == "MOS-2026-00003" and result.kept_file_number == "MOS-2026-00001"
    with admin.transaction() as db:
        assert db.get(Person, other) is None
        person = db.get(Person, keep)
        # Chosen values from the other record, the rest as they were.
        assert (person.birth_date, person.birth_precision) == (dt.date(1990, 3, 7), "exact")
        assert person.phone2 == "07509998877" and person.phone == "07701234567"
        assert person.registry_record_no == "1234" and person.family_name == "الجبوري"
        assert person.household_id == pair["other_home"]  # household membership moved with the choice
        docs = db.scalars(select(DocumentHeld.number).where(DocumentHeld.person_id == keep)).all()
        assert sorted(docs) == ["A1", "ISIS-7", "R9"]
        consent = db.get(Consent, pair["consent"])
        assert consent.person_id == keep
        assert len(db.scalars(select(ConsentScope).where(ConsentScope.consent_id == consent.id)).all()) == 2
        relations = {(r.person_id, r.related_person_id, r.kind)
                     for r in db.scalars(select(Relation))}
        # Both directions moved, the doubled mother link is one, the link between the two is gone.
        assert relations == {
            (pair["child"], keep, "mother"), (keep, pair["child"], "child"),
            (pair["daughter"], keep, "mother"), (keep, pair["daughter"], "child"),
        }
        profile = db.get(SensitiveProfile, keep)
        assert profile.threats and profile.gbv_disclosure and not profile.detained_relative
        assert profile.notes == "threat by a neighbour\n\ndisclosed in session"
        assert db.get(SensitiveProfile, other) is None
        pairs = {(n.person_a, n.person_b) for n in db.scalars(select(NotSamePerson))}
        assert pairs == {(keep, pair["stranger"])}  # re-keyed, not doubled; the merged pair dropped
        for table, columns in person_references().items():
            for column in columns:
                left = db.execute(text(f'SELECT count(*) FROM "{table}" WHERE "{column}" = :id'), {"id": other})
                assert left.scalar() == 0, (table, column)
    assert result.moved == {"document_held": 2, "relation": 2, "consent": 1, "sensitive_profile": 1}
    assert result.dropped == {"relation": 4, "sensitive_profile": 1, "not_same_person": 2}


def test_merge_then_undo_gives_back_the_same_vault(admin, pair):
    before = dump_hash(admin, UNCHANGED)
    result = _merge(admin, pair, birth="other", phone2="other", household="other", wg_seeing="other",
                    first_name="other", name_latin="other")
    assert dump_hash(admin, UNCHANGED) != before
    undone = undo_merge(admin, result.merge_id)
    assert undone.complete and undone.restored_id == pair["other"]
    assert undone.moved_back == {"document_held": 2, "relation": 2, "consent": 1}
    assert dump_hash(admin, UNCHANGED) == before
    with admin.transaction() as db:
        check = db.execute(text("INSERT INTO person_fts(person_fts, rank) VALUES ('integrity-check', 1)"))
        assert check is not None  # raises if the index and the person table disagree


def test_search_follows_the_merge_and_its_undo(admin, pair):
    assert [h.id for h in search_people(admin, "Zzq")] == [pair["other"]]
    result = _merge(admin, pair)
    # The removed record's own spelling is gone from the index; its file number finds the kept record.
    assert search_people(admin, "Zzq") == []
    with admin.transaction() as db:
        assert db.execute(text("SELECT count(*) FROM person_fts WHERE person_fts MATCH 'zzq'")).scalar() == 0
    hits = search_people(admin, "mos-2026-00003")
    assert [(h.id, h.matched) for h in hits] == [(pair["keep"], "merged_file_number")]
    undo_merge(admin, result.merge_id)
    assert [h.id for h in search_people(admin, "Zzq")] == [pair["other"]]
    assert [(h.id, h.matched) for h in search_people(admin, "MOS-2026-00003")] == [(pair["other"], "file_number")]


def test_a_record_saved_after_the_preview_is_not_merged(admin, pair):
    preview = merge_preview(admin, pair["keep"], pair["other"])
    with admin.transaction() as db:
        db.get(Person, pair["other"]).phone = "07700000000"  # someone else saves meanwhile
    before = dump_hash(admin)
    with pytest.raises(RecordChangedSincePreview, match="MOS-2026-00003"):
        merge_people(admin, pair["keep"], pair["other"], {}, versions=preview.versions(pair["keep"]))
    assert dump_hash(admin) == before


def test_bad_choices_and_a_record_with_itself_are_refused(admin, pair):
    preview = merge_preview(admin, pair["keep"], pair["other"])
    versions = preview.versions(pair["keep"])
    with pytest.raises(merge.ValidationError):
        merge_people(admin, pair["keep"], pair["other"], {"file_number": "other"}, versions=versions)
    with pytest.raises(merge.ValidationError):
        merge_people(admin, pair["keep"], pair["other"], {"phone": "both"}, versions=versions)
    with pytest.raises(merge.SanadError):
        merge_people(admin, pair["keep"], pair["keep"], {}, versions=versions)


def test_a_manager_cannot_merge_and_the_refusal_is_audited(admin, pair, vault_path):
    result = _merge(admin, pair)
    users.add_user(admin, "boss", "manager-pass-123", role="manager", must_change_password=False)
    users.add_user(admin, "clerk", "front-desk-pass-1", role="staff", must_change_password=False)
    admin.vault.close()
    session = Vault.open(vault_path).unlock("boss", "manager-pass-123")
    try:
        with pytest.raises(PermissionDenied):
            merge_people(session, pair["keep"], pair["child"], {}, versions=(1, 1))
        with pytest.raises(PermissionDenied):
            undo_merge(session, result.merge_id)
        with session.transaction() as db:
            refused = db.scalars(select(AuditEntry).where(AuditEntry.action == "permission_denied",
                                                          AuditEntry.username == "boss")).all()
            assert [json.loads(e.details)["action"] for e in refused] == ["edit_people", "edit_people"]
        assert recent_merges(session)[0].merged_file_number == "MOS-2026-00003"  # may read the list
    finally:
        session.vault.close()
    # Staff may merge and undo, and the sensitive profiles move although a clerk never sees them.
    session = Vault.open(vault_path).unlock("clerk", "front-desk-pass-1")
    try:
        undo_merge(session, result.merge_id)
        preview = merge_preview(session, pair["keep"], pair["other"])
        assert "sensitive_profile" not in preview.a.links and "sensitive_profile" not in preview.b.links
        again = merge_people(session, pair["keep"], pair["other"], {}, versions=preview.versions(pair["keep"]))
        assert "sensitive_profile" not in again.moved and "sensitive_profile" not in again.dropped
        with session.transaction() as db:
            profile = db.get(SensitiveProfile, pair["keep"])
            assert profile.threats and profile.gbv_disclosure
    finally:
        session.vault.close()


def test_merge_and_undo_are_audited_with_file_numbers_and_no_names(admin, pair):
    result = _merge(admin, pair, first_name="other")
    undo_merge(admin, result.merge_id)
    with admin.transaction() as db:
        logged = db.scalars(select(AuditEntry).where(AuditEntry.action.in_(("merge", "unmerge"))))
        entries = {e.action: e for e in logged}
        assert set(entries) == {"merge", "unmerge"}
        done = json.loads(entries["merge"].details)
        assert done["kept"] == "MOS-2026-00001" and done["merged"] == "MOS-2026-00003"
        assert done["merge_id"] == result.merge_id and done["fields_from_merged"] == ["first_name"]
        assert len(done["moved"]["document_held"]) == 2
        back = json.loads(entries["unmerge"].details)
        assert back["restored"] == "MOS-2026-00003" and back["restored_id"] == pair["other"]
        for entry in entries.values():
            assert entry.details.isascii()  # file numbers and ids only: no Arabic name in clear
        # The removal and the kept record's change are logged too (sealed under each person's key).
        deleted = db.scalars(select(AuditEntry).where(AuditEntry.action == "delete", AuditEntry.entity == "person",
                                                      AuditEntry.entity_id == str(pair["other"]))).all()
        assert len(deleted) == 1 and "sealed" in deleted[0].details


def test_the_foreign_keys_followed_are_those_in_the_vault(admin):
    """Every table of the real vault schema with a foreign key to person.id is one merge moves."""
    with admin.transaction() as db:
        inspector = inspect(db.connection())
        in_vault = {}
        for table in inspector.get_table_names():
            columns = sorted(fk["constrained_columns"][0] for fk in inspector.get_foreign_keys(table)
                             if fk["referred_table"] == "person" and fk["referred_columns"] == ["id"])
            if columns:
                in_vault[table] = tuple(columns)
    assert person_references() == in_vault
    assert {"document_held", "relation", "consent", "sensitive_profile", "not_same_person",
            "person_merge"} <= set(in_vault)


def test_applications_and_referrals_move_and_come_back(admin, pair):
    """The next issue's tables (their foreign keys refuse deleting a person who has rows) move
    with no change to merge.py, with their hearings and timelines."""
    from db.models import Application, Hearing, Organisation, Referral

    with admin.transaction() as db:
        organisation = Organisation(name_ar="مدرسة النور", name_en="Al-Noor School")
        db.add(organisation)
        db.flush()
        application = Application(person_id=pair["other"], doc_type="birth_certificate", state="intake",
                                  opened_on=dt.date(2026, 3, 1))
        db.add_all([application, Referral(person_id=pair["other"], reference="ODS/REF/2026/0001",
                                          service="school", organisation_id=organisation.id,
                                          sent_on=dt.date(2026, 3, 2))])
        db.flush()
        db.add(Hearing(application_id=application.id, held_on=dt.date(2026, 4, 1)))
    before = dump_hash(admin, UNCHANGED)
    result = _merge(admin, pair)
    assert result.moved["application"] == 1 and result.moved["referral"] == 1
    with admin.transaction() as db:
        assert db.scalar(select(Application.person_id)) == pair["keep"]
        assert db.scalar(select(Referral.person_id)) == pair["keep"]
        assert db.scalar(select(Hearing.application_id)) == application.id
    undo_merge(admin, result.merge_id)
    assert dump_hash(admin, UNCHANGED) == before


@pytest.fixture
def extra_table(admin):
    """A table merge.py has never heard of (as the next issue's referrals will be)."""
    table = Table(
        "zz_referral", Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), nullable=False),
        Column("service", String(40)),
        UniqueConstraint("person_id", "service"),
    )
    try:
        with admin.transaction() as db:
            table.create(db.connection())
        yield table
    finally:
        Base.metadata.remove(table)


def test_a_table_merge_does_not_name_moves_too(admin, pair, extra_table):
    assert "zz_referral" in person_references()
    with admin.transaction() as db:
        db.execute(extra_table.insert().values(person_id=pair["other"], service="school"))
    before = dump_hash(admin, UNCHANGED)
    result = _merge(admin, pair)
    assert result.moved["zz_referral"] == 1
    with admin.transaction() as db:
        assert db.execute(select(extra_table.c.person_id)).scalars().all() == [pair["keep"]]
    undo_merge(admin, result.merge_id)
    assert dump_hash(admin, UNCHANGED) == before


def test_rows_that_cannot_be_combined_refuse_the_whole_merge(admin, pair, extra_table):
    with admin.transaction() as db:
        db.execute(extra_table.insert().values(person_id=pair["other"], service="school"))
        db.execute(extra_table.insert().values(person_id=pair["keep"], service="school"))
    before = dump_hash(admin)
    with pytest.raises(MergeConflict, match="zz_referral"):
        _merge(admin, pair)
    assert dump_hash(admin) == before


def test_undo_after_later_changes_keeps_them_and_says_what_it_could_not_restore(admin, pair):
    result = _merge(admin, pair, phone2="other", birth="other")
    with admin.transaction() as db:
        person = db.get(Person, pair["keep"])
        person.phone2 = "07711111111"  # edited after the merge: the edit stays
        gone = db.scalars(select(DocumentHeld).where(DocumentHeld.number == "R9")).one()
        db.delete(gone)  # a moved document deleted after the merge
        db.add(DocumentHeld(person_id=pair["keep"], doc_type="passport", number="P5"))  # added after
        edited = db.scalars(select(DocumentHeld).where(DocumentHeld.number == "ISIS-7")).one()
        edited.copy_seen = True
        db.get(SensitiveProfile, pair["keep"]).notes = "rewritten after the merge"
    undone = undo_merge(admin, result.merge_id)
    assert not undone.complete
    assert undone.deleted_since == {"document_held": 1} and "phone2" in undone.kept_edits
    assert "sensitive_profile" in undone.kept_edits and "birth" not in undone.kept_edits
    with admin.transaction() as db:
        keep, other = db.get(Person, pair["keep"]), db.get(Person, pair["other"])
        assert keep.phone2 == "07711111111" and other.phone2 == "07509998877"
        assert (keep.birth_date, keep.birth_precision) == (dt.date(1990, 7, 1), "about")  # put back
        docs = {d.number: (d.person_id, d.copy_seen) for d in db.scalars(select(DocumentHeld))}
        assert docs == {"A1": (keep.id, False), "P5": (keep.id, False), "ISIS-7": (other.id, True)}
        assert db.get(SensitiveProfile, keep.id).notes == "rewritten after the merge"
        assert db.get(SensitiveProfile, other.id).notes == "disclosed in session"
    with pytest.raises(MergeAlreadyUndone):
        undo_merge(admin, result.merge_id)


def test_merges_in_a_chain_are_undone_newest_first(admin, pair):
    before = dump_hash(admin, UNCHANGED)
    first = merge_people(admin, pair["other"], pair["daughter"], {},
                         versions=merge_preview(admin, pair["other"], pair["daughter"]).versions(pair["other"]))
    second = _merge(admin, pair)
    with pytest.raises(UndoBlocked, match="MOS-2026-00003"):
        undo_merge(admin, first.merge_id)  # its kept record was merged away after it
    listed = recent_merges(admin)
    assert [m.id for m in listed] == [second.merge_id, first.merge_id]
    assert listed[1].kept_file_number == "MOS-2026-00001"  # the record it lives in now
    undo_merge(admin, second.merge_id)
    undo_merge(admin, first.merge_id)
    assert dump_hash(admin, UNCHANGED) == before
    assert all(m.undone for m in recent_merges(admin))


def test_a_merged_away_id_is_not_given_to_a_newcomer_and_comes_back_on_undo(admin, pair):
    # The stranger has the highest id: SQLite alone would give it to the next person once she is
    # merged away; db/ids.py never gives an id twice, so undo gets it back.
    with admin.transaction() as db:
        db.add(DocumentHeld(person_id=pair["stranger"], doc_type="ration_card", number="S1"))
    result = merge_people(admin, pair["other"], pair["stranger"], {},
                          versions=merge_preview(admin, pair["other"], pair["stranger"]).versions(pair["other"]))
    with admin.transaction() as db:
        newcomer = _person(db, None, 9, "زينب")
        assert newcomer.id == pair["stranger"] + 1
        newcomer_id = newcomer.id
    undone = undo_merge(admin, result.merge_id)
    assert undone.restored_id == pair["stranger"] and undone.restored_file_number == "MOS-2026-00005"
    with admin.transaction() as db:
        stranger = db.get(Person, undone.restored_id)
        assert stranger.first_name == "خديجة" and stranger.file_number == "MOS-2026-00005"
        assert db.scalars(select(DocumentHeld.number).where(DocumentHeld.person_id == stranger.id)).all() == ["S1"]
        pairs = {(n.person_a, n.person_b) for n in db.scalars(select(NotSamePerson))}
        assert pairs == {(pair["keep"], stranger.id), (pair["other"], stranger.id), (pair["keep"], pair["other"])}
        assert db.get(Person, newcomer_id).first_name == "زينب"
        assert db.scalar(select(PersonMerge.undone_by).where(PersonMerge.id == result.merge_id)) == "admin"


def test_cli_merge_and_unmerge(admin, pair, vault_path, monkeypatch, capsys):
    from desktop.cli import main

    admin.vault.close()
    monkeypatch.setenv("SANAD_PASSWORD", ADMIN_PASSWORD)
    assert main(["merge", "MOS-2026-00001", "MOS-2026-00003", "--json", "--vault", str(vault_path)]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["kept"] == "MOS-2026-00001" and done["merged"] == "MOS-2026-00003" and done["merge_id"]
    assert main(["merge", "MOS-2026-00001", "MOS-2026-00003", "--vault", str(vault_path)]) == 1
    assert "MOS-2026-00003" in capsys.readouterr().err
    assert main(["unmerge", str(done["merge_id"]), "--vault", str(vault_path)]) == 0
    assert "MOS-2026-00003" in capsys.readouterr().out
    assert main(["unmerge", str(done["merge_id"]), "--vault", str(vault_path)]) == 1
    assert "already undone" in capsys.readouterr().err
