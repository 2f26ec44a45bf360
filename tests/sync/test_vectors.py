"""Test vectors for batch and receipt format v1, and an independent reader.

The vector files in ``vectors/`` are fixed. The batch vector was sealed once (HPKE
encryption is randomised, so a new run cannot reproduce its ciphertext) from the fixed seeds
below; everything else about it is deterministic and checked here: the header bytes, the
signature's validity, the payload inside. The receipt vector is fully deterministic (Ed25519
signatures are), so it is re-encoded and compared byte for byte. ``docs/batch-format.md``
prints both vectors in hex; a test checks the document and the files agree.

The independent reader below uses only primitives (SHA-256, SHA3-256, SHAKE256, HMAC,
ML-KEM-768 decapsulation, X25519, AES-256-GCM, Ed25519, zlib) and follows the document, not
the module: it is the check that the document is enough to read a batch.

To regenerate the vector files after a deliberate format change (then update the hex in the
document): ``python tests/sync/test_vectors.py``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from format_fixtures import (
    DEVICE_ID,
    DEVICE_SIGNING_SEED,
    OFFICE_ID,
    OFFICE_KEM_SEED,
    OFFICE_SIGNING_SEED,
)

from vink_desktop.sync.batch_format import (
    batch_hash,
    check_recipient,
    decrypt_batch,
    encode_batch,
    parse_batch,
    verify_batch_signature,
)
from vink_desktop.sync.identity import DeviceIdentity, OfficeIdentity
from vink_desktop.sync.receipt_format import encode_receipt, parse_receipt, verify_receipt

VECTORS = Path(__file__).parent / "vectors"
BATCH_VECTOR = VECTORS / "batch-v1.vinkbatch"
RECEIPT_VECTOR = VECTORS / "receipt-v1.vinkreceipt"
DOC = Path(__file__).parents[2] / "docs" / "batch-format.md"

VECTOR_SEQUENCE = 2
VECTOR_PREVIOUS_HASH = bytes(range(0xA0, 0xC0))
VECTOR_CREATED_AT = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
VECTOR_PAYLOAD = b'{"vector":"VINK batch format v1","records":[]}\n'
VECTOR_ISSUED_AT = datetime(2025, 1, 2, 8, 30, tzinfo=UTC)
VECTOR_HELD = (5, 6, 7, 9)


def vector_device() -> DeviceIdentity:
    return DeviceIdentity.from_seeds(DEVICE_ID, DEVICE_SIGNING_SEED)


def vector_office() -> OfficeIdentity:
    return OfficeIdentity.from_seeds(OFFICE_ID, OFFICE_KEM_SEED, OFFICE_SIGNING_SEED)


def build_batch_vector() -> bytes:
    return encode_batch(
        vector_device(),
        vector_office().public,
        VECTOR_SEQUENCE,
        VECTOR_PREVIOUS_HASH,
        VECTOR_PAYLOAD,
        VECTOR_CREATED_AT,
    )


def build_receipt_vector(batch: bytes) -> bytes:
    return encode_receipt(
        vector_office(),
        DEVICE_ID,
        VECTOR_SEQUENCE,
        batch_hash(batch),
        VECTOR_ISSUED_AT,
        VECTOR_HELD,
    )


# ------------------------------------------------------------ an independent reader


def xwing_decapsulate(seed: bytes, enc: bytes) -> bytes:
    expanded = hashlib.shake_256(seed).digest(96)
    sk_m = mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64])
    sk_x = x25519.X25519PrivateKey.from_private_bytes(expanded[64:])
    ct_m, ct_x = enc[:1088], enc[1088:]
    ss_m = sk_m.decapsulate(ct_m)
    ss_x = sk_x.exchange(x25519.X25519PublicKey.from_public_bytes(ct_x))
    pk_x = sk_x.public_key().public_bytes_raw()
    return hashlib.sha3_256(ss_m + ss_x + ct_x + pk_x + b"\\.//^\\").digest()


def hpke_base_open(shared_secret: bytes, info: bytes, ciphertext: bytes) -> bytes:
    suite_id = b"HPKE" + struct.pack(">HHH", 0x647A, 0x0001, 0x0002)

    def labeled_extract(salt: bytes, label: bytes, ikm: bytes) -> bytes:
        return hmac.new(salt, b"HPKE-v1" + suite_id + label + ikm, hashlib.sha256).digest()

    def labeled_expand(prk: bytes, label: bytes, context: bytes, length: int) -> bytes:
        labeled = struct.pack(">H", length) + b"HPKE-v1" + suite_id + label + context
        return hmac.new(prk, labeled + b"\x01", hashlib.sha256).digest()[:length]

    context = (
        b"\x00"
        + labeled_extract(b"", b"psk_id_hash", b"")
        + labeled_extract(b"", b"info_hash", info)
    )
    secret = labeled_extract(shared_secret, b"secret", b"")
    key = labeled_expand(secret, b"key", context, 32)
    nonce = labeled_expand(secret, b"base_nonce", context, 12)
    return AESGCM(key).decrypt(nonce, ciphertext, b"")


def independent_open(data: bytes, signer: bytes, kem_seed: bytes) -> dict[str, object]:
    magic, version, header_length = struct.unpack_from(">8sHH", data, 0)
    assert (magic, version, header_length) == (b"VINKBAT\x00", 1, 167)
    fields = struct.unpack_from(">16s32s16s32sQ32sqHHHBQQ", data, 12)
    (sender, sender_key, office, office_key_id, sequence, previous, created) = fields[:7]
    kem, kdf, aead, compression, payload_length, ciphertext_length = fields[7:]
    assert (kem, kdf, aead, compression) == (0x647A, 1, 2, 1)
    assert len(data) == 179 + 1120 + ciphertext_length + 64
    assert sender_key == signer
    message = b"VINK-DESKTOP-BATCH-V1-SIGNATURE" + hashlib.sha256(data[:-64]).digest()
    ed25519.Ed25519PublicKey.from_public_bytes(signer).verify(data[-64:], message)
    shared = xwing_decapsulate(kem_seed, data[179 : 179 + 1120])
    info = b"VINK-DESKTOP-BATCH-V1-HPKE-INFO" + hashlib.sha256(data[:179]).digest()
    payload = zlib.decompress(hpke_base_open(shared, info, data[179 + 1120 : -64]))
    assert len(payload) == payload_length
    return {
        "sender": sender,
        "office": office,
        "office_key_id": office_key_id,
        "sequence": sequence,
        "previous": previous,
        "created_micros": created,
        "payload": payload,
    }


# --------------------------------------------------------------------------------- tests


def test_batch_vector_opens_with_the_module() -> None:
    data = BATCH_VECTOR.read_bytes()
    device, office = vector_device(), vector_office()
    parsed = parse_batch(data)
    check_recipient(parsed, office.office_id, office.public.key_id)
    verify_batch_signature(parsed, device.public)
    assert decrypt_batch(parsed, office) == VECTOR_PAYLOAD
    assert parsed.header.sequence == VECTOR_SEQUENCE
    assert parsed.header.previous_hash == VECTOR_PREVIOUS_HASH
    assert parsed.header.created_at == VECTOR_CREATED_AT


def test_batch_vector_header_is_what_the_encoder_writes_today() -> None:
    assert build_batch_vector()[:179] == BATCH_VECTOR.read_bytes()[:179]


def test_batch_vector_opens_with_the_independent_reader() -> None:
    device, office = vector_device(), vector_office()
    opened = independent_open(BATCH_VECTOR.read_bytes(), device.public.signing_key, OFFICE_KEM_SEED)
    assert opened["payload"] == VECTOR_PAYLOAD
    assert opened["sender"] == DEVICE_ID
    assert opened["office"] == OFFICE_ID
    assert opened["office_key_id"] == hashlib.sha256(office.public.to_bytes()).digest()
    assert opened["sequence"] == VECTOR_SEQUENCE
    assert opened["created_micros"] == 1_735_732_800_000_000


def test_a_fresh_batch_opens_with_the_independent_reader() -> None:
    device = vector_device()
    opened = independent_open(build_batch_vector(), device.public.signing_key, OFFICE_KEM_SEED)
    assert opened["payload"] == VECTOR_PAYLOAD


def test_receipt_vector_is_reproduced_exactly() -> None:
    data = RECEIPT_VECTOR.read_bytes()
    assert build_receipt_vector(BATCH_VECTOR.read_bytes()) == data
    receipt = parse_receipt(data)
    verify_receipt(receipt, vector_office().public)
    assert receipt.held_ranges == ((5, 7), (9, 9))
    assert receipt.highest_contiguous_hash == batch_hash(BATCH_VECTOR.read_bytes())


def _doc_hex(name: str) -> bytes:
    """The hex block after ``<!-- vector:NAME -->``; text after three spaces is a comment."""
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"<!-- vector:{name} -->\s*```text\n(.*?)```", text, re.DOTALL)
    assert match, f"vector {name} not found in {DOC}"
    lines = (line.split("   ")[0] for line in match.group(1).splitlines())
    return bytes.fromhex("".join("".join(lines).split()))


def test_the_document_prints_the_vector_files() -> None:
    assert _doc_hex("batch-v1") == BATCH_VECTOR.read_bytes()
    assert _doc_hex("receipt-v1") == RECEIPT_VECTOR.read_bytes()
    assert _doc_hex("batch-v1-prefix") == BATCH_VECTOR.read_bytes()[:179]


def test_the_document_prints_the_vector_fingerprints() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert vector_device().public.fingerprint in text
    assert vector_office().public.fingerprint in text
    assert vector_office().public.key_id.hex() in text


if __name__ == "__main__":
    VECTORS.mkdir(exist_ok=True)
    batch = build_batch_vector()
    BATCH_VECTOR.write_bytes(batch)
    RECEIPT_VECTOR.write_bytes(build_receipt_vector(batch))
    print(f"wrote {BATCH_VECTOR} ({len(batch)} bytes) and {RECEIPT_VECTOR}")
