from __future__ import annotations

import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.sync import canonical, frame
from desktop.sync.errors import (
    BadFrameError,
    BadHeaderError,
    BadPartError,
    BadSignatureError,
    BundleError,
    DecompressionBombError,
    TooLargeError,
    UnknownKeyError,
    UnsafePartNameError,
    WrongPayloadTypeError,
    WrongProvinceError,
)
from desktop.sync.keys import fingerprint
from tests.sync.helpers import (
    LIMITS,
    PROVINCE,
    full_header,
    header_fields,
    make_bundle,
    part_entry,
    signed_frame,
    zlib_part,
)

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
KEYS = {fingerprint(KEY.public_key()): KEY.public_key()}
VALID = make_bundle(KEY)


def check(data: bytes, *, keys=KEYS, province: str | None = PROVINCE, payload_type: str = "progress", **limits):
    return frame.verify(data, public_keys=keys, expected_province=province, expected_payload_type=payload_type,
                        **{**LIMITS, **limits})


def test_a_valid_bundle_round_trips_with_its_parts_and_file_hash() -> None:
    bundle = check(VALID)
    assert bundle.parts == {"changes.json": b'{"rows":[1,2,3]}' * 20, "evidence-1.pdf": b"%PDF-1.7 tiny"}
    assert bundle.header["province"] == PROVINCE and bundle.sequence == 1
    assert bundle.key_id == fingerprint(KEY.public_key())
    assert bundle.file_hash == hashlib.sha256(VALID).hexdigest()
    assert VALID.startswith(frame.MAGIC + bundle.key_id.encode())


def test_the_header_is_canonical_json_and_lists_parts_in_order() -> None:
    header = check(VALID).header
    assert [p["name"] for p in header["parts"]] == ["changes.json", "evidence-1.pdf"]
    assert canonical.dumps(dict(header)) in VALID


def test_the_next_bundle_chains_on_the_previous_file_hash() -> None:
    second = make_bundle(KEY, sequence=2, previous_hash=check(VALID).file_hash,
                         bundle_id="fedcba98765443218123456789abcdef")
    assert check(second).header["previous_hash"] == hashlib.sha256(VALID).hexdigest()


def test_a_bundle_without_parts_is_allowed() -> None:
    assert check(make_bundle(KEY, parts=[])).parts == {}


@pytest.mark.parametrize("offset", [0, 5, 14, 20, 31, 34, 60, len(VALID) // 2, len(VALID) - 70, len(VALID) - 1])
def test_a_flipped_bit_anywhere_is_refused(offset: int) -> None:
    data = bytearray(VALID)
    data[offset] ^= 0x01
    with pytest.raises(BundleError):
        check(bytes(data))


@pytest.mark.parametrize("offset", [0, 14, 30, 34, 100, len(VALID) - 66, len(VALID) - 1, len(VALID)])
def test_an_added_byte_is_refused(offset: int) -> None:
    with pytest.raises(BundleError):
        check(VALID[:offset] + b"\x00" + VALID[offset:])


@pytest.mark.parametrize("offset", [0, 14, 30, 34, 100, len(VALID) - 66, len(VALID) - 1])
def test_a_removed_byte_is_refused(offset: int) -> None:
    with pytest.raises(BundleError):
        check(VALID[:offset] + VALID[offset + 1:])


@pytest.mark.parametrize("length", [0, 1, 13, 14, 30, 34, 200, len(VALID) - 1])
def test_a_truncated_file_is_refused(length: int) -> None:
    with pytest.raises(BundleError):
        check(VALID[:length])


def test_trailing_bytes_after_the_listed_parts_are_refused_as_an_unlisted_part() -> None:
    with pytest.raises(BadFrameError):
        check(VALID + b"extra-part-bytes")


def test_a_bundle_signed_by_an_unknown_key_is_refused() -> None:
    with pytest.raises(UnknownKeyError):
        check(make_bundle(OTHER))


def test_another_provinces_key_cannot_speak_for_this_province() -> None:
    # OTHER is registered, but for province ISF; it signs a header claiming THR
    forged = make_bundle(OTHER)
    with pytest.raises(UnknownKeyError):
        check(forged)  # the center looks up THR's keys only
    with pytest.raises(WrongProvinceError):
        check(make_bundle(OTHER, province="ISF"), keys={fingerprint(OTHER.public_key()): OTHER.public_key()})


def test_a_frame_naming_a_known_key_but_signed_by_another_is_refused() -> None:
    data = signed_frame(OTHER, frame.canonical.dumps(full_header(KEY, [])), b"",
                        key_id=fingerprint(KEY.public_key()))
    with pytest.raises(BadSignatureError):
        check(data)


def test_an_unsigned_bundle_with_a_zero_signature_is_refused() -> None:
    header_len = int.from_bytes(VALID[30:34], "big")
    sig_at = 34 + header_len + 2
    data = VALID[:sig_at] + bytes(64) + VALID[sig_at + 64:]
    with pytest.raises(BadSignatureError):
        check(data)


def test_a_valid_header_with_another_bundles_payload_is_refused() -> None:
    first = make_bundle(KEY, parts=[("changes.json", b'{"rows":[1,2,3]}', False)])
    other = make_bundle(KEY, parts=[("changes.json", b'{"rows":[9,9,9]}', False)])
    header_len = int.from_bytes(first[30:34], "big")
    body_at = 34 + header_len + 66
    assert check(other) and len(first) == len(other)
    with pytest.raises(BadPartError):
        check(first[:body_at] + other[body_at:])
    with pytest.raises(BundleError):  # payloads of another length do not even fill the frame
        check(VALID[:body_at] + other[body_at:])


def test_a_header_signed_by_the_key_but_with_another_key_id_is_refused() -> None:
    header = full_header(KEY, [])
    header["key_id"] = fingerprint(OTHER.public_key())
    with pytest.raises(BadHeaderError):
        check(signed_frame(KEY, canonical.dumps(header), b""))


def test_duplicate_parts_are_refused() -> None:
    body = b"same"
    header = full_header(KEY, [part_entry("a.json", body), part_entry("a.json", body)])
    with pytest.raises(BadPartError):
        check(signed_frame(KEY, canonical.dumps(header), body + body))
    with pytest.raises(BadPartError):
        frame.encode(header_fields(), [("a.json", b"x", False), ("a.json", b"y", False)], KEY)


def test_duplicate_json_keys_in_a_properly_signed_header_are_refused() -> None:
    text = canonical.dumps(full_header(KEY, []))
    duplicated = text[:-1] + b',"sequence":2}'
    with pytest.raises(BadHeaderError):
        check(signed_frame(KEY, duplicated, b""))


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity", b"1e999"])
def test_nan_or_infinity_in_a_properly_signed_header_is_refused(constant: bytes) -> None:
    text = canonical.dumps(full_header(KEY, [])).replace(b'"sequence":1', b'"sequence":' + constant)
    with pytest.raises(BadHeaderError):
        check(signed_frame(KEY, text, b""))


@pytest.mark.parametrize("header_bytes", [
    b'{"a":1} ', b'[1]', b'\xff\xfe', b'{"a":1}{"b":2}',
])
def test_non_strict_header_bytes_are_refused(header_bytes: bytes) -> None:
    with pytest.raises(BadHeaderError):
        check(signed_frame(KEY, header_bytes, b""))


def test_a_non_canonical_but_equal_header_is_refused() -> None:
    header = full_header(KEY, [])
    pretty = json.dumps(header, indent=1).encode()
    with pytest.raises(BadHeaderError):
        check(signed_frame(KEY, pretty, b""))


@pytest.mark.parametrize("change", [
    {"extra": 1}, {"sequence": 0}, {"sequence": True}, {"format_version": 2}, {"previous_hash": "0" * 63},
    {"bundle_id": "not-a-uuid"}, {"created_at": "2025-03-21 08:30:00"}, {"payload_type": ["progress"]},
])
def test_a_signed_header_with_wrong_fields_is_refused(change: dict) -> None:
    header = {**full_header(KEY, []), **change}
    with pytest.raises(BadHeaderError):
        check(signed_frame(KEY, canonical.dumps(header), b""))


def test_a_receipt_posted_where_a_progress_bundle_is_expected_is_refused() -> None:
    with pytest.raises(WrongPayloadTypeError):
        check(make_bundle(KEY, payload_type="receipt"))


def test_a_bundle_for_another_province_is_refused() -> None:
    with pytest.raises(WrongProvinceError):
        check(VALID, province="ISF")
    assert check(VALID, province=None)  # the center accepts any province for a key it has looked up


def test_a_file_over_the_size_cap_is_refused_before_anything_else() -> None:
    with pytest.raises(TooLargeError):
        check(VALID, max_bytes=len(VALID) - 1)
    with pytest.raises(TooLargeError):
        check(b"\x00" * 100, max_bytes=10)


def test_a_zlib_bomb_past_its_declared_length_is_refused() -> None:
    entry, body = zlib_part("bomb.json", b"\x00" * 20_000_000, declared=10)
    data = signed_frame(KEY, canonical.dumps(full_header(KEY, [entry])), body)
    with pytest.raises(DecompressionBombError):
        check(data)


def test_a_payload_past_the_uncompressed_cap_is_refused() -> None:
    entry, body = zlib_part("big.json", b"\x00" * 2_000_000)
    data = signed_frame(KEY, canonical.dumps(full_header(KEY, [entry])), body)
    assert check(data).parts["big.json"] == b"\x00" * 2_000_000
    with pytest.raises(DecompressionBombError):
        check(data, max_uncompressed=1_000_000)


def test_a_part_shorter_than_declared_or_with_trailing_compressed_data_is_refused() -> None:
    entry, body = zlib_part("a.json", b"hello" * 100, declared=501)
    with pytest.raises(BadPartError):
        check(signed_frame(KEY, canonical.dumps(full_header(KEY, [entry])), body))
    entry, body = zlib_part("a.json", b"hello" * 100)
    body += b"junk"
    entry = part_entry("a.json", body, compression="zlib", uncompressed_length=500)
    with pytest.raises(BadPartError):
        check(signed_frame(KEY, canonical.dumps(full_header(KEY, [entry])), body))


def test_corrupt_zlib_data_is_refused() -> None:
    body = b"not zlib at all"
    entry = part_entry("a.json", body, compression="zlib", uncompressed_length=15)
    with pytest.raises(BadPartError):
        check(signed_frame(KEY, canonical.dumps(full_header(KEY, [entry])), body))


UNSAFE_NAMES = ["../evil", "..", "/etc/passwd", "C:evil", "c:\\x", "a\\b", "a/b", "Upper.json", "", ".hidden",
                "x" * 97, "a..b", "name\x00", "نام"]


@pytest.mark.parametrize("name", UNSAFE_NAMES)
def test_unsafe_part_names_are_refused_when_signed_and_when_encoding(name: str) -> None:
    header = full_header(KEY, [part_entry(name, b"x")])
    with pytest.raises(UnsafePartNameError):
        check(signed_frame(KEY, canonical.dumps(header), b"x"))
    with pytest.raises(UnsafePartNameError):
        frame.encode(header_fields(), [(name, b"x", False)], KEY)


def test_bundle_errors_carry_a_sync_context_and_parameters() -> None:
    with pytest.raises(TooLargeError) as caught:
        check(VALID, max_bytes=10)
    assert caught.value.context == "Sync"
    assert caught.value.params == {"size": len(VALID), "limit": 10}
    assert str(len(VALID)) in caught.value.english()


MUTATION = st.tuples(st.sampled_from(["flip", "insert", "delete"]), st.integers(0, len(VALID)),
                     st.integers(0, 255), st.integers(0, 7))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MUTATION)
def test_no_mutation_of_a_valid_bundle_is_ever_accepted(mutation) -> None:
    kind, offset, value, bit = mutation
    data = bytearray(VALID)
    if kind == "flip":
        offset = min(offset, len(data) - 1)
        data[offset] ^= 1 << bit
    elif kind == "insert":
        data.insert(offset, value)
    else:
        del data[min(offset, len(data) - 1)]
    try:
        check(bytes(data))
    except BundleError:
        return
    pytest.fail(f"accepted a mutated bundle ({kind} at {offset})")


@pytest.mark.parametrize("offset", range(0, len(VALID), 7))
def test_flipping_each_region_is_refused(offset: int) -> None:
    data = bytearray(VALID)
    data[offset] ^= 0x80
    with pytest.raises(BundleError):
        check(bytes(data))
