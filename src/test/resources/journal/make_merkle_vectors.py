#!/usr/bin/env python3
"""Independent RFC 6962 / RFC 9162 Merkle tree vectors for pulseguard's journal.

Written from the RFC text alone (section 2.1 of RFC 6962, 2.1.3/2.1.4 of RFC 9162), with hashlib,
sharing no code with the Java implementation. Run it to regenerate merkle-vectors.json:

    python3 src/test/resources/journal/make_merkle_vectors.py > src/test/resources/journal/merkle-vectors.json

Leaves are the bytes b"pulseguard leaf %d" so that anyone can rebuild them.
"""
import hashlib
import json


def h(b):
    return hashlib.sha256(b).digest()


def leaf_hash(data):
    return h(b"\x00" + data)


def node_hash(left, right):
    return h(b"\x01" + left + right)


def largest_power_of_two_below(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(leaves):
    """MTH(D[n]) of RFC 6962 section 2.1, over raw leaf data."""
    n = len(leaves)
    if n == 0:
        return h(b"")
    if n == 1:
        return leaf_hash(leaves[0])
    k = largest_power_of_two_below(n)
    return node_hash(mth(leaves[:k]), mth(leaves[k:]))


def path(m, leaves):
    """PATH(m, D[n]): the audit (inclusion) path of RFC 6962 section 2.1.1."""
    n = len(leaves)
    if n == 1:
        return []
    k = largest_power_of_two_below(n)
    if m < k:
        return path(m, leaves[:k]) + [mth(leaves[k:])]
    return path(m - k, leaves[k:]) + [mth(leaves[:k])]


def subproof(m, leaves, b):
    n = len(leaves)
    if m == n:
        return [] if b else [mth(leaves)]
    k = largest_power_of_two_below(n)
    if m <= k:
        return subproof(m, leaves[:k], b) + [mth(leaves[k:])]
    return subproof(m - k, leaves[k:], False) + [mth(leaves[:k])]


def proof(m, leaves):
    """PROOF(m, D[n]): the consistency proof of RFC 6962 section 2.1.2 (0 < m < n)."""
    return subproof(m, leaves, True)


def data(i):
    return b"pulseguard leaf %d" % i


def hexes(hs):
    return [x.hex() for x in hs]


def main():
    small = 17
    leaves = [data(i) for i in range(small)]
    out = {
        "leafData": "ASCII 'pulseguard leaf <i>'",
        "emptyRoot": h(b"").hex(),
        "roots": [],
        "inclusion": [],
        "consistency": [],
    }
    for n in range(0, small + 1):
        out["roots"].append({"size": n, "root": mth(leaves[:n]).hex()})
    for n in range(1, small + 1):
        for m in range(n):
            out["inclusion"].append({"index": m, "size": n, "leafHash": leaf_hash(leaves[m]).hex(),
                                     "root": mth(leaves[:n]).hex(), "path": hexes(path(m, leaves[:n]))})
    for n in range(2, small + 1):
        for m in range(1, n):
            out["consistency"].append({"size1": m, "size2": n, "root1": mth(leaves[:m]).hex(),
                                       "root2": mth(leaves[:n]).hex(), "proof": hexes(proof(m, leaves[:n]))})
    # A few larger trees, for paths of more than four levels.
    big = [data(i) for i in range(1000)]
    for n, m in [(1000, 0), (1000, 511), (1000, 512), (1000, 999), (777, 300), (513, 512)]:
        out["inclusion"].append({"index": m, "size": n, "leafHash": leaf_hash(big[m]).hex(),
                                 "root": mth(big[:n]).hex(), "path": hexes(path(m, big[:n]))})
    for m, n in [(1, 1000), (512, 1000), (513, 1000), (999, 1000), (300, 777), (511, 513)]:
        out["consistency"].append({"size1": m, "size2": n, "root1": mth(big[:m]).hex(),
                                   "root2": mth(big[:n]).hex(), "proof": hexes(proof(m, big[:n]))})
    out["roots"].append({"size": 1000, "root": mth(big).hex()})
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
