#!/usr/bin/env python3
"""Writes a damaged copy of a thaw blob, for the end-to-end rejection tests.

    corrupt_blob.py IN OUT --flip OFFSET        xor one byte with 0x55
    corrupt_blob.py IN OUT --truncate SIZE      keep the first SIZE bytes
    corrupt_blob.py IN OUT --v8-version TEXT    rewrite v8_version, reseal header

Negative offsets count from the end of the file. Resealing recomputes the
header's own SHA-256, so that the field's check, not the checksum, fires.
"""
import argparse
import hashlib

V8_VERSION_OFFSET = 16
V8_VERSION_SIZE = 32
HEADER_SHA256_OFFSET = 416


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--flip", type=int)
    parser.add_argument("--truncate", type=int)
    parser.add_argument("--v8-version")
    args = parser.parse_args()
    with open(args.input, "rb") as f:
        data = bytearray(f.read())
    if args.flip is not None:
        data[args.flip] ^= 0x55
    if args.truncate is not None:
        data = data[: args.truncate]
    if args.v8_version is not None:
        field = args.v8_version.encode().ljust(V8_VERSION_SIZE, b"\0")
        data[V8_VERSION_OFFSET : V8_VERSION_OFFSET + V8_VERSION_SIZE] = field
        digest = hashlib.sha256(bytes(data[:HEADER_SHA256_OFFSET])).digest()
        data[HEADER_SHA256_OFFSET : HEADER_SHA256_OFFSET + 32] = digest
    with open(args.output, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
