#!/usr/bin/env python3
"""Independent verifier of a pulseguard journal export, written from docs/journal.md alone.

    python3 docs/tools/verify_export.py EXPORT_FILE 'ed25519:<base64 public key>'

Checks the checkpoint's Ed25519 signature (RFC 8032, pure Python below, no third-party package),
then for every record: canonical form, the index it names, and its RFC 9162 inclusion proof under
the checkpoint's root. Prints one line per problem and 'OK n records' at the end; exit 0 only when
everything verifies. Shares no code with the Java implementation.
"""
import base64
import csv
import hashlib
import io
import json
import sys

# ---- Ed25519 verification, RFC 8032 section 5.1.7 (reference arithmetic, slow but plain) ----
P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)


def _recover_x(y, sign):
    if y >= P:
        return None
    x2 = (y * y - 1) * pow(D * y * y + 1, P - 2, P)
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
    if (x * x - x2) % P != 0:
        return None
    if (x & 1) != sign:
        x = P - x
    return x


def _decompress(s):
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % P)


def _add(p, q):
    a = (p[1] - p[0]) * (q[1] - q[0]) % P
    b = (p[1] + p[0]) * (q[1] + q[0]) % P
    c = 2 * p[3] * q[3] * D % P
    d = 2 * p[2] * q[2] % P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % P, g * h % P, f * g % P, e * h % P)


def _mul(s, p):
    q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    return q


def _equal(p, q):
    return (p[0] * q[2] - q[0] * p[2]) % P == 0 and (p[1] * q[2] - q[1] * p[2]) % P == 0


_GY = 4 * pow(5, P - 2, P) % P
G = (_recover_x(_GY, 0), _GY, 1, _recover_x(_GY, 0) * _GY % P)


def ed25519_verify(public, message, signature):
    if len(public) != 32 or len(signature) != 64:
        return False
    a = _decompress(public)
    r = _decompress(signature[:32])
    if a is None or r is None:
        return False
    s = int.from_bytes(signature[32:], "little")
    if s >= L:
        return False
    h = int.from_bytes(hashlib.sha512(signature[:32] + public + message).digest(), "little") % L
    return _equal(_mul(s, G), _add(r, _mul(h, a)))


# ---- the journal's formats, as docs/journal.md states them ----
def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def verify_inclusion(index, size, leaf, path, root):
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def canonical(value):
    """The canonical JSON text of docs/journal.md: sorted keys, no spaces, integers only, minimal escapes."""
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(canonical_string(k) + ":" + canonical(value[k]) for k in keys) + "}"
    if isinstance(value, list):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return canonical_string(value)
    raise ValueError("not allowed in canonical journal JSON: %r" % (value,))


ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def canonical_string(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def parse_checkpoint(text):
    lines = text.strip().split("\n")
    if len(lines) != 7 or lines[0] != "pulseguard journal checkpoint v1":
        raise ValueError("not a pulseguard checkpoint")
    fields = dict(line.split(" ", 1) for line in lines[1:])
    body = "\n".join(lines[:5]) + "\n"
    return {"size": int(fields["size"]), "root": bytes.fromhex(fields["root"]), "key": fields["key"],
            "signature": base64.b64decode(fields["signature"]), "body": body.encode("utf-8")}


def read_export(text):
    stripped = text.lstrip()
    if stripped.startswith("{"):
        doc = json.loads(stripped)
        if doc.get("format") != "pulseguard-journal-export-v1":
            raise ValueError("unknown export format")
        return doc["checkpoint"], [(r["index"], r["record"], r["proof"]) for r in doc["records"]]
    lines = stripped.split("\n")
    if lines[0] != "# pulseguard-journal-export-v1":
        raise ValueError("unknown export format")
    i = 1
    cp = []
    while i < len(lines) and lines[i].startswith("# "):
        cp.append(lines[i][2:])
        i += 1
    rows = csv.DictReader(io.StringIO("\n".join(lines[i:])))
    records = [(int(r["index"]), r["record"], r["proof"].split() if r["proof"] else []) for r in rows]
    return "\n".join(cp) + "\n", records


def main(argv):
    if len(argv) != 3 or not argv[2].startswith("ed25519:"):
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    public = base64.b64decode(argv[2][len("ed25519:"):])
    with open(argv[1], encoding="utf-8", newline="") as f:
        checkpoint_text, records = read_export(f.read())
    cp = parse_checkpoint(checkpoint_text)
    if cp["key"] != hashlib.sha256(public).hexdigest()[:16]:
        print("checkpoint: signed as key %s, not by this public key" % cp["key"])
        return 1
    if not ed25519_verify(public, cp["body"], cp["signature"]):
        print("checkpoint: signature does not verify")
        return 1
    problems = 0
    for index, text, proof in records:
        data = text.encode("utf-8")
        record = json.loads(text)
        if canonical(record) != text:
            print("record %d: not canonical" % index)
            problems += 1
        elif record.get("index") != index:
            print("record %d: names index %s" % (index, record.get("index")))
            problems += 1
        elif not verify_inclusion(index, cp["size"], leaf_hash(data), [bytes.fromhex(p) for p in proof], cp["root"]):
            print("record %d: not included under the checkpoint's root" % index)
            problems += 1
    if problems:
        return 1
    print("OK %d records under checkpoint size %d" % (len(records), cp["size"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
