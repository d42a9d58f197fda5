"""Process-kill tests (security cases C1, C2, S6, E6 in part): a child process working on a real
vault is killed with SIGKILL at a random moment during people registration, referral numbering,
merges, backups, master-key rotation and a schema migration. After every kill the vault must open
with the password, pass `check_vault` (every page's HMAC, SQLite's structure check, the audit
chain) and hold exactly the state before or after each transaction, never half of one.

The child is forked from this process (the imports are paid once, so a kill costs ~0.3 s) and
runs on a fresh copy of a template vault. Kill moments are random delays after the child reports
it is ready, from a seeded generator: the seed and each kill's delay are printed, so a failure is
reproduced with SANAD_KILL_SEED=<seed>. Default 60 kill points (about a minute on 2 CPUs);
SANAD_KILL_POINTS=500 for the long run. The import is db/importing.py's plan_file + import_rows
of a 100-row CSV (100 households), several files one after another.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import select
import shutil
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlalchemy import select as sql_select

from db import keyslots, merge, migrate, people, referrals
from db.backup import SUFFIX, check_vault, make_backup, read_manifest, test_restore
from db.models import AuditEntry, FileNumberCounter, Person, PersonMerge, ReferenceCounter, Referral
from db.validation import HouseholdInput, PersonInput
from db.vault import Vault
from tests.conftest import FAST_KDF, VOLATILE, dump_hash

# A rotation legitimately changes the vault's recorded file salt (app_meta): the records must not change.
RECORDS_ONLY = (*VOLATILE, "app_meta")

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill tests fork (POSIX); C3 covers Windows")

PASSWORD = "kill-test-password-1"
TODAY = dt.date.today()
SEED = int(os.environ.get("SANAD_KILL_SEED", "20261125"))
POINTS = int(os.environ.get("SANAD_KILL_POINTS", "60"))
# Share of the kill points per operation, and the longest delay before the kill (seconds).
OPERATIONS = {
    "register": (0.22, 0.8), "referral": (0.22, 0.8), "merge": (0.18, 0.4),
    "backup": (0.12, 2.5), "rekey": (0.1, 0.8), "migration": (0.1, 0.12), "import": (0.12, 1.2),
}
IMPORT_FILES, IMPORT_ROWS = 4, 100
_FIRST = ["فاطمة", "زينب", "مريم", "خديجة", "هدى", "سعاد", "نوال", "رقية", "آمنة", "سارة"]
_FATHER = ["أحمد", "علي", "حسين", "كاظم", "جاسم", "محمد", "خالد", "سالم", "كريم", "عمر"]
_FAMILY = ["الجبوري", "الطائي", "العبيدي", "الحمداني", "الشمري"]


def _import_files(folder: Path) -> list[Path]:
    """CSV files in Sanad's template layout, 100 one-person households each, no name repeated."""
    import itertools

    from tests.test_import import write_csv

    names = list(itertools.product(_FIRST, _FATHER, _FAMILY))
    files = []
    for k in range(IMPORT_FILES):
        rows = [["", f"H{k}-{i}", "head", first, father, "علي", family, "زينب حسن علي", "", "F",
                 f"{1960 + i % 40}-0{1 + i % 9}-1{i % 9}", "", "", "", "", "idp", ""]
                for i, (first, father, family) in enumerate(names[k * IMPORT_ROWS:(k + 1) * IMPORT_ROWS])]
        files.append(write_csv(folder / f"import-{k}.csv", rows))
    return files
ORG_NAME = "مركز صحي الشفاء"


def _member(first: str, sex: str, rel: str, born: str) -> people.NewMember:
    return people.NewMember(PersonInput(
        first_name=first, father_name="أحمد", grandfather_name="علي", family_name="الجبوري",
        mother_name="زينب حسن", sex=sex, birth_date_text=born, relationship_to_head=rel))


def _family(n: int) -> list[people.NewMember]:
    return [_member(f"فاطمة{n}", "F", "head", "1990"), _member(f"يوسف{n}", "M", "son", "2015"),
            _member(f"مريم{n}", "F", "daughter", "2017")]


def _build(path: Path, *, revision: str | None = None) -> dict:
    """A vault with 8 households of 3, an organisation the first mother consented to."""
    original_kdf, original_upgrade = keyslots.DEFAULT_KDF, migrate.upgrade
    keyslots.DEFAULT_KDF = FAST_KDF
    if revision is not None:
        from alembic import command

        migrate.upgrade = lambda conn: command.upgrade(migrate._config(conn), revision)
    try:
        session, recovery = Vault.create(path, admin_username="admin", admin_password=PASSWORD, language="en")
        info = {"recovery": recovery}
        if revision is None:
            households = [people.register_household(session, HouseholdInput(displacement_status="idp"),
                                                    _family(n), today=TODAY) for n in range(8)]
            org = referrals.add_organisation(session, referrals.OrganisationInput(ORG_NAME, "Al-Shifa",
                                                                                   ("health_centre",)))
            mother = households[0].person_ids[0]
            people.record_consent(session, mother, given_by="self", given_on=TODAY - dt.timedelta(days=3),
                                  scopes=[("referral", ""), ("sharing", ORG_NAME)])
            # Merge pairs: sons of households 1-7 two by two, the daughters likewise.
            pairs = []
            for index in (1, 2):
                kids = [h.person_ids[index] for h in households[1:]]
                pairs += list(zip(kids[::2], kids[1::2], strict=False))
            info.update(org=org, mother=mother, pairs=pairs, persons=24)
        session.vault.close()
    finally:
        keyslots.DEFAULT_KDF, migrate.upgrade = original_kdf, original_upgrade
    return info


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill-templates")
    main = folder / "template.sanad"
    old = folder / "old" / "template.sanad"
    old.parent.mkdir()
    info = _build(main)
    _build(old, revision="0008")
    # A backup of the template with one household more: a restore over the template changes data.
    original = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = FAST_KDF
    try:
        staging = folder / "staging"
        staging.mkdir()
        _copy(main, staging)
        with Vault.open(staging / "office.sanad") as vault:
            session = vault.unlock("admin", PASSWORD)
            people.register_household(session, HouseholdInput(displacement_status="idp"), _family(99), today=TODAY)
            info["backup_dump"] = dump_hash(session, RECORDS_ONLY)
            info["backup"] = make_backup(session, folder).path
    finally:
        keyslots.DEFAULT_KDF = original
    return {"main": main, "old": old, "imports": _import_files(folder), **info}


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "office.sanad"
    for suffix in ("", ".keys"):
        shutil.copyfile(str(template) + suffix, str(target) + suffix)
    return target


# ---- the child --------------------------------------------------------------------------------
def _child(path: Path, op: str, info: dict, out: int) -> None:
    """Runs in the forked process: report ready, then repeat the operation, acking each commit."""
    def say(text: str) -> None:
        os.write(out, (text + "\n").encode())

    vault = Vault.open(path)
    if op == "migration":
        say("ready")
        vault.unlock("admin", PASSWORD)  # the migration runs inside the unlock
        say("ack")
        return
    session = vault.unlock("admin", PASSWORD)
    (path.parent / "backups").mkdir(exist_ok=True)
    if op == "import":
        from db import importing

        for n, csv_file in enumerate(info["imports"]):
            plan = importing.plan_file(session, csv_file)  # the dry run reads only
            if n == 0:
                say("ready")
            importing.import_rows(session, plan)
            say("ack")
        time.sleep(60)
    say("ready")
    n = 0
    while True:
        if op == "register":
            people.register_household(session, HouseholdInput(displacement_status="returnee"), _family(100 + n),
                                      today=TODAY)
        elif op == "referral":
            referrals.make_referral(session, info["mother"], "health_centre", info["org"], "", "follow-up",
                                    today=TODAY)
        elif op == "merge":
            if n >= len(info["pairs"]):
                time.sleep(10)
                continue
            keep, other = info["pairs"][n]
            preview = merge.merge_preview(session, keep, other)
            merge.merge_people(session, keep, other, {}, versions=preview.versions(keep))
        elif op == "backup":
            make_backup(session, path.parent / "backups")
            time.sleep(1.05)  # backup names carry the second
        elif op == "rekey":
            from db.rotation import rotate_master_key

            rotate_master_key(session, PASSWORD)
        n += 1
        say("ack")


def _run_and_kill(path: Path, op: str, info: dict, delay: float) -> int:
    """Fork a child on `path`, kill it `delay` s after it is ready; the number of acks it sent."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        try:
            _child(path, op, info, write_end)
            time.sleep(60)
        except BaseException as exc:
            os.write(write_end, f"error {type(exc).__name__}: {exc}\n".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    buffer = b""
    deadline = time.monotonic() + 30
    while b"ready\n" not in buffer and time.monotonic() < deadline:
        ready, _, _ = select.select([read_end], [], [], 1.0)
        if ready:
            chunk = os.read(read_end, 4096)
            if not chunk:
                break
            buffer += chunk
    assert b"ready\n" in buffer, f"child for {op} never became ready"
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while True:
        chunk = os.read(read_end, 4096)
        if not chunk:
            break
        buffer += chunk
    os.close(read_end)
    assert b"error" not in buffer, buffer.decode(errors="replace")
    return buffer.count(b"ack\n")


# ---- what must hold after a kill ----------------------------------------------------------------
def _count(db, model) -> int:
    return db.scalar(sql_select(func.count()).select_from(model)) or 0


def _check_register(session, acks: int, info: dict) -> str:
    with session.transaction() as db:
        persons = _count(db, Person)
        created = db.scalar(sql_select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "create", AuditEntry.entity == "person"))
        counter = db.scalar(sql_select(FileNumberCounter.last_seq).where(FileNumberCounter.year == TODAY.year))
    added = persons - info["persons"]
    assert added % 3 == 0, f"a household was saved in part: {added} people added"
    assert added // 3 >= acks, "a household acknowledged as saved is missing"
    assert created == persons, "people and their audit entries disagree"
    assert counter == persons, "the file-number counter and the people disagree"
    return f"{added // 3} households"


def _check_referral(session, acks: int, info: dict) -> str:
    with session.transaction() as db:
        refs = list(db.scalars(sql_select(Referral.reference)))
        counter = db.scalar(sql_select(ReferenceCounter.last_seq).where(
            ReferenceCounter.kind == "referral", ReferenceCounter.year == TODAY.year)) or 0
        audited = db.scalar(sql_select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "create", AuditEntry.entity == "referral"))
    assert len(refs) >= acks
    assert counter == len(refs) == len(set(refs)), "reference counter and referrals disagree"
    assert audited == len(refs)
    return f"{len(refs)} referrals"


def _check_merge(session, acks: int, info: dict) -> str:
    with session.transaction() as db:
        persons = _count(db, Person)
        merges = list(db.execute(sql_select(PersonMerge.kept_id, PersonMerge.merged_id)))
        audited = db.scalar(sql_select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "merge"))
        for kept, merged in merges:
            assert db.get(Person, kept) is not None and db.get(Person, merged) is None
        for keep, other in info["pairs"]:
            both = db.get(Person, keep) is not None and db.get(Person, other) is not None
            assert both or (keep, other) in merges, "a pair is half merged"
    assert persons + len(merges) == info["persons"]
    assert len(merges) >= acks and audited == len(merges)
    return f"{len(merges)} merges"


def _check_backup(session, acks: int, info: dict) -> str:
    folder = session.vault.path.parent / "backups"
    finals = sorted(folder.glob("*" + SUFFIX)) if folder.exists() else []
    assert len(finals) >= acks
    for backup in finals:  # every file under a final name is a whole, verified backup
        read_manifest(backup)
    if finals:
        test_restore(finals[-1], username="admin", password=PASSWORD)
    return f"{len(finals)} backups"


def _check_rekey(session, acks: int, info: dict) -> str:
    assert dump_hash(session, RECORDS_ONLY) == info["dump"], "data changed during a key rotation"
    return "same data"


def _check_migration(session, acks: int, info: dict) -> str:
    with session.vault.sessionmaker() as db:
        revision = migrate.current(db.connection())
    assert revision == migrate.head()
    return f"revision {revision}"


def _check_import(session, acks: int, info: dict) -> str:
    from db.models_imports import ImportRun

    with session.transaction() as db:
        added = _count(db, Person) - info["persons"]
        runs = _count(db, ImportRun)
        audited = db.scalar(sql_select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "people_imported"))
    assert added % IMPORT_ROWS == 0, f"an import was saved in part: {added} people"
    assert added // IMPORT_ROWS == runs == audited, "imports, their runs and audit entries disagree"
    assert runs >= acks
    return f"{runs} imports"


CHECKS = {"import": _check_import,
          "register": _check_register, "referral": _check_referral, "merge": _check_merge,
          "backup": _check_backup, "rekey": _check_rekey, "migration": _check_migration}


def _plan() -> list[tuple[str, float]]:
    rng = random.Random(SEED)
    plan = []
    for op, (share, longest) in OPERATIONS.items():
        plan += [(op, round(rng.uniform(0.0, longest), 3)) for _ in range(max(1, round(POINTS * share)))]
    while len(plan) < POINTS:
        plan.append(("register", round(rng.uniform(0.0, 0.8), 3)))
    return plan


def test_kill_at_random_points(templates, tmp_path, monkeypatch):
    """Fault: the process dies (kill -9, a crash, a power cut seen from the process) at a random
    moment of registration, referral numbering, merging, backup, key rotation or migration.
    Promise: the vault opens with the password, every page and the audit chain check out, and each
    operation is all-or-nothing: nothing acknowledged is lost, no household half saved, no counter
    ahead or behind its referrals, no pair half merged, no partial file under a backup's name, the
    same data after an interrupted rotation, the schema at one revision or the next."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
    plan = _plan()
    print(f"\nkill test: seed {SEED}, {len(plan)} kill points (SANAD_KILL_SEED / SANAD_KILL_POINTS)")
    with Vault.open(templates["main"]) as vault:
        templates["dump"] = dump_hash(vault.unlock("admin", PASSWORD), RECORDS_ONLY)
    results: dict[str, list[str]] = {op: [] for op in OPERATIONS}
    hot_journals = 0
    started = time.perf_counter()
    for index, (op, delay) in enumerate(plan):
        template = templates["old"] if op == "migration" else templates["main"]
        path = _copy(template, tmp_path / f"run{index}")
        acks = _run_and_kill(path, op, templates, delay)
        where = f"kill {index} ({op}, {delay:.3f} s after ready, {acks} acked)"
        journal = Path(str(path) + "-journal")
        if journal.exists() and journal.stat().st_size:
            hot_journals += 1
        if op in ("register", "referral") and index % 2:
            # Case C6: the vault, its key file and a hot journal copied elsewhere open as committed.
            moved = tmp_path / f"moved{index}"
            moved.mkdir()
            for suffix in ("", ".keys", "-journal"):
                if Path(str(path) + suffix).exists():
                    shutil.copy2(str(path) + suffix, str(moved / path.name) + suffix)
            shutil.rmtree(path.parent)
            path = moved / path.name
        try:
            with Vault.open(path) as vault:
                session = vault.unlock("admin", PASSWORD)
                report = check_vault(session)
                assert report.ok, f"check failed: {report.as_dict()}"
                outcome = CHECKS[op](session, acks, templates)
        except Exception as exc:
            raise AssertionError(f"{where}: {type(exc).__name__}: {exc}") from exc
        results[op].append(f"{acks}->{outcome}")
        shutil.rmtree(path.parent, ignore_errors=True)
    elapsed = time.perf_counter() - started
    for op, outcomes in results.items():
        print(f"  {op:9s} {len(outcomes):3d} kills, all intact; acked->found: {', '.join(outcomes[:8])}"
              f"{' ...' if len(outcomes) > 8 else ''}")
    print(f"  {len(plan)} kills in {elapsed:.0f} s; {hot_journals} left a hot journal that the next open rolled back")


def _restore_killed_after_rename(path: Path, info: dict, after: int) -> None:
    """In a forked child: restore the backup over `path`, SIGKILLing the process right after its
    `after`-th file rename (os.replace), the moments between the steps of putting a restore in place."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        try:
            from db.backup import restore_backup

            real_replace, calls = os.replace, [0]

            def replace_then_maybe_die(src, dst, *args, **kwargs):
                real_replace(src, dst, *args, **kwargs)
                calls[0] += 1
                if calls[0] == after:
                    os.kill(os.getpid(), signal.SIGKILL)

            os.replace = replace_then_maybe_die
            restore_backup(info["backup"], path, username="admin", password=PASSWORD, replace=True)
            os.write(write_end, f"finished after {calls[0]} renames".encode())
        except BaseException as exc:
            os.write(write_end, f"error {type(exc).__name__}: {exc}".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    said = os.read(read_end, 4096).decode()
    os.close(read_end)
    assert "error" not in said, said


@pytest.mark.parametrize("after", [1, 2, 3])
def test_kill_between_the_steps_of_a_restore(templates, tmp_path, monkeypatch, after):
    """Fault: the process dies while a restore puts the backup in place of the current vault (case
    E6), right after its 1st, 2nd or 3rd file rename. Promise: the vault then opens with the
    password and is either the old vault or the backup, never neither and never locked out."""
    monkeypatch.setattr(keyslots, "DEFAULT_KDF", FAST_KDF)
    if "dump" not in templates:
        with Vault.open(templates["main"]) as vault:
            templates["dump"] = dump_hash(vault.unlock("admin", PASSWORD), RECORDS_ONLY)
    path = _copy(templates["main"], tmp_path / "office")
    _restore_killed_after_rename(path, templates, after)
    with Vault.open(path) as vault:
        found = dump_hash(vault.unlock("admin", PASSWORD), RECORDS_ONLY)
    assert found in (templates["dump"], templates["backup_dump"]), "neither the old vault nor the backup"
