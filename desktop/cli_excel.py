"""sanad commands for Excel list exports (registered through desktop.cli.EXTENSIONS)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this group's subcommands to the `sanad` parser."""


COMMANDS: dict[str, Callable[[Any], int]] = {}
