"""Encrypted exports: round trip, and every way a file can be wrong."""

from __future__ import annotations

import struct

import pytest

from smpdesk.infra import sealed_export
from smpdesk.infra.sealed_export import (
    DAMAGED,
    TRUNCATED,
    WRONG_PASSPHRASE,
    SealedExportError,
    seal,
    unseal,
)


@pytest.fixture
def plain(tmp_path, monkeypatch):
    monkeypatch.setattr(sealed_export, "CHUNK", 1000)  # several chunks from a small file
    monkeypatch.setattr(sealed_export, "SCRYPT_N_LOG2", 10)  # fast tests; real exports use 2**15
    path = tmp_path / "backup.sqlite3"
    path.write_bytes(bytes(range(256)) * 20)  # 5120 bytes: 6 chunks
    return path


def sealed_file(plain, tmp_path, passphrase="correct horse"):
    target = tmp_path / "export.smpdesk"
    seal(plain, target, passphrase)
    return target


def test_round_trip(plain, tmp_path):
    sealed = sealed_file(plain, tmp_path)
    assert plain.read_bytes() not in sealed.read_bytes()
    out = tmp_path / "out.sqlite3"
    unseal(sealed, out, "correct horse")
    assert out.read_bytes() == plain.read_bytes()


def test_wrong_passphrase(plain, tmp_path):
    out = tmp_path / "out.sqlite3"
    with pytest.raises(SealedExportError) as caught:
        unseal(sealed_file(plain, tmp_path), out, "Correct horse")
    assert str(caught.value) == WRONG_PASSPHRASE
    assert not out.exists()


def _chunk_offsets(data: bytes) -> list[int]:
    offset = sealed_export._HEADER.size + len(sealed_export._CHECK_TEXT) + 16
    starts = []
    while offset < len(data):
        starts.append(offset)
        (size,) = struct.unpack(">I", data[offset : offset + 4])
        offset += 4 + size
    return starts


@pytest.mark.parametrize("where", ["mid-chunk", "whole-last-chunk"])
def test_truncation_is_detected(plain, tmp_path, where):
    data = sealed_file(plain, tmp_path).read_bytes()
    cut = len(data) - 10 if where == "mid-chunk" else _chunk_offsets(data)[-1]
    short = tmp_path / "short.smpdesk"
    short.write_bytes(data[:cut])
    out = tmp_path / "out.sqlite3"
    with pytest.raises(SealedExportError) as caught:
        unseal(short, out, "correct horse")
    assert str(caught.value) == TRUNCATED
    assert not out.exists()


def test_a_flipped_byte_is_detected(plain, tmp_path):
    data = bytearray(sealed_file(plain, tmp_path).read_bytes())
    data[_chunk_offsets(bytes(data))[2] + 20] ^= 0x01
    bad = tmp_path / "bad.smpdesk"
    bad.write_bytes(bytes(data))
    with pytest.raises(SealedExportError) as caught:
        unseal(bad, tmp_path / "out.sqlite3", "correct horse")
    assert str(caught.value) == DAMAGED


def test_swapped_chunks_are_detected(plain, tmp_path):
    data = sealed_file(plain, tmp_path).read_bytes()
    starts = _chunk_offsets(data)
    first = data[starts[0] : starts[1]]
    second = data[starts[1] : starts[2]]
    swapped = data[: starts[0]] + second + first + data[starts[2] :]
    bad = tmp_path / "swapped.smpdesk"
    bad.write_bytes(swapped)
    with pytest.raises(SealedExportError, match="changed or damaged"):
        unseal(bad, tmp_path / "out.sqlite3", "correct horse")


def test_not_an_export(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(SealedExportError) as caught:
        unseal(other, tmp_path / "out.sqlite3", "x")
    assert str(caught.value) == WRONG_PASSPHRASE


def test_empty_passphrase_is_refused(plain, tmp_path):
    with pytest.raises(SealedExportError, match="Enter a passphrase"):
        seal(plain, tmp_path / "x.smpdesk", "")


@pytest.mark.parametrize(("offset", "value"), [(17, 0), (16, 30), (18, 200)])
def test_edited_cost_settings_are_refused_quickly(plain, tmp_path, offset, value):
    data = bytearray(sealed_file(plain, tmp_path).read_bytes())
    data[offset] = value  # n_log2 at 16, r at 17, p at 18
    bad = tmp_path / "edited.smpdesk"
    bad.write_bytes(bytes(data))
    with pytest.raises(SealedExportError) as caught:
        unseal(bad, tmp_path / "out.sqlite3", "correct horse")
    assert str(caught.value) == DAMAGED
