"""Holding key material in memory: mutable buffers that can be zeroed when the vault locks.

Python cannot promise that no copy survives (immutable str/bytes made on the way to SQLCipher are
freed, not wiped), so we keep the long-lived copies in bytearrays and wipe those, and set
SQLCipher's own `cipher_memory_security` so the C side zeroes what it frees.
"""

from __future__ import annotations

import ctypes


def wipe(buffer: bytearray | memoryview | None) -> None:
    """Overwrite a mutable buffer with zeros in place."""
    if buffer is None:
        return
    view = memoryview(buffer)
    if len(view) == 0:
        return
    ctypes.memset((ctypes.c_char * len(view)).from_buffer(view), 0, len(view))


def to_secret(text: str | bytes | bytearray) -> bytearray:
    """A password as a wipeable UTF-8 bytearray."""
    if isinstance(text, bytearray):
        return text
    if isinstance(text, str):
        return bytearray(text.encode("utf-8"))
    return bytearray(text)


class MasterKey:
    """The vault's 256-bit database key, wiped on `wipe()` (lock, close)."""

    __slots__ = ("_key",)

    def __init__(self, raw: bytes | bytearray) -> None:
        if len(raw) != 32:
            raise ValueError("master key must be 32 bytes")
        self._key: bytearray | None = bytearray(raw)

    @property
    def present(self) -> bool:
        return self._key is not None

    def raw(self) -> bytearray:
        if self._key is None:
            from db.errors import VaultLocked

            raise VaultLocked()
        return self._key

    def pragma_value(self) -> str:
        """The `x'..'` literal for PRAGMA key/rekey (a short-lived str; see module note)."""
        return "\"x'" + self.raw().hex() + "'\""

    def wipe(self) -> None:
        wipe(self._key)
        self._key = None

    def copy(self) -> MasterKey:
        return MasterKey(self.raw())
