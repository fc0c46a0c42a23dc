"""Shrinks libnode_symbolic's output's dynamic symbol table to what can still
be looked up (README.md, "A smaller dynamic symbol table").

After the relocation rewrite, the library's own relocations name a few
thousand symbols, yet .dynsym keeps all ~58,000 entries, and the loader's
lookups touch entries, hash chains and versions spread over all of it. This
step keeps only the symbols that something can still look up by name
(choose()), and rewrites everything that numbers them, in place:

* .dynsym: entry 0, the local entries, the unhashed (undefined) entries in
  their order, then the hashed ones grouped by GNU hash bucket;
* .gnu.hash (and .hash, if the library has one) rebuilt for the new table;
* .gnu.version in the same order;
* the symbol index of every .rela.dyn and .rela.plt entry.

Every section keeps its address; the sizes in the section headers shrink and
the freed bytes become zeros (the loader never reads them). The dynamic
section does not change: it gives the tables' addresses, not their sizes.
verify() re-reads the result and checks it against the input, and looks
every kept and every dropped name up in the new hash tables with a reader of
its own.
"""

import re
import struct

from elf64 import (
    DT_GNU_HASH, DT_HASH, DT_JMPREL, DT_PLTRELSZ, DT_RELA, DT_RELASZ, DT_SYMTAB, DT_VERSYM,
    RELA_SIZE, SHN_LORESERVE, SHN_UNDEF, STB_GLOBAL, STB_GNU_UNIQUE, STB_LOCAL, STB_WEAK,
    STT_GNU_IFUNC, STT_TLS, STV_DEFAULT, SYM_SIZE, Elf64, changed_outside)

SHT_RELA = 4
SHT_HASH = 5
SHT_GNU_HASH = 0x6FFFFFF6
SHT_GNU_VERSYM = 0x6FFFFFFF
# Sections whose contents number .dynsym's entries. Anything else linked to
# .dynsym is refused: it would keep the old numbers.
_RENUMBERED_TYPES = {SHT_RELA, SHT_HASH, SHT_GNU_HASH, SHT_GNU_VERSYM}

# Programs compiled against V8's public headers import these namespaces'
# names; the rewrite runs before they are linked, so it keeps all of them:
# v8 (with v8::platform and v8::api_internal, which the headers call
# inline; not v8::internal or v8::base), cppgc and v8_inspector. Matched on
# the entity's own name: functions, data, vtables, typeinfo and thunks.
_PUBLIC_API = re.compile(r"^_Z(?:T[VIS]|Thn?\d+_|Tvn?\d+_n?\d+_)?N?[rVKRO]*"
                         r"(?:2v8(?!8internal|4base)(?=[0-9A-Z_])|5cppgc|12v8_inspector)")

# Why a symbol stays, in the order the reasons are tested (the report
# counts each symbol under the first that applies).
NAMED_BY_RELOCATION = "named by a relocation"
UNDEFINED = "undefined (imported)"
LOCAL = "local"
UNIQUE = "STB_GNU_UNIQUE (the loader keeps one per process)"
WEAK_PUBLIC = "weak definition a program could also emit or import"
UNUSUAL = "TLS, IFUNC, absolute or non-default visibility"
C_NAME = "C name (dlsym, debuggers, N-API)"
PUBLIC_API = "public API of V8, cppgc or v8_inspector"
OTHER_LIBRARY = "named by a library it loads or drops"
LISTED = "listed with --dynsym-keep (programs import it)"


class DynsymError(Exception):
    pass


def gnu_hash(name):
    """The GNU hash of a name (bytes): h = h * 33 + c from 5381, 32 bits."""
    h = 5381
    for c in name:
        h = (h * 33 + c) & 0xFFFFFFFF
    return h


def sysv_hash(name):
    """The SysV ELF hash of a name (bytes), for DT_HASH."""
    h = 0
    for c in name:
        h = ((h << 4) + c) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h


def choose(elf, keep_names=(), library_names=(), weak_is_internal=lambda name: False):
    """Decides which symbols stay: a dict from symbol index to the reason
    (the constants above). Everything else goes. `keep_names` are names
    programs import (--dynsym-keep); `library_names` are names the
    libraries the library loads (or loaded, for dropped ones) define or
    import; `weak_is_internal(name)` is True for weak definitions no
    program can emit or import (the rewrite converted their references)."""
    symbols = elf.symbols()
    named = {r.sym for r in elf.all_relocations() if r.sym}
    keep_names = set(keep_names)
    library_names = set(library_names)
    kept = {0: "symbol 0"}
    for s in symbols[1:]:
        if s.index in named:
            reason = NAMED_BY_RELOCATION
        elif s.shndx == SHN_UNDEF:
            reason = UNDEFINED
        elif s.bind == STB_LOCAL:
            reason = LOCAL
        elif s.bind == STB_GNU_UNIQUE:
            reason = UNIQUE
        elif s.bind == STB_WEAK and not weak_is_internal(s.name):
            reason = WEAK_PUBLIC
        elif (s.type in (STT_TLS, STT_GNU_IFUNC) or s.shndx >= SHN_LORESERVE or
              s.visibility != STV_DEFAULT or s.bind not in (STB_GLOBAL, STB_WEAK)):
            reason = UNUSUAL
        elif not s.name.startswith("_Z"):
            reason = C_NAME
        elif _PUBLIC_API.search(s.name):
            reason = PUBLIC_API
        elif s.name in library_names:
            reason = OTHER_LIBRARY
        elif s.name in keep_names:
            reason = LISTED
        else:
            continue
        kept[s.index] = reason
    return kept


class _Tables(object):
    """Where the tables this step rewrites are: section headers, file
    offsets, and the tables' current contents."""

    def __init__(self, elf):
        d = elf.dyn
        self.count = elf.dynamic_symbol_count()
        self.dynsym = _section_at(elf, d[DT_SYMTAB], "DT_SYMTAB")
        self.versym = _section_at(elf, d[DT_VERSYM], "DT_VERSYM") if DT_VERSYM in d else None
        self.gnu_hash = (_section_at(elf, d[DT_GNU_HASH], "DT_GNU_HASH")
                         if DT_GNU_HASH in d else None)
        self.hash = _section_at(elf, d[DT_HASH], "DT_HASH") if DT_HASH in d else None
        if self.gnu_hash is None and self.hash is None:
            raise DynsymError("%s: neither DT_GNU_HASH nor DT_HASH" % elf.path)
        for sec, stype in ((self.versym, SHT_GNU_VERSYM), (self.gnu_hash, SHT_GNU_HASH),
                           (self.hash, SHT_HASH)):
            if sec is not None and sec["type"] != stype:
                raise DynsymError("%s: section %s has type %#x, expected %#x" %
                                  (elf.path, sec["name"], sec["type"], stype))
        if self.versym is not None and self.versym["size"] != 2 * self.count:
            raise DynsymError("%s: .gnu.version has %d bytes for %d symbols" %
                              (elf.path, self.versym["size"], self.count))
        rela = {d.get(DT_RELA), d.get(DT_JMPREL)}
        for sec in elf.sections:
            if sec["link"] != self.dynsym["index"] or sec["type"] == 0:
                continue
            if sec["type"] not in _RENUMBERED_TYPES:
                raise DynsymError("%s: section %s (type %#x) refers to .dynsym, and this tool "
                                  "does not know how to renumber it" %
                                  (elf.path, sec["name"], sec["type"]))
            if sec["type"] == SHT_RELA and sec["size"] and sec["addr"] not in rela:
                raise DynsymError("%s: relocation section %s is not DT_RELA or DT_JMPREL" %
                                  (elf.path, sec["name"]))
        self.symoffset = self.count
        if self.gnu_hash is not None:
            nbuckets, self.symoffset = struct.unpack_from(
                "<II", elf.data, self.gnu_hash["offset"])
            if nbuckets == 0 or self.symoffset > self.count:
                raise DynsymError("%s: .gnu.hash has %d buckets and symoffset %d of %d" %
                                  (elf.path, nbuckets, self.symoffset, self.count))
        self.locals = self.dynsym["info"]


def _section_at(elf, addr, tag):
    found = [s for s in elf.sections if s["addr"] == addr and s["size"] and s["type"] != 8]
    if len(found) != 1:
        raise DynsymError("%s: %d sections at %s %#x" % (elf.path, len(found), tag, addr))
    sec = found[0]
    if elf.file_offset(addr, sec["size"]) != sec["offset"]:
        raise DynsymError("%s: section %s's file offset does not match its address" %
                          (elf.path, sec["name"]))
    return sec


def _is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def gnu_hash_shape(count):
    """(buckets, bloom words, bloom shift) for `count` hashed symbols: about
    two symbols per bucket (a prime number of buckets), and 8 to 16 bloom
    bits per symbol in a power-of-two number of 64-bit words, whose second
    bit comes from the hash bits above those that pick the word and the
    first bit (so the two are independent)."""
    buckets = max(1, count // 2)
    while not _is_prime(buckets) and buckets > 2:
        buckets += 1
    words = 1
    while words * 64 < count * 8:
        words *= 2
    shift = 6 + (words.bit_length() - 1)
    return buckets, words, min(shift, 26)


def build_gnu_hash(names, symoffset, buckets, words, shift):
    """The .gnu.hash contents for hashed symbols `names` (bytes, in table
    order starting at `symoffset`), which must already be grouped by
    bucket."""
    hashes = [gnu_hash(n) for n in names]
    bloom = [0] * words
    bucket_start = [0] * buckets
    chain = []
    for i, h in enumerate(hashes):
        bloom[(h // 64) % words] |= (1 << (h % 64)) | (1 << ((h >> shift) % 64))
        b = h % buckets
        if bucket_start[b] == 0:
            bucket_start[b] = symoffset + i
        last = i + 1 == len(hashes) or hashes[i + 1] % buckets != b
        chain.append((h & ~1) | (1 if last else 0))
    for i in range(1, len(hashes)):
        if hashes[i] % buckets < hashes[i - 1] % buckets:
            raise DynsymError("internal error: hashed symbols are not grouped by bucket")
    return (struct.pack("<IIII", buckets, symoffset, words, shift) +
            struct.pack("<%dQ" % words, *bloom) + struct.pack("<%dI" % buckets, *bucket_start) +
            struct.pack("<%dI" % len(chain), *chain))


def build_sysv_hash(names):
    """The .hash contents for a table whose entries have `names` (bytes;
    entry 0 included, and never found)."""
    count = len(names)
    buckets = max(1, count // 2)
    while not _is_prime(buckets) and buckets > 2:
        buckets += 1
    bucket = [0] * buckets
    chain = [0] * count
    # Inserted from the end so that each chain lists lower indices first.
    for i in range(count - 1, 0, -1):
        b = sysv_hash(names[i]) % buckets
        chain[i] = bucket[b]
        bucket[b] = i
    return struct.pack("<II", buckets, count) + struct.pack(
        "<%dI" % (buckets + count), *(bucket + chain))


def compact(elf, kept):
    """Returns (new bytes, report dict, old index -> new index) with only
    the symbols in `kept` (choose())."""
    t = _Tables(elf)
    symbols = elf.symbols()
    versions = elf.symbol_versions()
    if any(i not in kept for i in range(t.locals)):
        raise DynsymError("internal error: a local symbol would be dropped")
    # Entry 0 and the locals first (sh_info counts them), then the entries
    # the GNU hash table does not cover (undefined ones, and whatever the
    # input left out of it), in their order; then the hashed ones, grouped
    # by bucket (the table requires it), each group in the original order.
    def unhashed_entry(i):
        s = symbols[i]
        return i < max(t.symoffset, t.locals) or s.shndx == SHN_UNDEF or s.bind == STB_LOCAL
    unhashed = [i for i in sorted(kept) if unhashed_entry(i)]
    hashed = [i for i in sorted(kept) if not unhashed_entry(i)]
    shape = None
    if t.gnu_hash is not None:
        shape = gnu_hash_shape(len(hashed))
        names = {i: symbols[i].name.encode("utf-8", "surrogateescape") for i in hashed}
        hashed.sort(key=lambda i: (gnu_hash(names[i]) % shape[0], i))
    order = unhashed + hashed
    new_index = {old: new for new, old in enumerate(order)}

    data = bytearray(elf.data)
    symtab = t.dynsym["offset"]
    table = b"".join(elf.data[symtab + SYM_SIZE * i:symtab + SYM_SIZE * (i + 1)]
                     for i in order)
    _replace(data, t.dynsym, table)
    if t.versym is not None:
        _replace(data, t.versym, struct.pack("<%dH" % len(order),
                                             *[versions[i] for i in order]))
    info = {"before": t.count, "after": len(order),
            "dynsym_bytes": [t.dynsym["size"], len(table)]}
    if t.gnu_hash is not None:
        blob = build_gnu_hash([names[i] for i in hashed], len(unhashed), *shape)
        _replace(data, t.gnu_hash, blob)
        info["gnu_hash"] = {"buckets": shape[0], "bloom_words": shape[1],
                            "bloom_shift": shape[2], "symoffset": len(unhashed),
                            "bytes": [t.gnu_hash["size"], len(blob)]}
    if t.hash is not None:
        blob = build_sysv_hash([symbols[i].name.encode("utf-8", "surrogateescape")
                                for i in order])
        _replace(data, t.hash, blob)
        info["hash_bytes"] = [t.hash["size"], len(blob)]

    # Every relocation names its symbol by its new index.
    for tag, size_tag in ((DT_RELA, DT_RELASZ), (DT_JMPREL, DT_PLTRELSZ)):
        if tag not in elf.dyn:
            continue
        at = elf.file_offset(elf.dyn[tag], max(elf.dyn.get(size_tag, 0), 1))
        for k, r in enumerate(elf.relocations(tag, size_tag)):
            if r.sym == 0:
                continue
            if r.sym not in new_index:
                raise DynsymError("internal error: relocation at %#x names dropped symbol "
                                  "%s" % (r.offset, symbols[r.sym].name))
            struct.pack_into("<Q", data, at + RELA_SIZE * k + 8,
                             (new_index[r.sym] << 32) | r.type)
    return bytes(data), info, new_index


def _replace(data, section, contents):
    """Writes `contents` at the start of `section`, zeros after it, and the
    new size into the section header."""
    if len(contents) > section["size"]:
        raise DynsymError("internal error: the new %s (%d bytes) is larger than the old "
                          "(%d)" % (section["name"], len(contents), section["size"]))
    off = section["offset"]
    data[off:off + section["size"]] = contents + bytes(section["size"] - len(contents))
    struct.pack_into("<Q", data, section["header_offset"] + 32, len(contents))


def gnu_lookup(elf, name):
    """The index of the symbol the loader's GNU hash lookup finds for `name`
    (a str) in `elf`, or None: the bloom filter, then the bucket's chain,
    comparing hashes, then names. Written from the format, independently
    of build_gnu_hash, so verify() can check one with the other."""
    raw = name.encode("utf-8", "surrogateescape")
    h = gnu_hash(raw)
    data = elf.data
    at = elf.file_offset(elf.dyn[DT_GNU_HASH])
    nbuckets, symoffset, words, shift = struct.unpack_from("<IIII", data, at)
    word = struct.unpack_from("<Q", data, at + 16 + 8 * ((h >> 6) & (words - 1)))[0]
    if not (word >> (h & 63)) & 1 or not (word >> ((h >> shift) & 63)) & 1:
        return None
    buckets = at + 16 + 8 * words
    chain = buckets + 4 * nbuckets
    i = struct.unpack_from("<I", data, buckets + 4 * (h % nbuckets))[0]
    if i == 0:
        return None
    symbols = elf.symbols()
    while True:
        if not symoffset <= i < len(symbols):
            raise DynsymError("%s: .gnu.hash chain runs outside the table" % elf.path)
        value = struct.unpack_from("<I", data, chain + 4 * (i - symoffset))[0]
        s = symbols[i]
        if (value | 1) == (h | 1) and s.name == name and s.is_lookup_candidate():
            return i
        if value & 1:
            return None
        i += 1


def sysv_lookup(elf, name):
    """The same through DT_HASH: the bucket, then the chain of indices,
    skipping what the loader skips (undefined and local entries)."""
    raw = name.encode("utf-8", "surrogateescape")
    data = elf.data
    at = elf.file_offset(elf.dyn[DT_HASH])
    nbucket, nchain = struct.unpack_from("<II", data, at)
    i = struct.unpack_from("<I", data, at + 8 + 4 * (sysv_hash(raw) % nbucket))[0]
    symbols = elf.symbols()
    seen = 0
    while i != 0:
        if i >= nchain or seen > nchain:
            raise DynsymError("%s: .hash chain is broken" % elf.path)
        if symbols[i].name == name and symbols[i].is_lookup_candidate():
            return i
        i = struct.unpack_from("<I", data, at + 8 + 4 * nbucket + 4 * i)[0]
        seen += 1
    return None


def _key(sym, versions):
    return (sym.name, sym.info, sym.other, sym.shndx, sym.value, sym.size,
            versions[sym.index] if versions is not None else None)


def verify(old, new_bytes, path, kept):
    """Checks the result against the input: the kept symbols, and only
    they, in a table the hash tables agree with; every relocation as before
    with its symbol's new number; nothing else changed."""
    new = Elf64(path, data=new_bytes)
    t_old, t_new = _Tables(old), _Tables(new)
    old_symbols, new_symbols = old.symbols(), new.symbols()
    old_versions, new_versions = old.symbol_versions(), new.symbol_versions()
    if len(new_symbols) != len(kept):
        raise DynsymError("verification: %d symbols, %d kept" % (len(new_symbols), len(kept)))
    expected = sorted(_key(old_symbols[i], old_versions) for i in kept)
    if sorted(_key(s, new_versions) for s in new_symbols) != expected:
        raise DynsymError("verification: the symbols are not the kept ones")
    if new_symbols[0].name or new_symbols[0].info or new_symbols[0].value:
        raise DynsymError("verification: symbol 0 is not the null symbol")
    if t_new.locals != t_old.locals or any(
            s.bind == STB_LOCAL for s in new_symbols[t_new.locals:]) or any(
            s.bind != STB_LOCAL for s in new_symbols[1:t_new.locals]):
        raise DynsymError("verification: the local symbols are not first")
    # Whatever a relocation names, every import and every unique definition
    # is still there.
    must = set(i for i in range(len(old_symbols)) if old_symbols[i].shndx == SHN_UNDEF or
               old_symbols[i].bind == STB_GNU_UNIQUE)
    if not must <= set(kept):
        raise DynsymError("verification: an undefined or unique symbol was dropped")

    old_relocs, new_relocs = old.all_relocations(), new.all_relocations()
    if len(old_relocs) != len(new_relocs) or len(old.relocations(DT_RELA, DT_RELASZ)) != len(
            new.relocations(DT_RELA, DT_RELASZ)):
        raise DynsymError("verification: relocation count changed")
    for o, n in zip(old_relocs, new_relocs):
        if (o.offset, o.type, o.addend) != (n.offset, n.type, n.addend) or (o.sym == 0) != (
                n.sym == 0):
            raise DynsymError("verification: relocation at %#x changed" % o.offset)
        if o.sym and _key(old_symbols[o.sym], old_versions) != _key(new_symbols[n.sym],
                                                                     new_versions):
            raise DynsymError("verification: relocation at %#x names another symbol" %
                              o.offset)

    # The hash tables find every kept definition at its index, and no
    # dropped or undefined name.
    lookups = []
    if DT_GNU_HASH in new.dyn:
        lookups.append(gnu_lookup)
        symoffset = struct.unpack_from("<I", new_bytes, t_new.gnu_hash["offset"] + 4)[0]
        # The hashed entries are the kept ones the input hashed, less any
        # undefined or local ones (which lookups skip anyway).
        before = sorted(_key(s, old_versions) for s in old_symbols[t_old.symoffset:]
                        if s.index in kept and s.shndx != SHN_UNDEF and s.bind != STB_LOCAL)
        if sorted(_key(s, new_versions) for s in new_symbols[symoffset:]) != before:
            raise DynsymError("verification: .gnu.hash covers other symbols than before")
    if DT_HASH in new.dyn:
        lookups.append(sysv_lookup)
    defined = {s.name: s.index for s in new_symbols if s.is_lookup_candidate()}
    dropped = {s.name for s in old_symbols
               if s.index not in kept and s.is_lookup_candidate()} - set(defined)
    for lookup in lookups:
        for s in new_symbols[1:]:
            found = lookup(new, s.name)
            if found != defined.get(s.name):
                raise DynsymError("verification: %s finds %s at %s, expected %s" %
                                  (lookup.__name__, s.name, found, defined.get(s.name)))
        for name in dropped:
            if lookup(new, name) is not None:
                raise DynsymError("verification: %s finds dropped %s" %
                                  (lookup.__name__, name))

    # Nothing else changed: only the tables, the relocations' r_info words
    # and the section headers' sizes.
    allowed = []
    for sec in (t_old.dynsym, t_old.versym, t_old.gnu_hash, t_old.hash):
        if sec is not None:
            allowed.append((sec["offset"], sec["offset"] + sec["size"]))
            allowed.append((sec["header_offset"] + 32, sec["header_offset"] + 40))
    for tag, size_tag in ((DT_RELA, DT_RELASZ), (DT_JMPREL, DT_PLTRELSZ)):
        if tag in old.dyn:
            at = old.file_offset(old.dyn[tag], max(old.dyn.get(size_tag, 0), 1))
            for k in range(old.dyn.get(size_tag, 0) // RELA_SIZE):
                allowed.append((at + RELA_SIZE * k + 8, at + RELA_SIZE * k + 16))
    problem = changed_outside(old.data, new_bytes, allowed)
    if problem is not None:
        raise DynsymError("verification: " + problem)
    return len(dropped)


__all__ = ["DynsymError", "choose", "compact", "verify", "gnu_hash", "sysv_hash",
           "gnu_lookup", "sysv_lookup", "gnu_hash_shape"]
