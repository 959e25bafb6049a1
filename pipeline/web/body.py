"""A response body read within bounds: the raw bytes as they come, decoded here (gzip, deflate) with
zlib's `max_length`, so a decompression bomb stops at `max_bytes` of decoded bytes with the memory
to match; every read is checked against the request's total deadline."""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable

from pipeline.errors import BriefError

CHUNK = 65_536


class BodyError(BriefError):
    """The body is over a limit or in an encoding not asked for: bad input (exit 2)."""

    exit_code = 2


class _Inflater:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self.zlib = zlib.decompressobj(wbits)
        self.first = True

    def feed(self, data: bytes, room: int) -> bytes:
        """Decoded bytes of `data`, at most `room` + 1 of them (one more tells the caller it is over)."""
        try:
            out = self.zlib.decompress(data, room + 1)
        except zlib.error:
            if not (self.first and self.encoding == "deflate"):
                raise
            self.zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send it
            out = self.zlib.decompress(data, room + 1)
        self.first = False
        return out


def read_body(
    raw: Iterable[bytes], *, url: str, encoding: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    """The decoded body of a response (its raw chunks in `raw`). Raises BodyError over `max_bytes`
    decoded bytes or in an encoding other than gzip/deflate/identity; TimeoutError past `deadline`."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        inflater = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        inflater = _Inflater(encoding)
    else:
        raise BodyError(f"{url}: sent in a {encoding!r} encoding that was not asked for — not read")
    body = bytearray()
    for chunk in raw:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url}: not whole within {timeout:g} s (fetch_timeout) — not read")
        if inflater is None:
            body += chunk
        else:
            try:
                body += inflater.feed(chunk, max_bytes - len(body))
                while inflater.zlib.unconsumed_tail and len(body) <= max_bytes:
                    body += inflater.feed(inflater.zlib.unconsumed_tail, max_bytes - len(body))
            except zlib.error as exc:
                raise BodyError(f"{url}: its {encoding} body is corrupt ({exc}) — not read") from None
        if len(body) > max_bytes:
            raise BodyError(f"{url}: larger than the {max_bytes:,}-byte limit (decoded) — not fetched whole")
    return bytes(body)
