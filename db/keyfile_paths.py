"""Names of the files that sit beside a vault."""

from __future__ import annotations

from pathlib import Path


def keys_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


def lock_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")
