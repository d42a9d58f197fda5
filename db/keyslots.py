"""Key slots: the master key wrapped once per user, in a small sidecar file beside the vault.

A slot is found and opened by the user's name and password together, so the sidecar holds no user
name (nor anything else about people) in clear:

    stretched = Argon2id(password, salt = SHA-256(file_salt | username), params of the slot)
    slot_id   = HKDF(stretched, "slot id")       (16 bytes, stored)
    wrap_key  = HKDF(stretched, "wrap key")      (never stored)
    slot      = AES-256-GCM(wrap_key, master key, aad = vault id | slot id | params)

A login costs one Argon2id run per distinct parameter set (normally one), whatever the number of
users, and a wrong user name costs the same as a wrong password: nothing tells them apart.
The sidecar is replaced atomically (temp file, fsync, rename); the vault mirrors every slot in its
own (encrypted) table so the recovery key can rebuild a lost sidecar with every user's slot.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets as pysecrets
import tempfile
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from db.errors import KeyFileDamaged, MalformedRecoveryKey
from db.secrets import MasterKey, wipe

FORMAT = "sanad-keyslots"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost, stored with each slot so it can be raised later without breaking old slots.

    Default: 64 MiB, 3 passes, 2 lanes: ~0.3 s on the 2-core CI machine, about 0.5 s on an old
    office PC. Memory cost is what makes GPU guessing expensive; time cost keeps a login short.
    """

    time_cost: int = 3
    memory_kib: int = 65536
    parallelism: int = 2
    alg: str = "argon2id"

    def check(self) -> KdfParams:
        """Refuse parameters no Sanad would write (a tampered key file must not make every
        sign-in hang or fail): 1-20 passes, 8 MiB-1 GiB, 1-16 lanes."""
        if (
            self.alg != "argon2id"
            or not 1 <= self.time_cost <= 20
            or not 8192 <= self.memory_kib <= 1_048_576
            or not 1 <= self.parallelism <= 16
        ):
            raise ValueError("key slot parameters out of range")
        return self

    def canonical(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()


DEFAULT_KDF = KdfParams()


def normalise_username(username: str) -> str:
    return unicodedata.normalize("NFKC", username).strip().casefold()


def _hkdf(material: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(material)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass
class Slot:
    slot_id: bytes
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict:
        return {
            "id": _b64(self.slot_id),
            "kdf": asdict(self.kdf),
            "nonce": _b64(self.nonce),
            "ct": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: dict) -> Slot:
        return cls(
            slot_id=_unb64(data["id"]),
            kdf=KdfParams(**data["kdf"]).check(),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["ct"]),
        )


@dataclass
class Throttle:
    """Consecutive failed unlocks, kept in the sidecar so restarting Sanad does not reset them."""

    failures: int = 0
    last_failure: float = 0.0
    # Times of failures not yet written to the audit log (done at the next successful unlock).
    pending: list[float] = field(default_factory=list)


@dataclass
class KeyFile:
    vault_id: str
    file_salt: bytes
    db_salt: bytes
    slots: list[Slot] = field(default_factory=list)
    throttle: Throttle = field(default_factory=Throttle)
    # A demo vault shows its (fake) credentials on the login screen; real vaults never do.
    demo_password: str | None = None
    # A master-key rotation in progress: the new file salt and the rotating admin's new slot.
    pending: dict | None = None

    def pending_keyfile(self) -> KeyFile:
        assert self.pending is not None
        return KeyFile(
            vault_id=self.vault_id,
            file_salt=_unb64(self.pending["file_salt"]),
            db_salt=self.db_salt,
            slots=[Slot.from_json(s) for s in self.pending["slots"]],
        )

    # ---- derivation -------------------------------------------------------------------------
    def _stretch(self, username: str, password: bytearray, params: KdfParams) -> bytearray:
        salt = hashlib.sha256(
            self.file_salt + b"\0" + normalise_username(username).encode("utf-8")
        ).digest()
        return bytearray(
            hash_secret_raw(
                bytes(password), salt, params.time_cost, params.memory_kib, params.parallelism, 32, Type.ID
            )
        )

    def _derive(self, username: str, password: bytearray, params: KdfParams) -> tuple[bytes, bytes]:
        """(slot id, wrapping key) for this name and password under these parameters."""
        stretched = self._stretch(username, password, params)
        try:
            return _hkdf(bytes(stretched), b"sanad slot id", 16), _hkdf(bytes(stretched), b"sanad wrap key", 32)
        finally:
            wipe(stretched)

    def _aad(self, slot_id: bytes, params: KdfParams) -> bytes:
        return self.vault_id.encode() + b"|" + slot_id + b"|" + params.canonical()

    def make_slot(
        self, username: str, password: bytearray, master: MasterKey, params: KdfParams | None = None
    ) -> Slot:
        params = params or DEFAULT_KDF  # looked up at call time, so tests can lower the cost
        slot_id, wrap_key = self._derive(username, password, params)
        nonce = os.urandom(12)
        wrapped = AESGCM(wrap_key).encrypt(nonce, bytes(master.raw()), self._aad(slot_id, params))
        return Slot(slot_id, params, nonce, wrapped)

    def open_slot(self, username: str, password: bytearray) -> tuple[bytes, MasterKey] | None:
        """Return (slot id, master key) for this name and password, or None. Constant work per
        parameter set, so a missing user costs what a wrong password costs."""
        param_sets = list(dict.fromkeys(slot.kdf for slot in self.slots)) or [DEFAULT_KDF]
        for params in param_sets:
            slot_id, wrap_key = self._derive(username, password, params)
            for slot in self.slots:
                if slot.kdf == params and pysecrets.compare_digest(slot.slot_id, slot_id):
                    try:
                        raw = AESGCM(wrap_key).decrypt(slot.nonce, slot.wrapped, self._aad(slot_id, params))
                    except InvalidTag:
                        return None
                    key = MasterKey(raw)
                    return slot_id, key
        return None

    def set_pending(self, file_salt: bytes, slots: list[Slot]) -> None:
        self.pending = {"file_salt": _b64(file_salt), "slots": [s.to_json() for s in slots]}

    def add_slot(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id] + [slot]

    def remove_slot(self, slot_id: bytes) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    # ---- file ---------------------------------------------------------------------------------
    def to_json(self) -> dict:
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "file_salt": _b64(self.file_salt),
            "db_salt": _b64(self.db_salt),
            "slots": [slot.to_json() for slot in self.slots],
            "throttle": asdict(self.throttle),
        }
        if self.pending is not None:
            data["pending"] = self.pending
        if self.demo_password is not None:
            data["demo"] = {"user": "admin", "password": self.demo_password}
        return data

    @classmethod
    def from_json(cls, data: dict) -> KeyFile:
        demo = data.get("demo")
        return cls(
            vault_id=str(data["vault_id"]),
            file_salt=_unb64(data["file_salt"]),
            db_salt=_unb64(data["db_salt"]),
            slots=[Slot.from_json(s) for s in data["slots"]],
            throttle=Throttle(**data.get("throttle", {})),
            demo_password=demo.get("password") if isinstance(demo, dict) else None,
            pending=data.get("pending"),
        )

    @classmethod
    def load(cls, path: Path, vault_path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_bytes())
            if data.get("format") != FORMAT or int(data.get("version", 0)) > FORMAT_VERSION:
                raise ValueError("not a key file")
            return cls.from_json(data)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyFileDamaged(vault_path) from exc

    def save(self, path: Path) -> None:
        atomic_write(path, json.dumps(self.to_json(), indent=1).encode("utf-8"))


def atomic_write(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: temp file in the same folder, fsync, rename over, fsync folder."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


# ---- recovery key ------------------------------------------------------------------------------
# The recovery key is the master key itself, written for people: Crockford base32 (no I, L, O, U),
# with a 2-byte checksum, in groups of five. It needs no sidecar, so it still opens the vault when
# the key file is lost. Rotating the master key makes a new recovery key and retires the old sheet.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {ch: i for i, ch in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def encode_recovery_key(master: MasterKey) -> str:
    raw = bytes(master.raw())
    data = raw + hashlib.sha256(b"sanad recovery" + raw).digest()[:2]
    number = int.from_bytes(data, "big")
    bits = len(data) * 8
    chars = []
    for shift in range(bits - 5 + (5 - bits % 5) % 5, -1, -5):
        chars.append(_ALPHABET[(number >> shift) & 31] if shift >= 0 else "0")
    text = "".join(chars)
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def decode_recovery_key(text: str) -> MasterKey:
    cleaned = "".join(ch for ch in text.translate(_DIGITS).upper() if ch.isalnum())
    if len(cleaned) != 55 or any(ch not in _DECODE for ch in cleaned):
        raise MalformedRecoveryKey()
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    data = number.to_bytes(35, "big")[1:] if number.bit_length() <= 272 else None
    if data is None:
        raise MalformedRecoveryKey()
    raw, check = data[:32], data[32:]
    if hashlib.sha256(b"sanad recovery" + raw).digest()[:2] != check:
        raise MalformedRecoveryKey()
    return MasterKey(raw)
