"""The compression of batch payloads: one standard zlib stream (RFC 1950, deflate).

Writing is parallel for large payloads; reading is bounded, so a decompression bomb stops at
the length the signed header declares.
"""

from __future__ import annotations

import os
import zlib
from concurrent.futures import ThreadPoolExecutor

_CHUNK = 1024 * 1024
_WINDOW = 32 * 1024  # deflate's window: how far back a match may reach
_MAX_THREADS = 8


class CompressionError(ValueError):
    """The compressed data is not one complete zlib stream of the expected length."""


def deflate(payload: bytes | bytearray | memoryview, level: int = 6) -> bytes:
    """One zlib stream of ``payload``.

    Payloads above 1 MiB are deflated in 1 MiB pieces on several threads (zlib releases the
    GIL), each primed with the 32 KiB before it and ended with a sync flush, the last one
    with the final block; the zlib header comes from the first piece and the Adler-32 of the
    whole payload is appended (as pigz does). The result is an ordinary zlib stream that any
    inflater reads, within a few hundred bytes of a serial one in size, and the same bytes
    whatever the number of threads.
    """
    view = memoryview(payload).cast("B")
    pieces = max(1, -(-len(view) // _CHUNK))
    if pieces == 1:
        return zlib.compress(view, level)

    def piece(index: int) -> bytes:
        start = index * _CHUNK
        if index == 0:
            deflater = zlib.compressobj(level)  # zlib wrapper: writes the 2-byte header
        else:
            primer = bytes(view[max(0, start - _WINDOW) : start])
            deflater = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS, zdict=primer)
        body = deflater.compress(view[start : start + _CHUNK])
        last = index == pieces - 1
        return body + deflater.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)

    threads = max(1, min(pieces, os.cpu_count() or 1, _MAX_THREADS))
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="vink-deflate") as pool:
        parts = list(pool.map(piece, range(pieces)))
    parts.append(zlib.adler32(view).to_bytes(4, "big"))
    return b"".join(parts)


def inflate_exact(compressed: bytes, expected: int) -> bytes:
    """Inflate one zlib stream that must yield exactly ``expected`` bytes and end exactly at
    the end of ``compressed``. Never produces more than ``expected + 1`` bytes."""
    inflater = zlib.decompressobj()
    try:
        # expected + 1: one byte more shows the stream is longer than declared; and never 0,
        # which zlib reads as "no limit".
        payload = inflater.decompress(compressed, expected + 1)
    except zlib.error:
        raise CompressionError("not a valid zlib stream") from None
    if len(payload) != expected:
        raise CompressionError("length differs from the declared length")
    if not inflater.eof or inflater.unused_data or inflater.unconsumed_tail:
        raise CompressionError("stream incomplete, or data after its end")
    return payload
