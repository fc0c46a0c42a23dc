"""Gathers the small tables the loader reads into the space --compact-dynsym
freed (--gather-tables; README.md, "A smaller dynamic symbol table").

After --compact-dynsym and --order-dynstr, .gnu.hash, .dynsym and .dynstr
sit together at the start of the file, but .gnu.version, .gnu.version_r and
the relocation tables (.rela.dyn, .rela.plt and the DT_RELR table after
them) stay where the linker put them, 6.5 MB further on. When the page cache
holds the file in 2 MB folios (a file just written in one go, as the build
writes this one), the kernel maps each 2 MB stretch the loader touches as
one huge page, so those few KB cost a whole 2 MB of resident memory. This
step moves them, unchanged, to right after .dynstr, into zeros nothing
uses; only the dynamic tags that give their addresses and their section
headers change. verify() checks that.
"""

import struct

from elf64 import (
    DT_JMPREL, DT_PLTRELSZ, DT_RELA, DT_RELASZ, DT_RELR, DT_RELRSZ, DT_STRSZ, DT_STRTAB,
    DT_VERNEED, DT_VERSYM, PT_DYNAMIC, Elf64, changed_outside)

SHT_NOBITS = 8
SHF_ALLOC = 2


class LayoutError(Exception):
    pass


def _blocks(elf):
    """The tables to move, as (name, address, size, alignment, [(dynamic
    tag, its offset from the block's start)], [section names]): each block
    moves as a whole, so the tags inside it move together."""
    d = elf.dyn
    blocks = []
    if DT_VERSYM in d:
        count = elf.dynamic_symbol_count()
        blocks.append((".gnu.version", d[DT_VERSYM], 2 * count, 2, [(DT_VERSYM, 0)],
                       [".gnu.version"]))
    if DT_VERNEED in d:
        section = elf.section(".gnu.version_r")
        if section is None or section["addr"] != d[DT_VERNEED]:
            raise LayoutError("%s: .gnu.version_r does not match DT_VERNEED" % elf.path)
        blocks.append((".gnu.version_r", d[DT_VERNEED], section["size"], 8, [(DT_VERNEED, 0)],
                       [".gnu.version_r"]))
    if DT_RELA in d:
        # .rela.dyn, then .rela.plt right after it, then the RELR table
        # (compact.pack_relr lays them out so).
        start = d[DT_RELA]
        end = start + d[DT_RELASZ]
        tags = [(DT_RELA, 0)]
        if DT_JMPREL in d:
            if d[DT_JMPREL] != end:
                raise LayoutError("%s: .rela.plt does not follow .rela.dyn" % elf.path)
            tags.append((DT_JMPREL, end - start))
            end += d.get(DT_PLTRELSZ, 0)
        if DT_RELR in d:
            if d[DT_RELR] < end or d[DT_RELR] - end > 16:
                raise LayoutError("%s: the RELR table does not follow .rela.plt" % elf.path)
            tags.append((DT_RELR, d[DT_RELR] - start))
            end = d[DT_RELR] + d.get(DT_RELRSZ, 0)
        blocks.append(("relocations", start, end - start, 8, tags, [".rela.dyn", ".rela.plt"]))
    return blocks


def _free_space(elf):
    """(address, file offset, size) of the zeros between the end of .dynstr
    and the next allocated section, or None."""
    strtab = elf.dyn.get(DT_STRTAB)
    if strtab is None:
        return None
    start = elf.file_offset(strtab, elf.dyn[DT_STRSZ]) + elf.dyn[DT_STRSZ]
    following = [s["offset"] for s in elf.sections
                 if s["flags"] & SHF_ALLOC and s["type"] != SHT_NOBITS and
                 s["offset"] >= start and s["size"]]
    if not following:
        return None
    size = min(following) - start
    addr = strtab + elf.dyn[DT_STRSZ]
    if size <= 0 or elf.file_offset(addr, size) != start or any(elf.data[start:start + size]):
        return None
    return addr, start, size


def gather(elf):
    """Returns (new bytes, report dict); the bytes are unchanged (and the
    report says why) when there is no room."""
    space = _free_space(elf)
    blocks = _blocks(elf)
    if space is None:
        return elf.data, {"moved": [], "why_not": "no free space after .dynstr"}
    addr, offset, size = space
    placed = []
    at = addr
    for block in blocks:
        _name, old_addr, length, align, _tags, _sections = block
        at = (at + align - 1) & ~(align - 1)
        placed.append((block, at))
        at += length
    if at > addr + size:
        return elf.data, {"moved": [], "why_not": "the tables (%d bytes) do not fit in %d" %
                          (at - addr, size)}
    data = bytearray(elf.data)
    for (name, old_addr, length, _align, tags, sections), new_addr in placed:
        old_off = elf.file_offset(old_addr, length)
        new_off = offset + (new_addr - addr)
        contents = elf.data[old_off:old_off + length]
        data[old_off:old_off + length] = bytes(length)
        data[new_off:new_off + length] = contents
        for tag, delta in tags:
            struct.pack_into("<Q", data, elf.dynamic_entry_offset(tag) + 8, new_addr + delta)
        for section_name in sections:
            section = elf.section(section_name)
            if section is None:
                continue
            shift = section["addr"] - old_addr
            struct.pack_into("<QQ", data, section["header_offset"] + 16, new_addr + shift,
                             new_off + shift)
    return bytes(data), {"moved": [name for (name, *_rest), _a in placed],
                         "from": "%#x" % min(b[1] for b in blocks) if blocks else None,
                         "to": "%#x" % addr, "bytes": at - addr}


def verify(old, new_bytes, path):
    """Every moved table holds the same bytes at its new address; only the
    tags naming them changed in the dynamic section; the old places are
    zeros; nothing else changed."""
    new = Elf64(path, data=new_bytes)
    old_blocks = {b[0]: b for b in _blocks(old)}
    new_blocks = {b[0]: b for b in _blocks(new)}
    if set(old_blocks) != set(new_blocks):
        raise LayoutError("verification: the tables changed")
    allowed = []
    moved_tags = set()
    for name, (_n, old_addr, length, _a, tags, sections) in old_blocks.items():
        _n2, new_addr, new_length, _a2, new_tags, _s = new_blocks[name]
        if new_length != length or [d for _t, d in new_tags] != [d for _t, d in tags]:
            raise LayoutError("verification: %s changed size or shape" % name)
        old_off, new_off = old.file_offset(old_addr, length), new.file_offset(new_addr, length)
        if old.data[old_off:old_off + length] != new_bytes[new_off:new_off + length]:
            raise LayoutError("verification: %s's bytes changed" % name)
        if new_addr != old_addr:
            if any(new_bytes[old_off:old_off + length]) and not (
                    new_off < old_off + length and old_off < new_off + length):
                raise LayoutError("verification: %s's old place is not zeros" % name)
            allowed += [(old_off, old_off + length), (new_off, new_off + length)]
            moved_tags.update(t for t, _d in tags)
            for section_name in sections:
                section = old.section(section_name)
                if section is not None:
                    h = section["header_offset"]
                    allowed.append((h + 16, h + 32))
    old_dyn = [(t, v) for t, v, _o in old.dynamic]
    new_dyn = [(t, v) for t, v, _o in new.dynamic]
    if [t for t, _v in old_dyn] != [t for t, _v in new_dyn] or any(
            ov != nv for (t, ov), (_t, nv) in zip(old_dyn, new_dyn) if t not in moved_tags):
        raise LayoutError("verification: the dynamic section changed wrongly")
    dynamic = [p for p in old.phdrs if p["type"] == PT_DYNAMIC][0]
    allowed.append((dynamic["offset"], dynamic["offset"] + dynamic["filesz"]))
    # The loader's view: the same relocations, versions and version needs.
    for tag, size_tag in ((DT_RELA, DT_RELASZ), (DT_JMPREL, DT_PLTRELSZ)):
        if [r.pack() for r in old.relocations(tag, size_tag)] != [
                r.pack() for r in new.relocations(tag, size_tag)]:
            raise LayoutError("verification: relocations changed")
    if old.symbol_versions() != new.symbol_versions():
        raise LayoutError("verification: symbol versions changed")
    shape = [(n["file"], [(o, nm) for _a, o, nm in n["aux"]]) for n in old.version_needs()]
    if shape != [(n["file"], [(o, nm) for _a, o, nm in n["aux"]]) for n in new.version_needs()]:
        raise LayoutError("verification: version needs changed")
    problem = changed_outside(old.data, new_bytes, allowed)
    if problem is not None:
        raise LayoutError("verification: " + problem)


__all__ = ["LayoutError", "gather", "verify"]
