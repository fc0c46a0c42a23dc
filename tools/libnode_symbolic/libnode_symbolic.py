#!/usr/bin/env python3
"""Rewrite a copy of an ELF64 x86-64 shared library as if linked -Bsymbolic.

    libnode_symbolic.py --input libnode.so.108 --output out/libnode.so.108
        [--keep-defined-by LIB]... [--keep-symbols FILE] [--report FILE.json]
        [--drop-needed LIB]... [--trap-symbol abort] [--program-provides NAME]...
        [--compact-dynsym] [--dynsym-keep NAME]... [--order-dynstr] [--pack-relr]
        [--gather-tables]

Every dynamic relocation R_X86_64_64, R_X86_64_GLOB_DAT or R_X86_64_JUMP_SLOT
whose symbol the library itself defines, and which the dynamic loader would
therefore resolve to the library's own definition anyway, becomes
R_X86_64_RELATIVE with addend st_value + r_addend. The loader then writes the
address without a symbol lookup.

With --drop-needed, a library the input lists in DT_NEEDED is removed from
it (and from the version needs), and every relocation against a function that
library defines becomes R_X86_64_RELATIVE pointing at the PLT stub of
--trap-symbol (abort): code that would have called into the dropped library
stops the process instead, except the functions named with
--program-provides: those references stay symbolic, for the program to
define (the few libnode calls while it loads).

--compact-dynsym then drops from the dynamic symbol table every symbol that
nothing can look up any more (dynsym.py), and --order-dynstr and
--pack-relr lay out the result so that the loader reads fewer pages
(compact.py); --gather-tables moves the small tables it reads next to
those (layout.py). See README.md in this folder for the rules,
the glibc details and what a program must not do to stay correct.

Python 3 standard library only. Anything not understood is an error (exit 1)
and no output file is written.
"""

import argparse
import hashlib
import json
import os
import re
import struct
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))

import compact  # noqa: E402
import dynsym  # noqa: E402
import layout  # noqa: E402
from elf64 import (  # noqa: E402
    DF_1_NOW, DF_BIND_NOW, DF_SYMBOLIC, DF_TEXTREL, DT_BIND_NOW, DT_FLAGS, DT_FLAGS_1,
    DT_JMPREL, DT_NEEDED, DT_NULL, DT_PLTREL, DT_PLTRELSZ, DT_RELA, DT_RELACOUNT,
    DT_RELAENT, DT_RELASZ, DT_SYMBOLIC, DT_SYMTAB, DT_TEXTREL, DT_VERNEED, DT_VERNEEDNUM,
    DT_VERSYM, ET_DYN, PT_INTERP, RELA_SIZE, R_X86_64_64, R_X86_64_DTPMOD64,
    R_X86_64_DTPOFF64, R_X86_64_GLOB_DAT, R_X86_64_IRELATIVE, R_X86_64_JUMP_SLOT,
    R_X86_64_NONE, R_X86_64_RELATIVE, R_X86_64_TPOFF64, SHN_LORESERVE, SHN_UNDEF,
    STB_GLOBAL, STB_GNU_UNIQUE, STB_WEAK, STT_FUNC, STT_GNU_IFUNC, STT_OBJECT, STT_TLS,
    STV_DEFAULT, Elf64, ElfError, Rela, changed_outside, reloc_name)

PF_W = 2

# Relocation types this tool reads in .rela.dyn and leaves as they are.
_KEPT_TYPES_DYN = {R_X86_64_NONE, R_X86_64_64, R_X86_64_GLOB_DAT, R_X86_64_RELATIVE,
                   R_X86_64_DTPMOD64, R_X86_64_DTPOFF64, R_X86_64_TPOFF64,
                   R_X86_64_IRELATIVE}
_CONVERTIBLE_TYPES = {R_X86_64_64, R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT}

# Weak (COMDAT) definitions are inline functions, template instances, vtables
# and typeinfo. A program compiled against the same public headers can emit
# the same symbol, and then the loader picks the program's copy for every
# reference in the library (thaw itself exports std::vector<std::string>
# members and v8::TracingController's destructors this way). Only weak
# definitions whose mangled name involves v8::internal or v8::base (which
# V8's public headers do not define out of line) or node:: (Node's C++ API,
# which thaw does not use) are converted; every other weak definition keeps
# its symbolic relocation. check_binary.py catches a program that defines
# one of the converted ones anyway; --keep-symbols then keeps it.
_INTERNAL_NAMESPACE = re.compile(r"(?<![0-9])(?:2v88internal|2v84base|4node)(?=[0-9A-Z_]|$)")


class RewriteError(Exception):
    pass


def weak_is_internal(name):
    return bool(_INTERNAL_NAMESPACE.search(name))


def defined_names(path):
    """Names the loader could bind to in the shared object at `path`."""
    elf = Elf64(path)
    names = set()
    for sym in elf.symbols():
        if sym.shndx != SHN_UNDEF and sym.is_lookup_candidate():
            names.add(sym.name)
    return elf, names


def read_keep_file(path):
    names = set()
    with open(path) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                names.add(line)
    return names


def _flag_set(dyn, tag, bit):
    return tag in dyn and (dyn[tag] & bit) != 0


def check_supported(elf):
    """Refuses libraries whose relocation layout this tool does not handle."""
    d = elf.dyn
    if elf.e_type != ET_DYN or not d:
        raise RewriteError("%s: not a shared library with a dynamic section" % elf.path)
    if any(p["type"] == PT_INTERP for p in elf.phdrs):
        raise RewriteError("%s: is an executable (has PT_INTERP), not a shared library" %
                           elf.path)
    if DT_TEXTREL in d or _flag_set(d, DT_FLAGS, DF_TEXTREL):
        raise RewriteError("%s: has text relocations" % elf.path)
    if DT_SYMBOLIC in d or _flag_set(d, DT_FLAGS, DF_SYMBOLIC):
        raise RewriteError("%s: is already linked -Bsymbolic (DT_SYMBOLIC)" % elf.path)
    for tag in (DT_RELA, DT_RELASZ, DT_JMPREL, DT_PLTRELSZ, DT_PLTREL):
        if tag not in d:
            raise RewriteError("%s: dynamic tag %#x is missing" % (elf.path, tag))
    if d.get(DT_RELAENT) != RELA_SIZE:
        raise RewriteError("%s: DT_RELAENT is not 24" % elf.path)
    if d[DT_PLTREL] != DT_RELA:
        raise RewriteError("%s: DT_PLTREL is not DT_RELA" % elf.path)
    if d[DT_RELA] + d[DT_RELASZ] != d[DT_JMPREL]:
        # glibc handles other layouts too, but moving entries from .rela.plt
        # to .rela.dyn is only simple when one directly follows the other.
        raise RewriteError("%s: .rela.plt does not directly follow .rela.dyn "
                           "(DT_RELA %#x + DT_RELASZ %#x != DT_JMPREL %#x)" %
                           (elf.path, d[DT_RELA], d[DT_RELASZ], d[DT_JMPREL]))
    for name, addr, size in ((".rela.dyn", d[DT_RELA], d[DT_RELASZ]),
                             (".rela.plt", d[DT_JMPREL], d[DT_PLTRELSZ])):
        sec = elf.section(name)
        if sec is None or sec["addr"] != addr or sec["size"] != size:
            raise RewriteError("%s: section %s does not match the dynamic section" %
                               (elf.path, name))
        if elf.file_offset(addr, max(size, 1)) != sec["offset"]:
            raise RewriteError("%s: section %s file offset does not match its address" %
                               (elf.path, name))
    if elf.section(".plt") is None:
        raise RewriteError("%s: no .plt section" % elf.path)
    if elf.section(".plt.sec") is not None:
        raise RewriteError("%s: has .plt.sec (IBT PLT), whose layout this tool does not "
                           "handle" % elf.path)


def _writable(elf, vaddr):
    seg = elf.segment_of(vaddr, 8)
    return seg is not None and (seg["flags"] & PF_W)


class Plan(object):
    """What to do with each relocation, before any byte is written."""

    def __init__(self):
        self.relative = []      # Rela, all R_X86_64_RELATIVE (old and new)
        self.other_dyn = []     # Rela kept in .rela.dyn, in the original order
        self.plt = []           # (original index, Rela) kept in .rela.plt
        self.converted_plt_indices = []
        self.converted_names = set()
        self.converted_by_type = {}
        self.kept_reasons = {}
        self.kept_names = {}    # name -> reason, for symbols the library defines
        # --drop-needed: what goes, and where its callers are sent instead.
        self.dropped_needed = []      # SONAMEs removed from DT_NEEDED
        self.trap_address = None      # the --trap-symbol PLT stub
        self.redirected = {}          # name -> SONAME of the dropped library
        self.redirected_by_type = {}
        self.redirected_count = 0
        self.weak_dropped = {}        # weak references left for the loader (-> 0)
        self.versym_reset = []        # symbol indices whose version is dropped
        self.weakened = []            # undefined symbol indices made STB_WEAK
        self.dropped_version_files = set()
        self.provided = {}            # name -> SONAME: left for the program to define
        self.provided_count = 0

    def keep(self, reason, name=None):
        self.kept_reasons[reason] = self.kept_reasons.get(reason, 0) + 1
        if name is not None:
            self.kept_names.setdefault(name, reason)


def _trap_address(elf, plt_relocs, symbols, trap_symbol, dropped, version_file):
    """The address of the PLT stub through which the library calls
    `trap_symbol` (abort). The stub jumps through the symbol's own GOT slot,
    which stays symbolic, so it reaches the real function under eager and
    lazy binding alike, whatever the arguments."""
    _plt_stubs(elf)  # checks every stub's shape first
    found = [r for r in plt_relocs if symbols[r.sym].name == trap_symbol]
    if len(found) != 1:
        raise RewriteError("%s: --trap-symbol %s needs exactly one .rela.plt entry, found %d" %
                           (elf.path, trap_symbol, len(found)))
    r = found[0]
    sym = symbols[r.sym]
    if sym.shndx != SHN_UNDEF or sym.type not in (STT_FUNC, 0):
        raise RewriteError("%s: --trap-symbol %s must be a function the library imports" %
                           (elf.path, trap_symbol))
    if trap_symbol in dropped or version_file(sym) in dropped.files:
        raise RewriteError("%s: --trap-symbol %s comes from a dropped library" %
                           (elf.path, trap_symbol))
    initial = struct.unpack_from("<Q", elf.data, elf.file_offset(r.offset, 8))[0]
    return initial - 6  # the GOT slot's initial contents point at the stub's push


class Dropped(object):
    """The libraries given with --drop-needed: which names they define."""

    def __init__(self):
        self.files = set()   # SONAMEs
        self.defs = {}       # name -> (SONAME, symbol type)

    def add(self, soname, elf):
        self.files.add(soname)
        for sym in elf.symbols():
            if sym.shndx != SHN_UNDEF and sym.is_lookup_candidate():
                self.defs.setdefault(sym.name, (soname, sym.type))

    def __contains__(self, name):
        return name in self.defs


def plan_rewrite(elf, excluded, keep_names, dropped=None, trap_symbol="abort",
                 program_provides=()):
    """Decides every relocation. `excluded` maps a name to the library that
    defines it too; `keep_names` are names to keep for another reason;
    `dropped` (a Dropped) are libraries to remove from DT_NEEDED;
    `program_provides` are functions of dropped libraries whose references
    stay symbolic, for the program to define."""
    d = elf.dyn
    dropped = dropped or Dropped()
    program_provides = set(program_provides)
    for name in sorted(program_provides):
        if dropped.defs.get(name, (None, None))[1] not in (STT_FUNC, STT_GNU_IFUNC):
            raise RewriteError("--program-provides %s: not a function of a --drop-needed "
                               "library" % name)
    symbols = elf.symbols()
    versions = elf.symbol_versions()
    dyn_relocs = elf.relocations(DT_RELA, DT_RELASZ)
    plt_relocs = elf.relocations(DT_JMPREL, DT_PLTRELSZ)
    file_of_version = {}
    for need in elf.version_needs():
        for _off, other, _name in need["aux"]:
            file_of_version[other & 0x7FFF] = need["file"]

    def version_file(sym):
        if versions is None:
            return None
        return file_of_version.get(versions[sym.index] & 0x7FFF)

    relacount = d.get(DT_RELACOUNT, 0)
    if relacount > len(dyn_relocs) or any(
            r.type != R_X86_64_RELATIVE for r in dyn_relocs[:relacount]):
        raise RewriteError("%s: DT_RELACOUNT %d does not count leading RELATIVE "
                           "relocations" % (elf.path, relacount))

    seen_offsets = set()
    for r in dyn_relocs + plt_relocs:
        if r.offset in seen_offsets:
            raise RewriteError("%s: two relocations at %#x; reordering would not be safe" %
                               (elf.path, r.offset))
        seen_offsets.add(r.offset)
        if r.type != R_X86_64_NONE and not _writable(elf, r.offset):
            raise RewriteError("%s: relocation at %#x is not in a writable segment" %
                               (elf.path, r.offset))
        if r.sym >= len(symbols):
            raise RewriteError("%s: relocation at %#x names symbol %d of %d" %
                               (elf.path, r.offset, r.sym, len(symbols)))

    plan = Plan()
    plan.dropped_needed = [n for n in elf.needed if n in dropped.files]
    plan.dropped_version_files = {n["file"] for n in elf.version_needs()} & dropped.files
    if dropped.files:
        plan.trap_address = _trap_address(elf, plt_relocs, symbols, trap_symbol, dropped,
                                          version_file)
    for sym in symbols:
        if version_file(sym) in dropped.files:
            if sym.shndx != SHN_UNDEF:
                raise RewriteError("%s: %s is defined with a version of dropped %s" %
                                   (elf.path, sym.name, version_file(sym)))
            plan.versym_reset.append(sym.index)
    # Every reference to a dropped library's name stays in the symbol table
    # (rewriting .dynsym and its hash tables is not worth it), but becomes
    # weak: a linker that checks a shared library's undefined symbols when it
    # links a program against it (ld and gold do when they see all of the
    # library's DT_NEEDED) accepts a weak one that nothing defines, and the
    # loader never looks these up, since no relocation names them any more
    # (verify() checks).
    for sym in symbols:
        if (sym.index != 0 and sym.shndx == SHN_UNDEF and sym.bind == STB_GLOBAL and
                sym.name not in program_provides and
                (version_file(sym) in dropped.files or
                 (version_file(sym) is None and sym.name in dropped and
                  sym.name not in excluded))):
            plan.weakened.append(sym.index)

    def from_dropped(s):
        """The dropped library the loader would bind reference `s` to, or
        None. A versioned reference names its library; an unversioned one
        is bound by name, so it must not be defined by a kept library too
        (which of the two would win depends on load order)."""
        if s.shndx != SHN_UNDEF:
            return None
        vfile = version_file(s)
        if vfile is not None:
            if vfile not in dropped.files:
                return None
            if dropped.defs.get(s.name, (None,))[0] != vfile:
                raise RewriteError("%s: %s is needed from %s, which does not define it" %
                                   (elf.path, s.name, vfile))
            return vfile
        if s.name not in dropped:
            return None
        if s.name in excluded:
            raise RewriteError("%s: %s is defined by dropped %s and by kept %s" %
                               (elf.path, s.name, dropped.defs[s.name][0], excluded[s.name]))
        return dropped.defs[s.name][0]

    def redirect(r, s, lib):
        """A RELATIVE Rela sending `r` to the trap, or None for a weak
        reference, which the loader sets to 0 once `lib` is gone, as it
        would for any library that is not there."""
        if r.type not in _CONVERTIBLE_TYPES:
            raise RewriteError("%s: %s at %#x refers to %s from dropped %s; only GOT, PLT "
                               "and pointer relocations can be redirected" %
                               (elf.path, reloc_name(r.type), r.offset, s.name, lib))
        if s.name in program_provides:
            # Left as it is: the loader binds it to the program's definition
            # (the executable comes first in the lookup scope). The symbol
            # stays strong, so a program that lacks it fails to link, and
            # fails to load rather than run on without it.
            if s.bind == STB_WEAK:
                raise RewriteError("%s: --program-provides %s: the library refers to it "
                                   "weakly, so it runs without it; nothing to provide" %
                                   (elf.path, s.name))
            if s.type not in (STT_FUNC, 0) or r.addend != 0:
                raise RewriteError("%s: --program-provides %s: %s at %#x is not a plain "
                                   "reference to the function" %
                                   (elf.path, s.name, reloc_name(r.type), r.offset))
            plan.provided[s.name] = lib
            plan.provided_count += 1
            plan.keep("provided by the program (--program-provides)")
            return None
        if s.bind == STB_WEAK:
            plan.weak_dropped[s.name] = lib
            plan.keep("weak reference to a dropped library (the loader binds it to 0)")
            return None
        def_type = dropped.defs[s.name][1]
        if def_type not in (STT_FUNC, STT_GNU_IFUNC):
            # A variable cannot be replaced by a code address: the library
            # would read or write the trap's bytes. Refused rather than
            # guessed; no such reference exists in Debian's libnode.
            raise RewriteError("%s: %s at %#x refers to %s, a data object (type %d) of "
                               "dropped %s" % (elf.path, reloc_name(r.type), r.offset, s.name,
                                               def_type, lib))
        if r.addend != 0:
            raise RewriteError("%s: %s at %#x refers to %s%+d from dropped %s; only the "
                               "function's own address can be redirected" %
                               (elf.path, reloc_name(r.type), r.offset, s.name, r.addend, lib))
        plan.redirected[s.name] = lib
        key = reloc_name(r.type)
        plan.redirected_by_type[key] = plan.redirected_by_type.get(key, 0) + 1
        plan.redirected_count += 1
        return Rela(r.offset, R_X86_64_RELATIVE, plan.trap_address)

    def decide(r):
        """Returns a RELATIVE Rela for `r`, or None to keep `r`."""
        if r.sym != 0 and dropped.files:
            lib = from_dropped(symbols[r.sym])
            if lib is not None:
                return redirect(r, symbols[r.sym], lib)
        if r.type not in _CONVERTIBLE_TYPES:
            return None
        if r.sym == 0:
            raise RewriteError("%s: %s at %#x has no symbol" %
                               (elf.path, reloc_name(r.type), r.offset))
        if r.type in (R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT) and r.addend != 0:
            raise RewriteError("%s: %s at %#x has addend %d; glibc ignores it, this tool "
                               "does not guess" % (elf.path, reloc_name(r.type), r.offset,
                                                   r.addend))
        s = symbols[r.sym]
        if s.shndx == SHN_UNDEF:
            plan.keep("undefined in the library")
            return None
        if s.shndx >= SHN_LORESERVE:
            plan.keep("absolute or common symbol", s.name)
            return None
        if s.bind == STB_GNU_UNIQUE:
            plan.keep("STB_GNU_UNIQUE", s.name)
            return None
        if s.bind not in (STB_GLOBAL, STB_WEAK):
            plan.keep("local binding (bound without lookup)", s.name)
            return None
        if s.visibility != STV_DEFAULT:
            plan.keep("non-default visibility (bound without lookup)", s.name)
            return None
        if s.type in (STT_TLS, STT_GNU_IFUNC):
            plan.keep("TLS or IFUNC", s.name)
            return None
        if s.type not in (STT_FUNC, STT_OBJECT):
            plan.keep("symbol type %d" % s.type, s.name)
            return None
        if s.value == 0 or elf.segment_of(s.value, max(s.size, 1)) is None:
            raise RewriteError("%s: defined symbol %s has value %#x size %d outside every "
                               "PT_LOAD" % (elf.path, s.name, s.value, s.size))
        if versions is not None and versions[s.index] != 1:
            # 1 is VER_NDX_GLOBAL: the unversioned, default definition. A
            # definition with its own version (or a hidden one) is matched by
            # version too; this tool does not reason about that.
            plan.keep("versioned definition", s.name)
            return None
        if s.name in excluded:
            plan.keep("also defined by %s" % excluded[s.name], s.name)
            return None
        if s.name in keep_names:
            plan.keep("listed in --keep-symbols", s.name)
            return None
        if s.bind == STB_WEAK and not weak_is_internal(s.name):
            plan.keep("weak definition a program could also emit", s.name)
            return None
        addend = s.value + r.addend
        plan.converted_names.add(s.name)
        key = reloc_name(r.type)
        plan.converted_by_type[key] = plan.converted_by_type.get(key, 0) + 1
        return Rela(r.offset, R_X86_64_RELATIVE, addend)

    for r in dyn_relocs:
        if r.type not in _KEPT_TYPES_DYN:
            raise RewriteError("%s: relocation type %s in .rela.dyn is not handled" %
                               (elf.path, reloc_name(r.type)))
        if r.type == R_X86_64_RELATIVE:
            if r.sym != 0:
                raise RewriteError("%s: RELATIVE relocation at %#x names a symbol" %
                                   (elf.path, r.offset))
            plan.relative.append(r)
            continue
        new = decide(r)
        if new is None:
            plan.other_dyn.append(r)
        else:
            plan.relative.append(new)

    for index, r in enumerate(plt_relocs):
        if r.type != R_X86_64_JUMP_SLOT:
            raise RewriteError("%s: relocation type %s in .rela.plt is not handled" %
                               (elf.path, reloc_name(r.type)))
        new = decide(r)
        if new is None:
            plan.plt.append((index, r))
        else:
            plan.relative.append(new)
            plan.converted_plt_indices.append(index)

    missing = program_provides - set(plan.provided)
    if missing:
        raise RewriteError("%s: --program-provides names functions the library does not "
                           "call: %s" % (elf.path, ", ".join(sorted(missing))))
    # Sorted by address: the loader then writes the GOT and data pages in order.
    plan.relative.sort(key=lambda r: r.offset)
    return plan


def _plt_stubs(elf):
    """Maps each .rela.plt index to the file offset of its PLT stub's push
    immediate, after checking every stub is the classic lazy x86-64 stub:

        ff 25 <GOT slot - next insn>   jmp *slot(%rip)
        68 <index>                     push $index
        e9 <PLT0 - next insn>          jmp PLT0

    with the GOT slot's initial contents pointing at the push. glibc's lazy
    resolver (_dl_runtime_resolve -> _dl_fixup) finds the relocation through
    that pushed index, so the index must follow the entry when .rela.plt
    changes.
    """
    plt = elf.section(".plt")
    plt_start, plt_end = plt["addr"], plt["addr"] + plt["size"]
    plt_off = plt["offset"]
    data = elf.data
    out = {}
    for index, r in enumerate(elf.relocations(DT_JMPREL, DT_PLTRELSZ)):
        initial = struct.unpack_from("<Q", data, elf.file_offset(r.offset, 8))[0]
        stub = initial - 6
        if not (plt_start + 16 <= stub and stub + 16 <= plt_end and
                (stub - plt_start) % 16 == 0):
            raise RewriteError("%s: GOT slot %#x of .rela.plt entry %d holds %#x, not a lazy "
                               "PLT stub" % (elf.path, r.offset, index, initial))
        at = plt_off + (stub - plt_start)
        jmp_slot = struct.unpack_from("<i", data, at + 2)[0]
        push_index = struct.unpack_from("<I", data, at + 7)[0]
        jmp_plt0 = struct.unpack_from("<i", data, at + 12)[0]
        if (data[at:at + 2] != b"\xff\x25" or stub + 6 + jmp_slot != r.offset or
                data[at + 6] != 0x68 or push_index != index or data[at + 11] != 0xE9 or
                stub + 16 + jmp_plt0 != plt_start):
            raise RewriteError("%s: PLT stub at %#x for .rela.plt entry %d is not the classic "
                               "lazy stub (%s)" % (elf.path, stub, index,
                                                   data[at:at + 16].hex()))
        out[index] = at + 7
    return out


def apply_plan(elf, plan):
    d = elf.dyn
    data = bytearray(elf.data)
    push_at = _plt_stubs(elf)

    new_dyn = plan.relative + plan.other_dyn
    new_plt = [r for (_i, r) in plan.plt]
    old_total = d[DT_RELASZ] + d[DT_PLTRELSZ]
    if (len(new_dyn) + len(new_plt)) * RELA_SIZE != old_total:
        raise RewriteError("internal error: relocation count changed")

    region = elf.file_offset(d[DT_RELA], old_total)
    blob = b"".join(r.pack() for r in new_dyn + new_plt)
    data[region:region + old_total] = blob

    new_relasz = len(new_dyn) * RELA_SIZE
    new_jmprel = d[DT_RELA] + new_relasz
    new_pltrelsz = len(new_plt) * RELA_SIZE

    def set_dyn(tag, value):
        off = elf.dynamic_entry_offset(tag)
        if off is None:
            raise RewriteError("internal error: no dynamic tag %#x" % tag)
        struct.pack_into("<Q", data, off + 8, value)

    set_dyn(DT_RELASZ, new_relasz)
    set_dyn(DT_JMPREL, new_jmprel)
    set_dyn(DT_PLTRELSZ, new_pltrelsz)
    if DT_RELACOUNT in d:
        # All RELATIVE entries now come first: glibc applies them in its fast
        # loop (elf_machine_rela_relative) without looking at symbols.
        set_dyn(DT_RELACOUNT, len(plan.relative))

    # Section headers, for readelf, objdump and debuggers; the loader only
    # reads the dynamic section.
    dyn_sec, plt_sec = elf.section(".rela.dyn"), elf.section(".rela.plt")
    struct.pack_into("<Q", data, dyn_sec["header_offset"] + 32, new_relasz)
    struct.pack_into("<QQQ", data, plt_sec["header_offset"] + 16, new_jmprel,
                     elf.file_offset(new_jmprel, max(new_pltrelsz, 1))
                     if new_pltrelsz else dyn_sec["offset"] + new_relasz, new_pltrelsz)

    # Lazy binding (only under LD_AUDIT PLT hooks or LD_PROFILE for a BIND_NOW
    # library) resolves a PLT stub through the index it pushes: renumber the
    # stubs of kept entries. Stubs of converted entries are never reached
    # (their GOT slot holds the final address from the start); they push -1,
    # so that reaching one stops in ld.so's assertion instead of calling the
    # wrong function.
    for new_index, (old_index, _r) in enumerate(plan.plt):
        struct.pack_into("<I", data, push_at[old_index], new_index)
    for old_index in plan.converted_plt_indices:
        struct.pack_into("<I", data, push_at[old_index], 0xFFFFFFFF)

    if plan.dropped_needed or plan.dropped_version_files:
        _drop_versions(elf, plan, data)
        _drop_needed(elf, plan, data)
    symtab = elf.file_offset(d[DT_SYMTAB])
    for index in plan.weakened:
        info = data[symtab + 24 * index + 4]
        data[symtab + 24 * index + 4] = (STB_WEAK << 4) | (info & 0xF)
    return bytes(data)


def _drop_versions(elf, plan, data):
    """Unlinks the dropped libraries' entries from the DT_VERNEED chain and
    marks the symbols that named their versions unversioned. glibc checks
    every entry of the chain at load time (_dl_check_map_versions) and stops
    when the file it names is not loaded, so the entries must go. No
    relocation refers to those symbols any more (they were redirected), so
    their version is never looked at; 1 (VER_NDX_GLOBAL) keeps the table
    free of indices that no entry defines."""
    versym = elf.file_offset(elf.dyn[DT_VERSYM])
    for index in plan.versym_reset:
        struct.pack_into("<H", data, versym + 2 * index, 1)
    needs = elf.version_needs()
    kept = [n for n in needs if n["file"] not in plan.dropped_version_files]
    if not kept:
        raise RewriteError("%s: dropping every DT_VERNEED entry is not handled" % elf.path)
    for i, need in enumerate(kept):
        following = kept[i + 1]["offset"] - need["offset"] if i + 1 < len(kept) else 0
        if following < 0:
            raise RewriteError("%s: DT_VERNEED chain goes backwards" % elf.path)
        struct.pack_into("<I", data, need["offset"] + 12, following)
    first = elf.dynamic_entry_offset(DT_VERNEED)
    struct.pack_into("<Q", data, first + 8,
                     elf.dyn[DT_VERNEED] + kept[0]["offset"] - needs[0]["offset"])
    struct.pack_into("<Q", data, elf.dynamic_entry_offset(DT_VERNEEDNUM) + 8, len(kept))
    section = elf.section(".gnu.version_r")
    if section is not None:
        # sh_info of SHT_GNU_verneed is the number of entries (for readelf).
        struct.pack_into("<I", data, section["header_offset"] + 44, len(kept))
        struct.pack_into("<Q", data, section["header_offset"] + 16,
                         elf.dyn[DT_VERNEED] + kept[0]["offset"] - needs[0]["offset"])
        struct.pack_into("<Q", data, section["header_offset"] + 24, kept[0]["offset"])
        end = section["offset"] + section["size"]
        struct.pack_into("<Q", data, section["header_offset"] + 32, end - kept[0]["offset"])


def _drop_needed(elf, plan, data):
    """Removes the dropped DT_NEEDED entries: the dynamic array closes up and
    ends in as many DT_NULL entries as it lost (the loader stops at the
    first)."""
    entries = []
    for tag, _value, off in elf.dynamic:
        value = struct.unpack_from("<Q", data, off + 8)[0]
        if tag == DT_NEEDED and elf.dynstr(value) in plan.dropped_needed:
            continue
        entries.append((tag, value))
    start = elf.dynamic[0][2]
    for i in range(len(elf.dynamic)):
        tag, value = entries[i] if i < len(entries) else (DT_NULL, 0)
        struct.pack_into("<qQ", data, start + 16 * i, tag, value)


def verify(original, rewritten_bytes, plan, path):
    """Re-reads the output and checks it against the input, entry by entry."""
    new = Elf64(path, data=rewritten_bytes)
    check_supported(new)
    if new.soname != original.soname or new.needed != [
            n for n in original.needed if n not in plan.dropped_needed]:
        raise RewriteError("verification: SONAME or DT_NEEDED changed wrongly")
    _verify_dynamic(original, new, plan)
    _verify_versions(original, new, plan)
    symbols = original.symbols()
    old = {r.offset: r for r in original.all_relocations()}
    dyn = new.relocations(DT_RELA, DT_RELASZ)
    plt = new.relocations(DT_JMPREL, DT_PLTRELSZ)
    if len(dyn) + len(plt) != len(old):
        raise RewriteError("verification: relocation count changed")
    count = new.dyn.get(DT_RELACOUNT, 0)
    if any(r.type != R_X86_64_RELATIVE for r in dyn[:count]):
        raise RewriteError("verification: DT_RELACOUNT prefix is not all RELATIVE")
    if any(r.type == R_X86_64_JUMP_SLOT for r in dyn):
        raise RewriteError("verification: JUMP_SLOT left in .rela.dyn")
    if any(r.type != R_X86_64_JUMP_SLOT for r in plt):
        raise RewriteError("verification: .rela.plt holds something other than JUMP_SLOT")
    converted = 0
    redirected = 0
    for r in dyn + plt:
        o = old.pop(r.offset, None)
        if o is None:
            raise RewriteError("verification: relocation at %#x is new" % r.offset)
        if (r.info, r.addend) == (o.info, o.addend):
            continue
        s = symbols[o.sym]
        if (r.type == R_X86_64_RELATIVE and r.sym == 0 and o.type in _CONVERTIBLE_TYPES and
                s.shndx == SHN_UNDEF and s.name in plan.redirected and o.addend == 0 and
                r.addend == plan.trap_address):
            redirected += 1
            continue
        if (r.type != R_X86_64_RELATIVE or r.sym != 0 or o.type not in _CONVERTIBLE_TYPES or
                r.addend != s.value + o.addend or s.shndx == SHN_UNDEF):
            raise RewriteError("verification: relocation at %#x changed wrongly" % r.offset)
        converted += 1
    if old:
        raise RewriteError("verification: %d relocations lost" % len(old))
    if converted != sum(plan.converted_by_type.values()):
        raise RewriteError("verification: converted count mismatch")
    if redirected != plan.redirected_count:
        raise RewriteError("verification: redirected count mismatch")
    # Nothing left refers to a dropped library, except weak references,
    # which the loader sets to 0 when no loaded object defines them, and the
    # functions the program provides.
    provided = 0
    for r in dyn + plt:
        s = symbols[r.sym] if r.sym else None
        if s is not None and s.shndx == SHN_UNDEF and (
                s.name in plan.redirected or s.index in plan.weakened):
            raise RewriteError("verification: %s at %#x still refers to %s" %
                               (reloc_name(r.type), r.offset, s.name))
        if s is not None and s.shndx == SHN_UNDEF and s.name in plan.provided:
            if new.symbols()[r.sym].bind != STB_GLOBAL:
                raise RewriteError("verification: %s was made weak" % s.name)
            provided += 1
    if provided != plan.provided_count:
        raise RewriteError("verification: provided count mismatch")
    # Every kept PLT stub pushes its new index.
    stubs = _plt_stubs(new)
    if len(stubs) != len(plt):
        raise RewriteError("verification: PLT stubs do not match .rela.plt")
    # Nothing outside the relocation tables, the dynamic section, the two
    # section headers and the PLT push immediates may differ.
    allowed = []
    region = original.file_offset(original.dyn[DT_RELA])
    allowed.append((region, region + original.dyn[DT_RELASZ] + original.dyn[DT_PLTRELSZ]))
    for tag in (DT_RELASZ, DT_JMPREL, DT_PLTRELSZ, DT_RELACOUNT):
        off = original.dynamic_entry_offset(tag)
        if off is not None:
            allowed.append((off + 8, off + 16))
    for name in (".rela.dyn", ".rela.plt"):
        h = original.section(name)["header_offset"]
        allowed.append((h, h + 64))
    plt_section = original.section(".plt")
    allowed.append((plt_section["offset"], plt_section["offset"] + plt_section["size"]))
    if plan.dropped_needed or plan.dropped_version_files:
        # Checked field by field by _verify_dynamic and _verify_versions.
        dynamic = [p for p in original.phdrs if p["type"] == 2][0]  # PT_DYNAMIC
        allowed.append((dynamic["offset"], dynamic["offset"] + dynamic["filesz"]))
        versym = original.file_offset(original.dyn[DT_VERSYM])
        for index in plan.versym_reset:
            allowed.append((versym + 2 * index, versym + 2 * index + 2))
        for need in original.version_needs():
            allowed.append((need["offset"] + 12, need["offset"] + 16))
        h = original.section(".gnu.version_r")["header_offset"]
        allowed.append((h, h + 64))
    symtab = original.file_offset(original.dyn[DT_SYMTAB])
    for index in plan.weakened:
        allowed.append((symtab + 24 * index + 4, symtab + 24 * index + 5))
    new_symbols = new.symbols()
    for index in plan.weakened:
        o, n = symbols[index], new_symbols[index]
        if (o.shndx != SHN_UNDEF or n.bind != STB_WEAK or n.type != o.type or
                o.bind != STB_GLOBAL):
            raise RewriteError("verification: symbol %s was made weak wrongly" % o.name)
    problem = changed_outside(original.data, rewritten_bytes, allowed)
    if problem is not None:
        raise RewriteError("verification: " + problem)
    return converted


def _verify_dynamic(original, new, plan):
    """The dynamic array is the original one without the dropped DT_NEEDED
    entries, with only the values this tool sets changed, then DT_NULLs."""
    changed = {DT_RELASZ, DT_JMPREL, DT_PLTRELSZ, DT_RELACOUNT, DT_VERNEED, DT_VERNEEDNUM}
    expected = [(t, v) for t, v, _o in original.dynamic
                if not (t == DT_NEEDED and original.dynstr(v) in plan.dropped_needed)]
    got = [(t, v) for t, v, _o in new.dynamic]
    if len(got) != len(expected) or got != [
            (t, v if t not in changed else g[1]) for (t, v), g in zip(expected, got)]:
        raise RewriteError("verification: the dynamic section changed wrongly")
    dynamic = [p for p in new.phdrs if p["type"] == 2][0]  # PT_DYNAMIC
    for i in range(len(got), dynamic["filesz"] // 16):
        off = dynamic["offset"] + 16 * i
        if i < len(original.dynamic) and new.data[off:off + 16] != bytes(16):
            raise RewriteError("verification: dynamic entry %d is not DT_NULL" % i)


def _verify_versions(original, new, plan):
    """The version needs are the original ones without the dropped files'
    entries, each naming a library still in DT_NEEDED, and only symbols
    that named a dropped version changed theirs, to 1."""
    def shape(needs):
        return [(n["file"], [(o, name) for _a, o, name in n["aux"]]) for n in needs]
    expected = [n for n in shape(original.version_needs())
                if n[0] not in plan.dropped_version_files]
    if shape(new.version_needs()) != expected:
        raise RewriteError("verification: version needs changed wrongly")
    for file, _aux in expected:
        if file not in new.needed:
            raise RewriteError("verification: a version need names %s, which is not in "
                               "DT_NEEDED" % file)
    before, after = original.symbol_versions(), new.symbol_versions()
    reset = set(plan.versym_reset)
    for i, (b, a) in enumerate(zip(before or [], after or [])):
        if a != (1 if i in reset else b):
            raise RewriteError("verification: the version of symbol %d changed wrongly" % i)


def compact_symbols(elf, keep_names, library_names):
    """--compact-dynsym (dynsym.py): returns the new bytes and the report's
    "dynsym" section. Every --dynsym-keep name must be one the library
    defines (a stale name after a libnode update is an error, not a
    silent no-op)."""
    defined = {s.name for s in elf.symbols() if s.shndx != SHN_UNDEF and
               s.is_lookup_candidate()}
    unknown = sorted(set(keep_names) - defined)
    if unknown:
        raise RewriteError("%s: --dynsym-keep names symbols the library does not define: %s" %
                           (elf.path, ", ".join(unknown)))
    kept = dynsym.choose(elf, keep_names, library_names, weak_is_internal)
    out, info, _new_index = dynsym.compact(elf, kept)
    dynsym.verify(elf, out, elf.path, kept)
    by_reason = {}
    for reason in kept.values():
        by_reason[reason] = by_reason.get(reason, 0) + 1
    symbols = elf.symbols()
    info["kept_by_reason"] = by_reason
    info["listed"] = sorted(symbols[i].name for i, r in kept.items() if r == dynsym.LISTED)
    # check_binary.py refuses a program that imports one of these.
    info["dropped_names"] = sorted({s.name for s in symbols if s.index not in kept} -
                                   {symbols[i].name for i in kept})
    return out, info


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def write_atomically(path, data, mode):
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".libnode_symbolic.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def count_types(relocs):
    out = {}
    for r in relocs:
        out[reloc_name(r.type)] = out.get(reloc_name(r.type), 0) + 1
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="the shared library to read")
    parser.add_argument("--output", required=True, help="where to write the rewritten copy")
    parser.add_argument("--keep-defined-by", action="append", default=[], metavar="LIB",
                        help="keep relocations of every symbol LIB also defines (repeatable)")
    parser.add_argument("--keep-symbols", action="append", default=[], metavar="FILE",
                        help="file of symbol names to keep symbolic, one per line")
    parser.add_argument("--report", help="write a JSON report here")
    parser.add_argument("--drop-needed", action="append", default=[], metavar="LIB",
                        help="remove LIB's SONAME from DT_NEEDED and send every call into LIB "
                        "to --trap-symbol (repeatable)")
    parser.add_argument("--trap-symbol", default="abort",
                        help="function whose PLT stub replaces the dropped functions")
    parser.add_argument("--order-dynstr", action="store_true",
                        help="put the names the loader reads at start first in .dynstr")
    parser.add_argument("--pack-relr", action="store_true",
                        help="pack RELATIVE relocations as DT_RELR (needs glibc 2.36)")
    parser.add_argument("--program-provides", action="append", default=[], metavar="NAME",
                        help="a function of a --drop-needed library whose references stay "
                        "symbolic: the program defines it (repeatable)")
    parser.add_argument("--compact-dynsym", action="store_true",
                        help="keep in .dynsym only the symbols something can still look up")
    parser.add_argument("--dynsym-keep", action="append", default=[], metavar="NAME",
                        help="with --compact-dynsym: a name programs import that no other rule "
                        "keeps (repeatable)")
    parser.add_argument("--gather-tables", action="store_true",
                        help="move .gnu.version, .gnu.version_r and the relocation tables "
                        "right after .dynstr, into space --compact-dynsym freed")
    args = parser.parse_args(argv)
    if args.dynsym_keep and not args.compact_dynsym:
        parser.error("--dynsym-keep needs --compact-dynsym")

    try:
        elf = Elf64(args.input)
        check_supported(elf)
        excluded = {}
        libraries = []
        # Every name the other libraries define or import: --compact-dynsym
        # keeps the library's definitions of those.
        library_names = set()
        for lib in args.keep_defined_by:
            other, names = defined_names(lib)
            libraries.append({"path": lib, "soname": other.soname, "defines": len(names)})
            label = other.soname or os.path.basename(lib)
            for name in names:
                excluded.setdefault(name, label)
            library_names.update(s.name for s in other.symbols()[1:])
        keep_names = set()
        for path in args.keep_symbols:
            keep_names |= read_keep_file(path)
        dropped = Dropped()
        for lib in args.drop_needed:
            other = Elf64(lib)
            dropped.add(other.soname or os.path.basename(lib), other)
            library_names.update(s.name for s in other.symbols()[1:])
        before = elf.all_relocations()
        plan = plan_rewrite(elf, excluded, keep_names, dropped, args.trap_symbol,
                            args.program_provides)
        out = apply_plan(elf, plan)
        converted = verify(elf, out, plan, args.output)
        after = Elf64(args.output, data=out).all_relocations()
        symbols_info = None
        if args.compact_dynsym:
            rewritten = Elf64(args.output, data=out)
            out, symbols_info = compact_symbols(rewritten, args.dynsym_keep, library_names)
        compacted = {}
        if args.order_dynstr or args.pack_relr:
            rewritten = Elf64(args.output, data=out)
            out, compacted = compact.compact(rewritten, args.order_dynstr, args.pack_relr)
            compact.verify(rewritten, out, args.output, args.pack_relr)
        gathered = None
        if args.gather_tables:
            laid_out = Elf64(args.output, data=out)
            out, gathered = layout.gather(laid_out)
            layout.verify(laid_out, out, args.output)
    except (ElfError, RewriteError, compact.CompactError, dynsym.DynsymError,
            layout.LayoutError) as e:
        print("libnode_symbolic: error: %s" % e, file=sys.stderr)
        return 1
    except (struct.error, IndexError, UnicodeError) as e:
        print("libnode_symbolic: error: %s: malformed or truncated ELF file (%s)" %
              (args.input, e), file=sys.stderr)
        return 1
    except OSError as e:
        print("libnode_symbolic: error: %s" % e, file=sys.stderr)
        return 1

    bind_now = (DT_BIND_NOW in elf.dyn or _flag_set(elf.dyn, DT_FLAGS, DF_BIND_NOW) or
                _flag_set(elf.dyn, DT_FLAGS_1, DF_1_NOW))
    write_atomically(args.output, out, 0o755)
    kept_symbolic = sum(1 for r in after if r.sym != 0)
    summary = ("libnode_symbolic: %s: %d symbolic relocations -> %d converted to RELATIVE, "
               "%d kept symbolic" % (os.path.basename(args.input),
                                     sum(1 for r in before if r.sym != 0), converted,
                                     kept_symbolic))
    if plan.dropped_needed or plan.redirected:
        summary += "; dropped %s from DT_NEEDED, %d relocations of %d functions sent to %s" % (
            ", ".join(plan.dropped_needed) or "nothing", plan.redirected_count,
            len(plan.redirected), args.trap_symbol)
    if plan.provided:
        summary += "; %d functions left for the program to provide" % len(plan.provided)
    if symbols_info is not None:
        summary += "; .dynsym %d -> %d symbols" % (symbols_info["before"],
                                                   symbols_info["after"])
    if compacted.get("dynstr", {}).get("ordered"):
        summary += "; .dynstr ordered (%d hot bytes first)" % compacted["dynstr"]["hot_bytes"]
    if "relr" in compacted:
        summary += "; %d RELATIVE relocations packed into %d RELR entries" % (
            compacted["relr"]["packed"], compacted["relr"]["relr_entries"])
    if gathered is not None:
        summary += ("; %s moved to %s" % (", ".join(gathered["moved"]), gathered["to"])
                    if gathered["moved"] else "; tables not moved: " + gathered["why_not"])
    print(summary, file=sys.stderr)
    if args.report:
        kept_symbols_by_reason = {}
        for name, reason in plan.kept_names.items():
            kept_symbols_by_reason.setdefault(reason, []).append(name)
        report = {
            "tool": "tools/libnode_symbolic/libnode_symbolic.py",
            "input": {"soname": elf.soname, "sha256": sha256(elf.data),
                      "bind_now": bind_now, "relocations": count_types(before)},
            "output": {"soname": elf.soname, "sha256": sha256(out),
                       "relocations": count_types(after),
                       "relacount": len(plan.relative)},
            "converted": converted,
            "converted_by_type": plan.converted_by_type,
            "kept_symbolic": kept_symbolic,
            "kept_by_reason": plan.kept_reasons,
            "keep_defined_by": libraries,
            "kept_defined_symbols": {k: sorted(v) for k, v in
                                     sorted(kept_symbols_by_reason.items())},
            "converted_symbols": sorted(plan.converted_names),
            "drop_needed": sorted(dropped.files),
            "dropped_needed": plan.dropped_needed,
            "trap": {"symbol": args.trap_symbol,
                     "plt_stub": None if plan.trap_address is None
                     else "%#x" % plan.trap_address},
            "redirected": plan.redirected_count,
            "redirected_by_type": plan.redirected_by_type,
            "redirected_symbols": dict(sorted(plan.redirected.items())),
            "weak_references_to_dropped": dict(sorted(plan.weak_dropped.items())),
            "weakened_undefined": len(plan.weakened),
            "provided_by_program": dict(sorted(plan.provided.items())),
            "provided_relocations": plan.provided_count,
            "compacted": compacted,
            "dynsym": symbols_info,
            "gathered": gathered,
        }
        with open(args.report, "w") as f:
            json.dump(report, f, indent=1, sort_keys=True)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
