"""Lays out libnode_symbolic's output so that the loader reads fewer pages.

Two independent steps, both optional (README.md, "Compacting the first
segment"):

* order_dynstr: rebuilds .dynstr with the strings the loader reads at start
  first (dynamic-section and version names, the names of every symbol a
  remaining symbolic relocation refers to, then the names of V8's public
  API, which programs import), and every other name after them. Every
  reference moves with its string: .dynsym st_name, the dynamic section's
  string tags, .gnu.version_r's file and version names. When
  --compact-dynsym left room right after .dynsym, the table goes there.
* pack_relr: moves every R_X86_64_RELATIVE relocation that can be packed
  (8-byte aligned, backed by file contents) out of .rela.dyn into a DT_RELR
  table, writing each addend into the relocated word, as RELR requires; adds
  DT_RELR, DT_RELRSZ and DT_RELRENT in spare DT_NULL slots of the dynamic
  section, and the GLIBC_ABI_DT_RELR version need on libc.so.6 that glibc
  2.36 requires of an object with DT_RELR.

Everything is done inside the existing sections (except .dynstr moving into
the room after .dynsym; the file size stays), and verify() re-reads the
result and checks it against the input.
"""

import re
import struct

from elf64 import (
    DT_JMPREL, DT_NEEDED, DT_NULL, DT_PLTRELSZ, DT_RELA, DT_RELACOUNT, DT_RELASZ, DT_RELR,
    DT_RELRSZ, DT_RPATH, DT_RUNPATH, DT_SONAME, DT_STRSZ, DT_STRTAB, DT_SYMTAB, DT_VERDEF,
    DT_VERNEED, PT_DYNAMIC, RELA_SIZE, R_X86_64_RELATIVE, SHN_UNDEF, SYM_SIZE, Elf64,
    changed_outside)

DT_RELRENT = 37
DT_VERDEFNUM = 0x6FFFFFFD
PF_W = 2
RELR_VERSION = "GLIBC_ABI_DT_RELR"
LIBC = "libc.so.6"
# Dynamic tags whose value is an offset into .dynstr.
_STRING_TAGS = {DT_NEEDED, DT_SONAME, DT_RPATH, DT_RUNPATH,
                0x7FFFFFFD,  # DT_AUXILIARY
                0x7FFFFFFF,  # DT_FILTER
                0x6FFFFEFA, 0x6FFFFEFB, 0x6FFFFEFC}  # DT_CONFIG, DT_DEPAUDIT, DT_AUDIT
# Programs that embed V8 import its public API (thaw: about 250 names); the
# rewrite cannot know which (it runs before they are linked), so all of
# V8's public names go in the hot part. v8::internal and v8::base are not
# public API.
_PUBLIC_V8 = re.compile(r"(?<![0-9])2v8(?!8internal|4base)(?=[0-9A-Z_]|$)")
# Words a RELR bitmap entry covers: 63 (its low bit marks it a bitmap).
_RELR_BITS = 63


class CompactError(Exception):
    pass


def elf_hash(name):
    """The SysV ELF hash, which Elf64_Vernaux.vna_hash holds."""
    h = 0
    for c in name.encode():
        h = ((h << 4) + c) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h


def encode_relr(offsets):
    """RELR entries for sorted, unique, 8-byte aligned offsets: an address
    entry (even) relocates one word and starts a run; each following bitmap
    entry (odd) covers the next 63 words, bit k+1 for word k."""
    out = []
    i, n = 0, len(offsets)
    while i < n:
        out.append(offsets[i])
        base = offsets[i] + 8
        i += 1
        while True:
            bitmap = 0
            while i < n and offsets[i] - base < _RELR_BITS * 8:
                bitmap |= 1 << ((offsets[i] - base) // 8)
                i += 1
            if not bitmap:
                break
            out.append((bitmap << 1) | 1)
            base += _RELR_BITS * 8
    return out


def decode_relr(entries):
    out = []
    where = None
    for e in entries:
        if e & 1 == 0:
            out.append(e)
            where = e + 8
            continue
        if where is None:
            raise CompactError("RELR bitmap before any address entry")
        bits, k = e >> 1, 0
        while bits:
            if bits & 1:
                out.append(where + 8 * k)
            bits >>= 1
            k += 1
        where += _RELR_BITS * 8
    return out


def relr_offsets(elf):
    """The offsets a DT_RELR table relocates, or [] without one."""
    if DT_RELR not in elf.dyn:
        return []
    size = elf.dyn.get(DT_RELRSZ, 0)
    off = elf.file_offset(elf.dyn[DT_RELR], max(size, 1))
    return decode_relr([e for (e,) in struct.iter_unpack("<Q", elf.data[off:off + size])])


def _version_definitions(elf):
    """The DT_VERDEF chain as (file offset of vda_name, name) pairs, every
    Elf64_Verdaux of every Elf64_Verdef."""
    if DT_VERDEF not in elf.dyn:
        return []
    out = []
    at = elf.file_offset(elf.dyn[DT_VERDEF], 20)
    for _ in range(elf.dyn.get(DT_VERDEFNUM, 0)):
        version, _flags, _ndx, cnt, _hash, vd_aux, vd_next = struct.unpack_from(
            "<HHHHIII", elf.data, at)
        if version != 1:
            raise CompactError("Elf64_Verdef at %#x has version %d" % (at, version))
        aux = at + vd_aux
        for _ in range(cnt):
            name, next_aux = struct.unpack_from("<II", elf.data, aux)
            out.append((aux, elf.dynstr(name)))
            if not next_aux:
                break
            aux += next_aux
        if not vd_next:
            break
        at += vd_next
    return out


def _string_fields(elf):
    """Every (file offset, byte size) field that holds a .dynstr offset."""
    fields = []
    symtab = elf.file_offset(elf.dyn[DT_SYMTAB])
    for i in range(elf.dynamic_symbol_count()):
        fields.append((symtab + SYM_SIZE * i, 4))
    for tag, _value, off in elf.dynamic:
        if tag in _STRING_TAGS:
            fields.append((off + 8, 8))
    for need in elf.version_needs():
        fields.append((need["offset"] + 4, 4))
        for aux_off, _other, _name in need["aux"]:
            fields.append((aux_off + 8, 4))
    for aux_off, _name in _version_definitions(elf):
        fields.append((aux_off, 4))
    return fields


def _read_field(data, off, size):
    return struct.unpack_from("<I" if size == 4 else "<Q", data, off)[0]


def _write_field(data, off, size, value):
    struct.pack_into("<I" if size == 4 else "<Q", data, off, value)


def _hot_names(elf):
    """Names the loader reads at start, in a useful order: dynamic-section
    and version strings, then the symbols of the remaining symbolic
    relocations (their names are hashed for the lookup, and a lookup that
    ends in this library compares the name), then V8's public names."""
    names = [elf.dynstr(v) for t, v, _o in elf.dynamic if t in _STRING_TAGS]
    for need in elf.version_needs():
        names.append(need["file"])
        names.extend(name for _a, _o, name in need["aux"])
    names.extend(name for _a, name in _version_definitions(elf))
    symbols = elf.symbols()
    relocs = elf.relocations(DT_RELA, DT_RELASZ) + elf.relocations(DT_JMPREL, DT_PLTRELSZ)
    names.extend(symbols[r.sym].name for r in relocs if r.sym)
    names.extend(s.name for s in symbols
                 if s.shndx != SHN_UNDEF and s.is_lookup_candidate() and _PUBLIC_V8.search(s.name))
    return names


def _space_after_dynsym(elf):
    """(file offset, address, size) of the unused bytes between the end of
    .dynsym and the next section, or None. --compact-dynsym leaves most of
    the old table there, as zeros; a library straight from the linker has
    only alignment padding."""
    dynsym = [s for s in elf.sections if s["type"] == 11]  # SHT_DYNSYM
    if len(dynsym) != 1:
        return None
    start = (dynsym[0]["offset"] + dynsym[0]["size"] + 7) & ~7
    following = [s["offset"] for s in elf.sections
                 if s["flags"] & 2 and s["type"] != 8 and s["offset"] >= start]
    if not following:
        return None
    size = min(following) - start
    addr = dynsym[0]["addr"] + (start - dynsym[0]["offset"])
    if size <= 0 or elf.file_offset(addr, size) != start or any(elf.data[start:start + size]):
        return None
    return start, addr, size


def rebuild_dynstr(elf, data, hot_first, extra=()):
    """Rewrites .dynstr: the empty string, the hot names (when `hot_first`),
    `extra`, then every other referenced string in its original order;
    updates every reference. In place, except that with `hot_first` it
    moves right after .dynsym when the space there holds it (after
    --compact-dynsym): the tables the loader reads then sit together, in
    one 2 MB stretch of the file (README.md). Returns (new size, hot bytes,
    offsets of `extra`)."""
    strtab = elf.file_offset(elf.dyn[DT_STRTAB])
    strsz = elf.dyn[DT_STRSZ]
    fields = _string_fields(elf)
    raw = elf.data[strtab:strtab + strsz]

    def string_at(value):
        if value >= strsz:
            raise CompactError("string offset %d beyond DT_STRSZ" % value)
        return raw[value:raw.index(b"\0", value)]

    old_values = [_read_field(elf.data, off, size) for off, size in fields]
    order = []  # every string, hot ones first, each once
    seen = {b""}

    def want(s):
        if s not in seen:
            seen.add(s)
            order.append(s)

    if hot_first:
        for name in _hot_names(elf):
            want(name.encode("utf-8", "surrogateescape"))
    for name in extra:
        want(name.encode())
    hot_count = len(order)
    for value in sorted(set(old_values)):
        want(string_at(value))
    # A string that ends another one is stored as that one's tail, as the
    # linker does: sorted by reversed bytes, a string's longest host is
    # the entry just before it (descending), or that entry's host.
    host = {}
    previous = None
    for s in sorted(order, key=lambda x: x[::-1], reverse=True):
        if previous is not None and previous.endswith(s):
            host[s] = host[previous]
        else:
            host[s] = s
        previous = s
    table = bytearray(b"\0")
    placed = {b"": 0}
    hot_bytes = 1
    for i, s in enumerate(order):
        h = host[s]
        if h not in placed:
            placed[h] = len(table)
            table.extend(h + b"\0")
        placed[s] = placed[h] + len(h) - len(s)
        if i + 1 == hot_count:
            hot_bytes = len(table)
    if len(table) > strsz:
        raise CompactError("the rebuilt .dynstr (%d bytes) does not fit in %d" %
                           (len(table), strsz))
    data[strtab:strtab + strsz] = bytes(table) + bytes(strsz - len(table))
    section = elf.section(".dynstr")
    space = _space_after_dynsym(elf) if hot_first else None
    if space is not None and len(table) <= space[2]:
        start, addr, _size = space
        data[strtab:strtab + strsz] = bytes(strsz)
        data[start:start + len(table)] = table
        _set_dynamic(elf, data, DT_STRTAB, addr)
        if section is not None:
            struct.pack_into("<QQ", data, section["header_offset"] + 16, addr, start)
    for (off, size), value in zip(fields, old_values):
        _write_field(data, off, size, placed[string_at(value)])
    _set_dynamic(elf, data, DT_STRSZ, len(table))
    if section is not None:
        struct.pack_into("<Q", data, section["header_offset"] + 32, len(table))
    return len(table), hot_bytes, {name: placed[name.encode()] for name in extra}


def _set_dynamic(elf, data, tag, value):
    off = elf.dynamic_entry_offset(tag)
    if off is None:
        raise CompactError("no dynamic tag %#x" % tag)
    struct.pack_into("<Q", data, off + 8, value)


def _verneed_space(elf):
    """(file offset, address, size) of the bytes .gnu.version_r may use:
    its section, and the gap before it back to the end of the previous
    section. --drop-needed leaves the dropped entries there, outside the
    section, and nothing refers to them."""
    section = elf.section(".gnu.version_r")
    if section is None:
        raise CompactError("no .gnu.version_r section")
    start = 0
    for other in elf.sections:
        end = other["offset"] + other["size"]
        if other["type"] != 8 and other["flags"] & 2 and end <= section["offset"]:
            start = max(start, end)  # SHT_NOBITS excluded; SHF_ALLOC only
    start = (start + 7) & ~7
    if section["offset"] - start > 4096:
        start = section["offset"]
    addr = section["addr"] - (section["offset"] - start)
    return start, addr, section["offset"] + section["size"] - start


def _add_relr_version(elf, data, name_offset):
    """Rewrites .gnu.version_r in place with one more Vernaux in libc.so.6's
    entry: GLIBC_ABI_DT_RELR, with a version index no symbol uses. glibc
    2.36 (elf/dl-version.c) refuses an object with DT_RELR, a version need
    section and a DT_NEEDED on libc.so.* unless one of its Vernaux entries
    has that name (and vna_hash 0xfd0e42), and libc.so.6 defines it."""
    section = elf.section(".gnu.version_r")
    needs = elf.version_needs()
    if section is None or not needs:
        raise CompactError("no version needs to add %s to" % RELR_VERSION)
    if LIBC not in [n["file"] for n in needs]:
        raise CompactError("no version need on %s to add %s to" % (LIBC, RELR_VERSION))
    if any(name == RELR_VERSION for n in needs for _a, _o, name in n["aux"]):
        raise CompactError("already needs %s" % RELR_VERSION)
    others = []
    entries = []
    for need in needs:
        aux = []
        for aux_off, other, _name in need["aux"]:
            # `data`: rebuild_dynstr has already moved the names.
            vna_hash, flags, _other, vna_name, _next = struct.unpack_from(
                "<IHHII", data, aux_off)
            aux.append((vna_hash, flags, other, vna_name))
            others.append(other & 0x7FFF)
        version, _cnt, vn_file, _vn_aux, _vn_next = struct.unpack_from(
            "<HHIII", data, need["offset"])
        entries.append((version, vn_file, need["file"], aux))
    new_index = max(others) + 1
    blob = bytearray()
    for i, (version, vn_file, file, aux) in enumerate(entries):
        if file == LIBC:
            aux = aux + [(elf_hash(RELR_VERSION), 0, new_index, name_offset)]
        last = i + 1 == len(entries)
        blob += struct.pack("<HHIII", version, len(aux), vn_file, 16,
                            0 if last else 16 + 16 * len(aux))
        for j, (vna_hash, flags, other, vna_name) in enumerate(aux):
            blob += struct.pack("<IHHII", vna_hash, flags, other, vna_name,
                                0 if j + 1 == len(aux) else 16)
    start, addr, size = _verneed_space(elf)
    if len(blob) > size:
        raise CompactError(".gnu.version_r has no room for one more entry")
    data[start:start + size] = bytes(blob) + bytes(size - len(blob))
    _set_dynamic(elf, data, DT_VERNEED, addr)
    struct.pack_into("<QQQ", data, section["header_offset"] + 16, addr, start, len(blob))
    return new_index


def pack_relr(elf, data):
    """Moves packable RELATIVE relocations from .rela.dyn to a DT_RELR table
    placed in the bytes they free. Returns the counts."""
    d = elf.dyn
    rela = elf.relocations(DT_RELA, DT_RELASZ)
    plt = elf.relocations(DT_JMPREL, DT_PLTRELSZ)
    if d[DT_RELA] + d[DT_RELASZ] != d[DT_JMPREL]:
        raise CompactError(".rela.plt does not directly follow .rela.dyn")
    if DT_RELR in d:
        raise CompactError("already has DT_RELR")
    packed, kept_relative, other = [], [], []
    for r in rela:
        if r.type != R_X86_64_RELATIVE:
            other.append(r)
        elif r.offset % 8 == 0 and _file_backed_writable(elf, r.offset):
            packed.append(r)
        else:
            kept_relative.append(r)
    packed.sort(key=lambda r: r.offset)
    for r in packed:
        # RELR adds the load address to the word in place: the addend goes
        # there (RELA ignored that word).
        struct.pack_into("<q", data, elf.file_offset(r.offset, 8), r.addend)
    relr = encode_relr([r.offset for r in packed])
    if decode_relr(relr) != [r.offset for r in packed]:
        raise CompactError("internal error: RELR encoding does not round-trip")
    region = elf.file_offset(d[DT_RELA], d[DT_RELASZ] + d[DT_PLTRELSZ])
    total = d[DT_RELASZ] + d[DT_PLTRELSZ]
    new_rela = kept_relative + other
    blob = b"".join(r.pack() for r in new_rela + plt)
    relr_at = len(blob)
    blob += b"".join(struct.pack("<Q", e) for e in relr)
    if len(blob) > total:
        raise CompactError("the RELR table does not fit in the space it frees")
    data[region:region + total] = blob + bytes(total - len(blob))
    relasz = len(new_rela) * RELA_SIZE
    _set_dynamic(elf, data, DT_RELASZ, relasz)
    _set_dynamic(elf, data, DT_JMPREL, d[DT_RELA] + relasz)
    if DT_RELACOUNT in d:
        _set_dynamic(elf, data, DT_RELACOUNT, len(kept_relative))
    _add_dynamic(elf, data, [(DT_RELR, d[DT_RELA] + relr_at), (DT_RELRSZ, 8 * len(relr)),
                             (DT_RELRENT, 8)])
    dyn_sec, plt_sec = elf.section(".rela.dyn"), elf.section(".rela.plt")
    struct.pack_into("<Q", data, dyn_sec["header_offset"] + 32, relasz)
    struct.pack_into("<QQ", data, plt_sec["header_offset"] + 16, d[DT_RELA] + relasz,
                     dyn_sec["offset"] + relasz)
    return {"packed": len(packed), "kept_relative": len(kept_relative),
            "relr_entries": len(relr), "rela_bytes_before": d[DT_RELASZ],
            "rela_bytes_after": relasz, "relr_bytes": 8 * len(relr)}


def _file_backed_writable(elf, vaddr):
    for p in elf.loads:
        if p["vaddr"] <= vaddr and vaddr + 8 <= p["vaddr"] + p["filesz"]:
            return bool(p["flags"] & PF_W)
    return False


def _add_dynamic(elf, data, entries):
    """Writes `entries` over the DT_NULL that ends the dynamic array and
    the spare DT_NULL slots after it; one DT_NULL must remain after them."""
    dynamic = [p for p in elf.phdrs if p["type"] == PT_DYNAMIC][0]
    slots = dynamic["filesz"] // 16
    first_null = len(elf.dynamic) - 1
    if elf.dynamic[first_null][0] != DT_NULL:
        raise CompactError("the dynamic array does not end in DT_NULL")
    if first_null + len(entries) + 1 > slots:
        raise CompactError("the dynamic section has %d free slots, %d are needed (link "
                           "with a larger -Wl,--spare-dynamic-tags)" %
                           (slots - first_null - 1, len(entries)))
    for i in range(first_null, first_null + len(entries) + 1):
        if data[dynamic["offset"] + 16 * i:dynamic["offset"] + 16 * i + 16] != bytes(16):
            raise CompactError("dynamic slot %d is not an empty DT_NULL" % i)
    for i, (tag, value) in enumerate(entries):
        struct.pack_into("<qQ", data, dynamic["offset"] + 16 * (first_null + i), tag, value)


def compact(elf, order_dynstr, relr):
    """Returns (new bytes, report dict)."""
    data = bytearray(elf.data)
    info = {}
    if order_dynstr or relr:
        size, hot, extra = rebuild_dynstr(elf, data, order_dynstr,
                                          [RELR_VERSION] if relr else [])
        info["dynstr"] = {"size_before": elf.dyn[DT_STRSZ], "size_after": size,
                          "ordered": order_dynstr, "hot_bytes": hot}
        if relr:
            index = _add_relr_version(elf, data, extra[RELR_VERSION])
            info["relr_version_index"] = index
    if relr:
        info["relr"] = pack_relr(elf, data)
    return bytes(data), info


def verify(old, new_bytes, path, relr):
    """Checks the result against the input: same symbols, versions, dynamic
    strings, relocations (RELR ones with their addend in place), and no
    other byte changed."""
    new = Elf64(path, data=new_bytes)
    if [(s.name, s.info, s.other, s.shndx, s.value, s.size) for s in old.symbols()] != [
            (s.name, s.info, s.other, s.shndx, s.value, s.size) for s in new.symbols()]:
        raise CompactError("verification: the symbol table changed")
    if old.symbol_versions() != new.symbol_versions():
        raise CompactError("verification: symbol versions changed")
    if (old.needed, old.soname, old.runpath, old.rpath) != (
            new.needed, new.soname, new.runpath, new.rpath):
        raise CompactError("verification: DT_NEEDED, SONAME or RUNPATH changed")

    def needs(elf):
        return [(n["file"], [(o, name) for _a, o, name in n["aux"]]) for n in elf.version_needs()]
    expected = needs(old)
    if relr:
        index = max(o & 0x7FFF for _f, aux in expected for o, _n in aux) + 1
        expected = [(f, aux + [(index, RELR_VERSION)] if f == LIBC else aux)
                    for f, aux in expected]
        relr_aux = [a for n in new.version_needs() for a in n["aux"] if a[2] == RELR_VERSION]
        if len(relr_aux) != 1 or struct.unpack_from("<I", new_bytes, relr_aux[0][0])[0] != \
                0xFD0E42:
            raise CompactError("verification: the GLIBC_ABI_DT_RELR need is wrong")
    if needs(new) != expected:
        raise CompactError("verification: version needs changed wrongly")
    if [n for _a, n in _version_definitions(old)] != [n for _a, n in _version_definitions(new)]:
        raise CompactError("verification: version definitions changed")

    changed = {DT_STRTAB, DT_STRSZ, DT_RELASZ, DT_JMPREL, DT_RELACOUNT, DT_VERNEED} | _STRING_TAGS
    old_dyn = [(t, v) for t, v, _o in old.dynamic]
    new_dyn = [(t, v) for t, v, _o in new.dynamic]
    added = [DT_RELR, DT_RELRSZ, DT_RELRENT] if relr else []
    if [t for t, _v in new_dyn] != [t for t, _v in old_dyn[:-1]] + added + [DT_NULL]:
        raise CompactError("verification: dynamic tags changed wrongly")
    for (t, v), (_t, nv) in zip(old_dyn[:-1], new_dyn):
        if t not in changed and v != nv:
            raise CompactError("verification: dynamic tag %#x changed" % t)

    old_rela = old.relocations(DT_RELA, DT_RELASZ)
    old_plt = old.relocations(DT_JMPREL, DT_PLTRELSZ)
    new_rela = new.relocations(DT_RELA, DT_RELASZ)
    new_plt = new.relocations(DT_JMPREL, DT_PLTRELSZ)
    if [r.pack() for r in old_plt] != [r.pack() for r in new_plt]:
        raise CompactError("verification: .rela.plt changed")
    packed = relr_offsets(new)
    if len(set(packed)) != len(packed):
        raise CompactError("verification: RELR relocates a word twice")
    packed_set = set(packed)
    words = []
    for r in old_rela:
        if r.offset in packed_set:
            if r.type != R_X86_64_RELATIVE:
                raise CompactError("verification: a non-RELATIVE relocation went to RELR")
            if struct.unpack_from("<q", new_bytes, new.file_offset(r.offset, 8))[0] != r.addend:
                raise CompactError("verification: addend at %#x not in place" % r.offset)
            if not _file_backed_writable(new, r.offset):
                raise CompactError("verification: RELR at %#x outside writable file data" %
                                   r.offset)
            words.append(r.offset)
    if len(words) != len(packed):
        raise CompactError("verification: RELR relocates words no relocation did")
    rest = [r for r in old_rela if r.offset not in packed_set]
    rest = ([r for r in rest if r.type == R_X86_64_RELATIVE] +
            [r for r in rest if r.type != R_X86_64_RELATIVE])
    if [r.pack() for r in rest] != [r.pack() for r in new_rela]:
        raise CompactError("verification: .rela.dyn changed wrongly")
    count = new.dyn.get(DT_RELACOUNT, 0)
    if any(r.type != R_X86_64_RELATIVE for r in new_rela[:count]) or (
            count < len(new_rela) and new_rela[count].type == R_X86_64_RELATIVE):
        raise CompactError("verification: DT_RELACOUNT is wrong")

    # No byte changed outside the rewritten tables and the relocated words.
    allowed = []
    for name in (".dynstr", ".gnu.version_r"):
        s = old.section(name)
        allowed.append((s["offset"], s["offset"] + s["size"]))
        allowed.append((s["header_offset"], s["header_offset"] + 64))
    # .dynstr may have moved into the free space after .dynsym.
    if new.dyn[DT_STRTAB] != old.dyn[DT_STRTAB]:
        space = _space_after_dynsym(old)
        at = new.file_offset(new.dyn[DT_STRTAB], new.dyn[DT_STRSZ])
        if space is None or not (space[0] <= at and at + new.dyn[DT_STRSZ] <=
                                 space[0] + space[2]) or at - space[0] != (
                                     new.dyn[DT_STRTAB] - space[1]):
            raise CompactError("verification: .dynstr moved outside the free space")
        allowed.append((at, at + new.dyn[DT_STRSZ]))
    if relr:
        start, _addr, size = _verneed_space(old)
        allowed.append((start, start + size))
    region = old.file_offset(old.dyn[DT_RELA])
    allowed.append((region, region + old.dyn[DT_RELASZ] + old.dyn[DT_PLTRELSZ]))
    for name in (".rela.dyn", ".rela.plt"):
        h = old.section(name)["header_offset"]
        allowed.append((h, h + 64))
    dynamic = [p for p in old.phdrs if p["type"] == PT_DYNAMIC][0]
    allowed.append((dynamic["offset"], dynamic["offset"] + dynamic["filesz"]))
    symtab = old.file_offset(old.dyn[DT_SYMTAB])
    for i in range(old.dynamic_symbol_count()):
        allowed.append((symtab + SYM_SIZE * i, symtab + SYM_SIZE * i + 4))
    for aux_off, _name in _version_definitions(old):
        allowed.append((aux_off, aux_off + 4))
    for offset in packed:
        at = old.file_offset(offset, 8)
        allowed.append((at, at + 8))
    problem = changed_outside(old.data, new_bytes, allowed)
    if problem is not None:
        raise CompactError("verification: " + problem)


__all__ = ["CompactError", "compact", "verify", "relr_offsets", "encode_relr",
           "decode_relr", "elf_hash"]
