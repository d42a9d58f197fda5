"""Cold start to the login window, measured from outside a fresh process.

The parent starts `python -c CHILD_CODE vault_path` with QT_QPA_PLATFORM=offscreen and stops its
clock when the child prints its first line, which it does right after the window is shown.

What the child measures depends on what exists:
    desktop.app.time_to_login_window(vault_path) -> float
        the real start-up: the child imports desktop.app, calls the function, and prints when it
        returns. Contract assumed here: the function does the app's start-up (QApplication, the
        vault check, the login window), returns as soon as the login window is shown, and
        returns the seconds it took from its call to that moment.
    otherwise (the GUI is not there yet)
        a stand-in: import PySide6, make the QApplication, show a plain QWidget. The report
        labels this figure "fallback" so nobody mistakes it for the real one.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

CHILD_CODE = r"""
import json, sys, time
t_start = time.perf_counter()
info = {}
fn = None
try:
    import desktop.app as app_module
    fn = getattr(app_module, "time_to_login_window", None)
    if fn is None:
        info["why"] = "desktop.app has no time_to_login_window"
except ModuleNotFoundError as exc:
    if exc.name not in ("desktop", "desktop.app"):
        raise
    info["why"] = "desktop.app not importable yet"
t_imported = time.perf_counter()
if fn is not None:
    reported = float(fn(sys.argv[1]))
    info.update(mode="login", reported_s=reported, import_desktop_app_s=t_imported - t_start,
                call_s=time.perf_counter() - t_imported)
else:
    from PySide6.QtWidgets import QApplication, QWidget
    t_qt = time.perf_counter()
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.setWindowTitle("Sanad benchmark")
    window.resize(480, 360)
    window.show()
    app.processEvents()
    shown = window.isVisible()
    info.update(mode="fallback", visible=shown, import_pyside6_s=t_qt - t_imported,
                app_and_show_s=time.perf_counter() - t_qt)
info["in_process_s"] = time.perf_counter() - t_start
print(json.dumps(info), flush=True)
"""


def measure_once(vault_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD_CODE, str(vault_path)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    _, err = proc.communicate(timeout=120)
    if not line.strip():
        raise RuntimeError(f"cold-start child failed (exit {proc.returncode}): {err.strip()[-2000:]}")
    info = json.loads(line)
    info["launch_to_shown_s"] = elapsed
    return info


def measure(vault_path: Path, repeats: int) -> dict:
    runs = [measure_once(vault_path) for _ in range(repeats)]
    times = [run["launch_to_shown_s"] for run in runs]
    return {
        "mode": runs[0]["mode"],
        "why": runs[0].get("why", ""),
        "first_s": times[0],
        "median_s": statistics.median(times),
        "min_s": min(times),
        "max_s": max(times),
        "runs": runs,
    }
