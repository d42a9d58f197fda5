"""Import benchmark (issue 6): 50,000 rows from an .xlsx with the duplicate check, figures from one run:

    .venv/bin/python -m tests.benchmarks.imports [--rows 50000] [--vault-people 20000] [--json FILE]
        [--big-vault /tmp/sanad-bench-people-1000000.sanad [--big-rows 3000]]

A demo vault of --vault-people synthetic people is made in a temporary folder by a child process
(`sanad demo`), so this process's peak memory is the import's own. The workbook is Sanad's
template filled with synthetic households of one to six people (a head and members sharing a
household_ref), with 1% of rows copied from people already in the vault and 1% repeated within
the file, so the matcher finds real duplicates both ways. Measured: reading the sheet, checking
every row with the duplicate check against the file and the vault, writing in one transaction,
the total (target <= 60 s), and the process's peak memory (VmHWM).

With --big-vault PATH (a demo vault made by `tests.benchmarks.people`, password "demo"; not in
the default run) a COPY of that vault, made in a temporary folder and deleted afterwards, also
takes an import of --big-rows rows (an office's 3,000 beneficiaries into a vault of a million):
the same phases, where the duplicate check reads the whole vault and the rows are written with
the indexes and search triggers in place (a small import into a large vault does not rebuild them).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_F = ["فاطمة", "زينب", "مريم", "هدى", "سارة", "نور", "رقية", "آمنة", "خديجة", "سعاد", "ليلى", "رنا", "شيماء"]
FIRST_M = ["محمد", "أحمد", "علي", "حسين", "عمر", "خالد", "يوسف", "إبراهيم", "عبد الله", "مصطفى", "حسن", "سالم"]
FAMILY = ["الجبوري", "العبيدي", "الطائي", "الحمداني", "الشمري", "اللهيبي", "النعيمي", "الدليمي", "السبعاوي"]
NAMES = FIRST_M + ["كاظم", "جاسم", "محمود", "طه", "ياسين", "عباس", "رعد", "ذنون", "يونس", "سعد", "عثمان"]
PLACES = ["IQG15Q05", "IQG15Q01", "Al-Mosul", "الموصل", "IQG15Q03", "Telafar"]
STATUSES = ["resident", "idp", "returnee", "camp_departed"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def peak_memory_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def make_vault(folder: Path, people: int) -> Path:
    path = folder / "bench.sanad"
    env = {**os.environ, "SANAD_PASSWORD": "demo", "SANAD_HOME": str(folder / "home"), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop.cli", "demo", "--people", str(people), "--applications", "0",
                    "--vault", str(path)], check=True, env=env, stdout=subprocess.DEVNULL)
    log(f"demo vault of {people:,} people made in {time.perf_counter() - started:.0f} s (child process)")
    return path


def vault_people(session, count: int) -> list[tuple]:
    from sqlalchemy import select

    from db.models import Person

    with session.transaction() as db:
        return list(db.execute(select(Person.first_name, Person.father_name, Person.grandfather_name,
                                      Person.family_name, Person.mother_name, Person.sex, Person.birth_date)
                               .order_by(Person.id).limit(count)))


def bare_openpyxl_read(path: Path) -> float:
    """Seconds for openpyxl alone to read every row of the sheet (read-only, values only): the floor
    under Sanad's reading, which adds the safety checks and keeps formulas and types apart."""
    import openpyxl

    started = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    for _row in workbook.worksheets[0].iter_rows(values_only=True):
        pass
    workbook.close()
    return time.perf_counter() - started


def write_workbook(path: Path, rows: int, existing: list[tuple], seed: int = 6) -> None:
    from openpyxl import Workbook

    from db.importing import TEMPLATE_FIELDS

    rng = random.Random(seed)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("people")
    sheet.append(list(TEMPLATE_FIELDS))
    written = household = 0
    recent: list[list] = []
    while written < rows:
        household += 1
        size = min(rng.randint(1, 6), rows - written)
        family = rng.choice(FAMILY)
        father, grandfather = rng.choice(NAMES), rng.choice(NAMES)
        head_female = rng.random() < 0.4
        head_year = 1980
        head_first = rng.choice(FIRST_F if head_female else FIRST_M)
        mother = f"{rng.choice(FIRST_F)} {rng.choice(NAMES)} {rng.choice(NAMES)}"
        place, status = rng.choice(PLACES), rng.choice(STATUSES)
        ref = f"H{household}"
        for member in range(size):
            roll = rng.random()
            if member == 0 and roll < 0.01 and existing:
                first, fa, gf, fam, mo, sex, born = rng.choice(existing)
                row = ["", ref, "head", first, fa, gf, fam, mo, "", sex, born.isoformat() if born else "",
                       place, "", "", "", status, ""]
            elif member == 0 and roll < 0.02 and recent:
                row = list(rng.choice(recent))
                row[1], row[2] = ref, "head"
            elif member == 0:
                head_year = rng.randint(1960, 1995)
                born = f"{head_year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                row = ["", ref, "head", head_first, father, grandfather, family, mother, "",
                       "F" if head_female else "M", born, place, "", f"حي {rng.randint(1, 40)}",
                       f"077{rng.randint(10_000_000, 99_999_999)}", status, ""]
            else:
                sex = rng.choice("FM")
                kind = "daughter" if sex == "F" else "son"
                row = ["", ref, kind, rng.choice(FIRST_F if sex == "F" else FIRST_M),
                       "" if head_female else head_first, "" if head_female else father,
                       "" if head_female else family, "" if head_female else mother, "", sex,
                       str(rng.randint(head_year + 18, min(head_year + 40, 2024))), "", "", "", "", "", ""]
            sheet.append(row)
            if member == 0 and len(recent) < 2000:
                recent.append(row)
            written += 1
    workbook.save(path)


def copy_vault(source: Path, folder: Path) -> Path:
    """A copy of a kept benchmark vault and its key file: the import changes the copy only."""
    import shutil

    from db.keyfile_paths import keys_path_for

    target = folder / source.name
    started = time.perf_counter()
    shutil.copyfile(source, target)
    shutil.copyfile(keys_path_for(source), keys_path_for(target))
    log(f"copied {source} ({source.stat().st_size / 2**20:.0f} MiB) in {time.perf_counter() - started:.0f} s")
    return target


def measure(session, workbook: Path) -> tuple[dict, object, dict]:
    """Read, check (with the duplicate check) and write one workbook: seconds and CPU per phase."""
    from db import importing

    t0, c0 = time.perf_counter(), time.process_time()
    table = importing.read_table(workbook)
    t1, c1 = time.perf_counter(), time.process_time()
    plan = importing.prepare(session, table, importing.suggest_mapping(table.headers))
    t2, c2 = time.perf_counter(), time.process_time()
    result = importing.import_rows(session, plan)
    t3, c3 = time.perf_counter(), time.process_time()
    figures = {
        "read_s": round(t1 - t0, 2), "check_with_duplicates_s": round(t2 - t1, 2), "write_s": round(t3 - t2, 2),
        "total_s": round(t3 - t0, 2),
        "cpu_s": {"read": round(c1 - c0, 2), "check": round(c2 - c1, 2), "write": round(c3 - c2, 2),
                  "total": round(c3 - c0, 2)},
        "people_added": result.people, "households_added": result.households,
    }
    return figures, result, plan.counts()


def big_vault_figures(path: Path, rows: int) -> dict:
    from db.vault import Vault

    with tempfile.TemporaryDirectory(prefix="sanad-import-big-") as tmp:
        folder = Path(tmp)
        os.environ["SANAD_HOME"] = str(folder / "home")
        copy = copy_vault(path, folder)
        session = Vault.open(copy).unlock("admin", "demo")
        try:
            from sqlalchemy import func, select

            from db.models import Person

            with session.transaction() as db:
                people = db.scalar(select(func.count()).select_from(Person))
            workbook = folder / "import.xlsx"
            write_workbook(workbook, rows, vault_people(session, 5000), seed=7)
            load_before = os.getloadavg()[0]
            figures, _result, counts = measure(session, workbook)
        finally:
            session.vault.close()
    figures.update({"rows": rows, "vault_people": people, "load_average": round(load_before, 1), "counts": counts})
    cpu = figures["cpu_s"]
    print(f"import of {rows:,} rows into a copy of {path.name} ({people:,} people):")
    print(f"  read {figures['read_s']:.2f} s, check + duplicates {figures['check_with_duplicates_s']:.2f} s "
          f"({counts['duplicates']:,} rows with likely duplicates, {counts['already_present']:,} already present), "
          f"write {figures['write_s']:.2f} s ({figures['people_added']:,} people): total {figures['total_s']:.2f} s")
    print(f"  CPU {cpu['total']:.2f} s (read {cpu['read']:.1f}, check {cpu['check']:.1f}, write {cpu['write']:.1f}); "
          f"load average at the start {figures['load_average']}")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--vault-people", type=int, default=20_000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--big-vault", type=Path, help="also import --big-rows rows into a copy of this large demo "
                        "vault (e.g. /tmp/sanad-bench-people-1000000.sanad; password demo); the vault is not changed")
    parser.add_argument("--big-rows", type=int, default=3_000)
    args = parser.parse_args(argv)
    if args.big_vault is not None and not args.big_vault.exists():
        parser.error(f"no vault at {args.big_vault} (make one with tests.benchmarks.people)")

    from db.vault import Vault

    with tempfile.TemporaryDirectory(prefix="sanad-import-bench-") as tmp:
        folder = Path(tmp)
        vault_path = make_vault(folder, args.vault_people)
        os.environ["SANAD_HOME"] = str(folder / "home")
        session = Vault.open(vault_path).unlock("admin", "demo")
        try:
            existing = vault_people(session, 5000)
            workbook = folder / "import.xlsx"
            started = time.perf_counter()
            write_workbook(workbook, args.rows, existing)
            log(f"workbook of {args.rows:,} rows written in {time.perf_counter() - started:.1f} s, "
                f"{workbook.stat().st_size / 2**20:.1f} MiB")
            base_mb = rss_mb()
            load_before = os.getloadavg()[0]
            bare = bare_openpyxl_read(workbook)
            measured, result, counts = measure(session, workbook)
        finally:
            session.vault.close()
    figures = {
        "rows": args.rows, "vault_people": args.vault_people,
        "bare_openpyxl_read_s": round(bare, 2), "load_average": round(load_before, 1),
        **measured, "target_s": 60, "passes": measured["total_s"] <= 60,
        "rss_before_mb": round(base_mb), "peak_mb": round(peak_memory_mb()), "counts": counts,
    }
    print(f"import of {args.rows:,} rows into a vault of {args.vault_people:,} people:")
    print(f"  read the sheet            {figures['read_s']:>7.2f} s "
          f"(openpyxl alone, values only: {figures['bare_openpyxl_read_s']:.2f} s)")
    print(f"  check rows + duplicates   {figures['check_with_duplicates_s']:>7.2f} s "
          f"({counts['duplicates']:,} rows with likely duplicates, {counts['already_present']:,} already present, "
          f"{counts['skipped']:,} identical copies skipped, {counts['rejected']:,} rejected)")
    print(f"  write (one transaction)   {figures['write_s']:>7.2f} s "
          f"({result.people:,} people, {result.households:,} households)")
    print(f"  total                     {figures['total_s']:>7.2f} s   target <= 60 s: "
          f"{'pass' if figures['passes'] else 'FAIL'}")
    cpu = figures["cpu_s"]
    print(f"  CPU time of this process  {cpu['total']:>7.2f} s (read {cpu['read']:.1f}, check {cpu['check']:.1f}, "
          f"write {cpu['write']:.1f}; the database work is in this process too): the wall time on an idle machine")
    print(f"  peak memory (VmHWM)       {figures['peak_mb']:>7} MB (RSS before reading: {figures['rss_before_mb']} MB)")
    print(f"  machine load average at the start: {figures['load_average']} on {os.cpu_count()} CPUs")
    if args.big_vault is not None:
        figures["big_vault"] = big_vault_figures(args.big_vault, args.big_rows)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
