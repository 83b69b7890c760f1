"""The key file: real scrypt and AES-GCM, and every way a file on disk can be wrong.

Most tests lower the scrypt cost to 2**14 (the floor a file may ask for) to
stay fast; one test runs the real default cost.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from smpdesk.errors import UserError, ValidationError
from smpdesk.infra import key_file
from smpdesk.infra.key_file import (
    DAMAGED,
    MISSING,
    NEWER,
    AccountKey,
    KeyFile,
    KeyFileError,
    KeyFileMissingError,
    RecoveryKeyError,
    Wrapped,
    accounts_for_sign_in,
    create,
    key_file_path,
    load,
    new_data_key,
    new_recovery_key,
    parse_recovery_key,
    save,
    unwrap_with_password,
    unwrap_with_recovery,
    with_account,
    with_details,
    with_password,
    with_recovery,
)

REAL_N = key_file.SCRYPT_N  # read before any test lowers it
FAST_N = 2**14

OWNER_PW = "owner's long passphrase"
ALICE_PW = "alice-Pässwort-2026"
BOB_PW = "bob has a password"
RECOVERY_KEY_SHAPE = re.compile(r"(?:[0-9A-HJKMNP-TV-Z]{5}-){7}[0-9A-HJKMNP-TV-Z]{5}")
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file types and modes")


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_file, "SCRYPT_N", FAST_N)


class Clinic:
    """A clinic's key file with three accounts, and the secrets that open it."""

    def __init__(self) -> None:
        self.data_key = new_data_key()
        self.recovery_key = new_recovery_key()
        kf = create(
            self.data_key,
            staff_id=1,
            login="owner",
            display_name="Olivia Owner",
            password=OWNER_PW,
            recovery_key=self.recovery_key,
        )
        kf = with_account(
            kf,
            self.data_key,
            staff_id=2,
            login="alice",
            display_name="alice Ávila",
            role_hint="practitioner",
            password=ALICE_PW,
        )
        self.kf = with_account(
            kf,
            self.data_key,
            staff_id=3,
            login="bob",
            display_name="Bob Brown",
            role_hint="reception",
            password=BOB_PW,
        )

    def account(self, login: str) -> AccountKey:
        return next(a for a in self.kf.accounts if a.login == login)


@pytest.fixture(scope="module")
def clinic() -> Clinic:
    # Module scope: built once, outside the function-scoped monkeypatch.
    saved, key_file.SCRYPT_N = key_file.SCRYPT_N, FAST_N
    try:
        return Clinic()
    finally:
        key_file.SCRYPT_N = saved


@pytest.fixture
def saved(clinic: Clinic, tmp_path: Path) -> Path:
    path = key_file_path(tmp_path / "clinic.sqlite3")
    save(path, clinic.kf)
    return path


def damaged(path: Path) -> str:
    return DAMAGED.format(path=path)


def assert_damaged(path: Path) -> None:
    with pytest.raises(KeyFileError) as caught:
        load(path)
    assert str(caught.value) == damaged(path)
    assert isinstance(caught.value, UserError)


# --- keys ----------------------------------------------------------------------------------------


def test_a_data_key_is_32_random_bytes():
    keys = {new_data_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(type(k) is bytes and len(k) == 32 for k in keys)


def test_the_real_default_cost_refuses_a_wrong_password(monkeypatch):
    monkeypatch.setattr(key_file, "SCRYPT_N", REAL_N)
    assert (REAL_N, key_file.SCRYPT_R, key_file.SCRYPT_P) == (2**17, 8, 1)
    data_key = new_data_key()
    kf = create(
        data_key,
        staff_id=1,
        login="owner",
        display_name="Owner",
        password=OWNER_PW,
        recovery_key=new_recovery_key(),
    )
    owner = kf.accounts[0].wrapped
    assert (owner.n, owner.r, owner.p) == (2**17, 8, 1)
    assert kf.recovery.n == 2**17
    started = time.perf_counter()
    assert unwrap_with_password(kf, "owner", OWNER_PW + "!") is None
    one_unwrap = time.perf_counter() - started
    assert unwrap_with_password(kf, "owner", OWNER_PW) == data_key
    assert one_unwrap > 0.05  # the key step really is slow (about 0.4 s here)


# --- round trip ----------------------------------------------------------------------------------


def test_round_trip_through_the_file(clinic, saved):
    loaded = load(saved)
    assert loaded == clinic.kf
    assert loaded.version == 1
    assert re.fullmatch(r"[0-9a-f]{32}", loaded.clinic_id)
    assert [a.login for a in loaded.accounts] == ["owner", "alice", "bob"]
    assert loaded.accounts[0].role_hint == "owner"
    assert unwrap_with_password(loaded, "owner", OWNER_PW) == clinic.data_key
    assert unwrap_with_password(loaded, "alice", ALICE_PW) == clinic.data_key
    assert unwrap_with_password(loaded, "bob", BOB_PW) == clinic.data_key
    assert unwrap_with_recovery(loaded, clinic.recovery_key) == clinic.data_key


def test_the_file_is_json_and_holds_no_secret(clinic, saved):
    text = saved.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "smpdesk-key-file"
    assert document["accounts"][1]["display_name"] == "alice Ávila"  # UTF-8, not \\u escapes
    for secret in (
        OWNER_PW,
        ALICE_PW,
        BOB_PW,
        clinic.recovery_key,
        parse_recovery_key(clinic.recovery_key),
    ):
        assert secret not in text
    assert base64.b64encode(clinic.data_key).decode() not in text
    assert clinic.data_key.hex() not in text


def test_key_file_path_is_beside_the_database(tmp_path):
    assert key_file_path(tmp_path / "clinic.sqlite3") == tmp_path / "clinic.sqlite3.keys"


@posix_only
def test_a_saved_file_is_owner_only_and_replaces_the_old_one_whole(clinic, tmp_path):
    path = tmp_path / "clinic.sqlite3.keys"
    path.write_text("old")
    path.chmod(0o644)
    save(path, clinic.kf)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load(path) == clinic.kf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clinic.sqlite3.keys"]  # no temp left


def test_saving_into_a_missing_folder_says_so(clinic, tmp_path):
    path = tmp_path / "gone" / "clinic.sqlite3.keys"
    with pytest.raises(KeyFileError) as caught:
        save(path, clinic.kf)
    assert str(caught.value).startswith(f"The key file {path} could not be written")


def test_save_refuses_what_load_would_refuse(clinic, tmp_path):
    bad = replace(clinic.kf, accounts=(replace(clinic.kf.accounts[0], login="Not Valid"),))
    with pytest.raises(ValueError):
        save(tmp_path / "x.keys", bad)
    assert not (tmp_path / "x.keys").exists()


def test_the_largest_key_file_fits_the_size_limit(clinic, tmp_path):
    """200 accounts with 32-character logins and 80-character four-byte names still load."""
    wrapped = clinic.account("owner").wrapped
    accounts = tuple(
        AccountKey(
            staff_id=2**63 - 1 - i,
            login=f"{i:03d}" + "x" * 29,
            display_name="😀" * 80,
            role_hint="practitioner",
            disabled=False,
            wrapped=wrapped,
        )
        for i in range(key_file.MAX_ACCOUNTS)
    )
    big = replace(clinic.kf, accounts=accounts)
    path = tmp_path / "big.keys"
    save(path, big)
    assert path.stat().st_size <= key_file.MAX_FILE_BYTES
    assert load(path) == big
    with pytest.raises(KeyFileError, match="the most it can"):
        with_account(
            big,
            clinic.data_key,
            staff_id=5,
            login="one.more",
            display_name="One More",
            role_hint="reception",
            password="whatever it is",
        )


# --- who gets in ---------------------------------------------------------------------------------


def test_a_wrong_password_an_unknown_login_and_a_disabled_login_all_give_none(clinic):
    kf = clinic.kf
    assert unwrap_with_password(kf, "alice", ALICE_PW.upper()) is None
    assert unwrap_with_password(kf, "alice", "") is None
    assert unwrap_with_password(kf, "alice", OWNER_PW) is None  # someone else's password
    assert unwrap_with_password(kf, "nobody", ALICE_PW) is None
    assert unwrap_with_password(kf, "ALICE", ALICE_PW) is None
    off = with_details(kf, "alice", disabled=True)
    assert unwrap_with_password(off, "alice", ALICE_PW) is None
    assert unwrap_with_password(off, "bob", BOB_PW) == clinic.data_key
    on_again = with_details(off, "alice", disabled=False)
    assert unwrap_with_password(on_again, "alice", ALICE_PW) == clinic.data_key


def test_a_password_composed_differently_still_opens(clinic):
    decomposed = ALICE_PW.replace("ä", "a\u0308")
    assert decomposed != ALICE_PW
    assert unwrap_with_password(clinic.kf, "alice", decomposed) == clinic.data_key


def test_the_recovery_key_opens_however_it_is_typed(clinic):
    typed = parse_recovery_key(clinic.recovery_key).lower()
    spaced = " ".join(typed[i : i + 5] for i in range(0, 40, 5))
    assert unwrap_with_recovery(clinic.kf, spaced) == clinic.data_key
    other = new_recovery_key()
    assert unwrap_with_recovery(clinic.kf, other) is None
    with pytest.raises(RecoveryKeyError):
        unwrap_with_recovery(clinic.kf, "ABCDE")


def test_a_new_recovery_key_replaces_the_old(clinic):
    fresh = new_recovery_key()
    kf = with_recovery(clinic.kf, clinic.data_key, fresh)
    assert unwrap_with_recovery(kf, fresh) == clinic.data_key
    assert unwrap_with_recovery(kf, clinic.recovery_key) is None
    assert kf.accounts == clinic.kf.accounts


def test_changing_a_password_changes_only_that_entry(clinic, tmp_path):
    kf = with_password(clinic.kf, clinic.data_key, "alice", "a brand new password")
    assert unwrap_with_password(kf, "alice", ALICE_PW) is None
    assert unwrap_with_password(kf, "alice", "a brand new password") == clinic.data_key
    assert unwrap_with_password(kf, "bob", BOB_PW) == clinic.data_key
    assert kf.accounts[0] == clinic.kf.accounts[0]
    assert kf.accounts[2] == clinic.kf.accounts[2]
    assert kf.recovery == clinic.kf.recovery
    assert (kf.clinic_id, kf.key_check) == (clinic.kf.clinic_id, clinic.kf.key_check)
    changed_old, changed_new = clinic.account("alice"), kf.accounts[1]
    assert replace(changed_new, wrapped=changed_old.wrapped) == changed_old
    assert changed_new.wrapped.salt != changed_old.wrapped.salt
    assert changed_new.wrapped.nonce != changed_old.wrapped.nonce
    path = tmp_path / "k.keys"
    save(path, kf)
    assert unwrap_with_password(load(path), "alice", "a brand new password") == clinic.data_key


def test_each_entry_keeps_its_own_cost(clinic, tmp_path, monkeypatch):
    monkeypatch.setattr(key_file, "SCRYPT_N", 2**15)
    kf = with_password(clinic.kf, clinic.data_key, "bob", "bob's newer password")
    assert kf.accounts[2].wrapped.n == 2**15 and kf.accounts[1].wrapped.n == FAST_N
    monkeypatch.setattr(key_file, "SCRYPT_N", FAST_N)
    path = tmp_path / "k.keys"
    save(path, kf)
    loaded = load(path)
    assert unwrap_with_password(loaded, "bob", "bob's newer password") == clinic.data_key
    assert unwrap_with_password(loaded, "alice", ALICE_PW) == clinic.data_key


def test_a_data_key_that_is_not_this_clinics_is_refused(clinic):
    stranger = new_data_key()
    with pytest.raises(ValueError):
        with_password(clinic.kf, stranger, "alice", "another password")
    with pytest.raises(ValueError):
        with_account(
            clinic.kf,
            stranger,
            staff_id=9,
            login="carol",
            display_name="Carol",
            role_hint="reception",
            password="carol's password",
        )
    with pytest.raises(ValueError):
        with_recovery(clinic.kf, stranger, new_recovery_key())


def test_the_sign_in_list_is_the_enabled_accounts_by_name(clinic):
    kf = with_details(clinic.kf, "bob", display_name="Aaron Bob", role_hint="practitioner")
    assert [a.login for a in accounts_for_sign_in(kf)] == ["bob", "alice", "owner"]
    assert kf.accounts[2].role_hint == "practitioner"
    assert unwrap_with_password(kf, "bob", BOB_PW) == clinic.data_key  # details need no rewrap
    kf = with_details(kf, "alice", disabled=True)
    assert [a.login for a in accounts_for_sign_in(kf)] == ["bob", "owner"]


def test_account_details_are_checked_before_the_slow_step(clinic):
    cases: list[dict[str, Any]] = [
        {"login": "Alice"},
        {"login": "-x"},
        {"login": "a" * 33},
        {"login": "alice"},  # taken
        {"display_name": "   "},
        {"display_name": "two\nlines"},
        {"display_name": "x" * 81},
        {"role_hint": "admin"},
        {"password": ""},
    ]
    for change in cases:
        details = {
            "staff_id": 9,
            "login": "carol",
            "display_name": "Carol",
            "role_hint": "reception",
            "password": "carol's password",
        } | change
        with pytest.raises(ValidationError) as caught:
            with_account(clinic.kf, clinic.data_key, **details)
        assert set(caught.value.fields) <= {"login", "display_name", "role_hint", "password"}
        assert "carol's password" not in str(caught.value)
    with pytest.raises(ValidationError):
        with_details(clinic.kf, "alice", display_name="bad\x07name")
    with pytest.raises(ValidationError):
        with_password(clinic.kf, clinic.data_key, "alice", "")
    with pytest.raises(KeyFileError, match="no account called carol"):
        with_details(clinic.kf, "carol", disabled=True)


# --- tampering -----------------------------------------------------------------------------------


def test_entries_cannot_be_swapped_between_accounts(clinic):
    alice, bob = clinic.account("alice"), clinic.account("bob")
    swapped = replace(
        clinic.kf,
        accounts=(
            clinic.kf.accounts[0],
            replace(alice, wrapped=bob.wrapped),
            replace(bob, wrapped=alice.wrapped),
        ),
    )
    assert unwrap_with_password(swapped, "alice", BOB_PW) is None
    assert unwrap_with_password(swapped, "bob", ALICE_PW) is None
    # Bob's entry given Alice's staff id (who could then pass for her) opens nothing either.
    renumbered = replace(
        clinic.kf,
        accounts=(clinic.kf.accounts[0], replace(bob, staff_id=2), replace(alice, staff_id=3)),
    )
    assert unwrap_with_password(renumbered, "bob", BOB_PW) is None
    # Nor does an account's entry in the recovery slot.
    as_recovery = replace(clinic.kf, recovery=alice.wrapped)
    assert unwrap_with_recovery(as_recovery, clinic.recovery_key) is None


@pytest.mark.parametrize("part", ["salt", "nonce", "ciphertext"])
def test_a_changed_byte_opens_nothing(clinic, part):
    alice = clinic.account("alice")
    value = bytearray(getattr(alice.wrapped, part))
    value[len(value) // 2] ^= 0x01
    tampered = replace(alice, wrapped=replace(alice.wrapped, **{part: bytes(value)}))
    kf = replace(clinic.kf, accounts=(clinic.kf.accounts[0], tampered, clinic.kf.accounts[2]))
    assert unwrap_with_password(kf, "alice", ALICE_PW) is None
    assert unwrap_with_password(kf, "bob", BOB_PW) == clinic.data_key


def test_a_changed_ciphertext_in_the_file_opens_nothing(saved):
    document = json.loads(saved.read_text())
    raw = bytearray(base64.b64decode(document["accounts"][1]["wrapped"]["ciphertext"]))
    raw[0] ^= 0x80
    document["accounts"][1]["wrapped"]["ciphertext"] = base64.b64encode(raw).decode()
    saved.write_text(json.dumps(document))
    assert unwrap_with_password(load(saved), "alice", ALICE_PW) is None


def test_an_entry_from_another_clinic_is_damage_not_a_key(clinic):
    other = create(
        new_data_key(),
        staff_id=2,
        login="alice",
        display_name="Alice",
        password="the other clinic's",
        recovery_key=new_recovery_key(),
    )
    spliced = replace(
        clinic.kf, accounts=(clinic.kf.accounts[0], other.accounts[0], clinic.kf.accounts[2])
    )
    with pytest.raises(KeyFileError):
        unwrap_with_password(spliced, "alice", "the other clinic's")


def test_an_absurd_cost_is_refused_before_any_key_step(clinic, saved, monkeypatch):
    calls: list[int] = []
    real_scrypt = hashlib.scrypt

    def counting_scrypt(*args: Any, **kwargs: Any) -> bytes:
        calls.append(kwargs["n"])
        return real_scrypt(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting_scrypt)
    for n, r, p in [
        (2**40, 8, 1),
        (2**21, 8, 1),
        (2**20, 16, 1),
        (3 * 2**14, 8, 1),
        (2**13, 8, 1),
        (2**14, 17, 1),
        (2**14, 8, 5),
        (2**14, 0, 1),
    ]:
        alice = clinic.account("alice")
        kf = replace(
            clinic.kf,
            accounts=(replace(alice, wrapped=replace(alice.wrapped, n=n, r=r, p=p)),),
        )
        with pytest.raises(KeyFileError):
            unwrap_with_password(kf, "alice", ALICE_PW)
        document = json.loads(saved.read_text())
        document["accounts"][1]["wrapped"].update(n=n, r=r, p=p)
        saved.write_text(json.dumps(document))
        assert_damaged(saved)
    assert calls == []
    assert unwrap_with_password(clinic.kf, "alice", ALICE_PW) == clinic.data_key
    assert calls == [FAST_N]


# --- hostile files -------------------------------------------------------------------------------


def edit(path: Path, change: Any) -> None:
    document = json.loads(path.read_text())
    change(document)
    path.write_text(json.dumps(document))


def _set(keys: tuple[Any, ...], value: Any) -> Any:
    def change(document: Any) -> None:
        for key in keys[:-1]:
            document = document[key]
        document[keys[-1]] = value

    return change


def _delete(keys: tuple[Any, ...]) -> Any:
    def change(document: Any) -> None:
        for key in keys[:-1]:
            document = document[key]
        del document[keys[-1]]

    return change


ACCOUNT = ("accounts", 1)
WRAPPED = ("accounts", 1, "wrapped")
BAD_DOCUMENTS = {
    "format": _set(("format",), "something-else"),
    "version as text": _set(("version",), "1"),
    "version as bool": _set(("version",), True),
    "version 0": _set(("version",), 0),
    "no clinic id": _delete(("clinic_id",)),
    "clinic id not hex": _set(("clinic_id",), "z" * 32),
    "key check short": _set(("key_check",), "ab"),
    "extra field": _set(("extra",), 1),
    "accounts not a list": _set(("accounts",), {"0": 1}),
    "no accounts": _set(("accounts",), []),
    "account not an object": _set(ACCOUNT, "alice"),
    "staff id as text": _set((*ACCOUNT, "staff_id"), "2"),
    "staff id as float": _set((*ACCOUNT, "staff_id"), 2.0),
    "staff id zero": _set((*ACCOUNT, "staff_id"), 0),
    "staff id huge": _set((*ACCOUNT, "staff_id"), 2**64),
    "duplicate staff id": _set((*ACCOUNT, "staff_id"), 1),
    "disabled as int": _set((*ACCOUNT, "disabled"), 0),
    "login upper case": _set((*ACCOUNT, "login"), "Alice"),
    "login too long": _set((*ACCOUNT, "login"), "a" * 33),
    "login as list": _set((*ACCOUNT, "login"), ["alice"]),
    "duplicate login": _set((*ACCOUNT, "login"), "owner"),
    "name two lines": _set((*ACCOUNT, "display_name"), "Alice\nAdmin"),
    "name line separator": _set((*ACCOUNT, "display_name"), "Alice\u2028Admin"),
    "name escape": _set((*ACCOUNT, "display_name"), "Alice\x1b[2J"),
    "name too long": _set((*ACCOUNT, "display_name"), "x" * 81),
    "name blank": _set((*ACCOUNT, "display_name"), " "),
    "name lone surrogate": _set((*ACCOUNT, "display_name"), "A\ud800"),
    "role unknown": _set((*ACCOUNT, "role_hint"), "admin"),
    "role as list": _set((*ACCOUNT, "role_hint"), ["owner"]),
    "kdf unknown": _set((*WRAPPED, "kdf"), "pbkdf2"),
    "n as text": _set((*WRAPPED, "n"), "16384"),
    "n as float": _set((*WRAPPED, "n"), 16384.0),
    "n absurd": _set((*WRAPPED, "n"), 2**40),
    "r as bool": _set((*WRAPPED, "r"), True),
    "salt short": _set((*WRAPPED, "salt"), base64.b64encode(bytes(15)).decode()),
    "salt long": _set((*WRAPPED, "salt"), base64.b64encode(bytes(17)).decode()),
    "salt not base64": _set((*WRAPPED, "salt"), "!" * 24),
    "salt non-canonical": _set((*WRAPPED, "salt"), "A" * 21 + "B=="),
    "salt as bytes list": _set((*WRAPPED, "salt"), list(range(16))),
    "nonce short": _set((*WRAPPED, "nonce"), base64.b64encode(bytes(8)).decode()),
    "ciphertext short": _set((*WRAPPED, "ciphertext"), base64.b64encode(bytes(32)).decode()),
    "missing wrapped": _delete((*ACCOUNT, "wrapped")),
    "missing recovery": _delete(("recovery",)),
    "recovery not an object": _set(("recovery",), None),
    "too many accounts": lambda d: d.update(
        accounts=[
            {**d["accounts"][1], "staff_id": 10 + i, "login": f"user{i}"}
            for i in range(key_file.MAX_ACCOUNTS + 1)
        ]
    ),
}


@pytest.mark.parametrize("change", list(BAD_DOCUMENTS.values()), ids=list(BAD_DOCUMENTS))
def test_a_file_of_the_wrong_shape_is_refused_in_one_sentence(saved, change):
    edit(saved, change)
    assert_damaged(saved)


BAD_TEXTS = {
    "empty": b"",
    "not json": b"this is not json",
    "truncated": None,  # filled from the real file
    "utf-16": None,
    "not utf-8": b'{"format": "\xff"}',
    "json list": b"[]",
    "json string": b'"smpdesk-key-file"',
    "NaN": b'{"format": "smpdesk-key-file", "version": NaN}',
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "huge integer": b"[" + b"9" * 5000 + b"]",
}


@pytest.mark.parametrize("name", list(BAD_TEXTS))
def test_text_that_is_not_a_key_file_is_refused(saved, name):
    data = BAD_TEXTS[name]
    if name == "truncated":
        data = saved.read_bytes()[:-40]
    elif name == "utf-16":
        data = saved.read_text().encode("utf-16")
    saved.write_bytes(data)
    assert_damaged(saved)


def test_a_duplicate_key_is_refused(saved):
    text = saved.read_text()
    saved.write_text(text.replace('"login": "alice"', '"login": "alice", "login": "alice"', 1))
    assert_damaged(saved)


def test_a_newer_version_asks_for_an_update(saved):
    edit(saved, _set(("version",), 2))
    with pytest.raises(KeyFileError) as caught:
        load(saved)
    assert str(caught.value) == NEWER.format(path=saved)


def test_a_missing_file_says_so(tmp_path):
    path = tmp_path / "clinic.sqlite3.keys"
    with pytest.raises(KeyFileMissingError) as caught:
        load(path)
    assert str(caught.value) == MISSING.format(path=path)


def test_a_file_over_the_limit_is_refused_unread(saved):
    valid = saved.read_bytes()
    saved.write_bytes(valid + b" " * key_file.MAX_FILE_BYTES)  # still valid JSON
    assert_damaged(saved)
    os.truncate(saved, 64 * 2**30)  # sparse: 64 GiB that must not be read
    started = time.perf_counter()
    assert_damaged(saved)
    assert time.perf_counter() - started < 1


def test_a_file_growing_past_the_limit_is_not_read_to_its_end(saved, monkeypatch):
    """The size checked before opening may be stale; reading stops at the limit anyway."""
    saved.write_bytes(b" " * (4 * key_file.MAX_FILE_BYTES))
    real_lstat = os.lstat

    def small_lstat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        result = real_lstat(path, *args, **kwargs)
        fields = list(result)
        fields[stat.ST_SIZE] = 10
        return os.stat_result(fields)

    monkeypatch.setattr(key_file.os, "lstat", small_lstat)
    assert_damaged(saved)


def test_a_folder_is_refused(tmp_path):
    path = tmp_path / "clinic.sqlite3.keys"
    path.mkdir()
    assert_damaged(path)


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    path = tmp_path / "clinic.sqlite3.keys"
    os.mkfifo(path)
    outcome: list[BaseException] = []

    def attempt() -> None:
        try:
            load(path)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(10)
    if worker.is_alive():  # release the blocked open before failing
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
        pytest.fail("load() blocked on a FIFO")
    assert len(outcome) == 1 and isinstance(outcome[0], KeyFileError)
    assert str(outcome[0]) == damaged(path)


@posix_only
@pytest.mark.parametrize("target", ["fifo", "device", "regular"])
def test_a_link_is_refused_whatever_it_points_at(saved, tmp_path, target):
    if target == "fifo":
        pointee = tmp_path / "pipe"
        os.mkfifo(pointee)
    elif target == "device":
        pointee = Path("/dev/zero")
    else:
        pointee = saved
    link = tmp_path / "linked.keys"
    link.symlink_to(pointee)
    assert_damaged(link)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_an_unreadable_file_says_so(saved):
    saved.chmod(0)
    with pytest.raises(KeyFileError) as caught:
        load(saved)
    assert str(caught.value).startswith(f"The key file {saved} could not be read (")


def test_messages_and_reprs_hold_no_key_material(clinic):
    shown = repr(clinic.kf)
    for secret in (
        clinic.account("alice").wrapped.ciphertext,
        clinic.account("alice").wrapped.salt,
    ):
        assert repr(secret) not in shown
    assert clinic.data_key.hex() not in shown and repr(clinic.data_key) not in shown


# --- recovery keys -------------------------------------------------------------------------------


def test_a_recovery_key_is_8_groups_of_5_unambiguous_characters():
    keys = {new_recovery_key() for _ in range(50)}
    assert len(keys) == 50
    for text in keys:
        assert RECOVERY_KEY_SHAPE.fullmatch(text), text
        assert not set(text) & set("OILU")
        assert parse_recovery_key(text) == text.replace("-", "")


def _key_with_zero_and_one() -> str:
    while True:
        text = new_recovery_key()
        if "0" in text and "1" in text:
            return text


def test_parsing_forgives_case_spacing_and_confusable_letters():
    text = _key_with_zero_and_one()
    canonical = text.replace("-", "")
    variants = [
        text.lower(),
        canonical,
        canonical.lower(),
        " ".join(text.split("-")),
        f"  {text}\n",
        text.replace("0", "O").replace("1", "I"),
        text.replace("0", "o").replace("1", "l"),
        text.replace("1", "L").replace("-", " - "),
        text.replace("-", "\u2013"),  # an en dash from a word processor
        "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in text),  # full-width
    ]
    for variant in variants:
        assert parse_recovery_key(variant) == canonical, variant


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ABCDE-FGHJK", "40 letters and digits in 8 groups of 5, but 10 were typed"),
        ("", "but 0 were typed"),
        ("U" * 40, "never “U”"),
        ("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC-DEFG*", "never “*”"),
        ("ABCDE\x00", "never “U+0000”"),
    ],
)
def test_a_key_that_cannot_be_one_is_refused_in_one_sentence(typed, says):
    with pytest.raises(RecoveryKeyError) as caught:
        parse_recovery_key(typed)
    message = str(caught.value)
    assert says in message
    assert message.count(". ") == 0 and message.endswith(".")
    assert isinstance(caught.value, UserError)


def test_typing_mistakes_are_caught_by_the_check_letters():
    canonical = parse_recovery_key(new_recovery_key())
    missed = 0
    for i, original in enumerate(canonical):
        for c in key_file.RECOVERY_ALPHABET:
            if c == original:
                continue
            typo = canonical[:i] + c + canonical[i + 1 :]
            try:
                parse_recovery_key(typo)
            except RecoveryKeyError as exc:
                assert "typing mistake" in str(exc)
                assert typo not in str(exc) and canonical not in str(exc)
            else:
                missed += 1
    assert missed <= 12  # about 1 in 1024 of the 1240 single-letter mistakes


def test_create_refuses_a_mistyped_recovery_key_before_any_key_step():
    with pytest.raises(RecoveryKeyError):
        create(
            new_data_key(),
            staff_id=1,
            login="owner",
            display_name="Owner",
            password=OWNER_PW,
            recovery_key="not a key",
        )


def test_key_files_are_frozen(clinic):
    with pytest.raises(AttributeError):
        clinic.kf.version = 2  # type: ignore[misc]
    assert isinstance(clinic.kf, KeyFile)
    assert isinstance(clinic.kf.recovery, Wrapped)
    assert isinstance(clinic.kf.accounts, tuple)
