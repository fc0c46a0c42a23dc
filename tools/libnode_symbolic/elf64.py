"""Just enough ELF64 little-endian x86-64 reading for libnode_symbolic.

Python 3 standard library only. Everything that is not understood raises
ElfError with a message that names the file and what was found; callers turn
that into a non-zero exit.
"""

import struct

# e_ident / header
ELFCLASS64 = 2
ELFDATA2LSB = 1
ET_EXEC = 2
ET_DYN = 3
EM_X86_64 = 62

# program header types
PT_LOAD = 1
PT_DYNAMIC = 2
PT_INTERP = 3
PT_TLS = 7
PT_GNU_RELRO = 0x6474E552

# section types
SHT_DYNSYM = 11

# dynamic tags
DT_NULL = 0
DT_NEEDED = 1
DT_PLTRELSZ = 2
DT_PLTGOT = 3
DT_HASH = 4
DT_STRTAB = 5
DT_SYMTAB = 6
DT_RELA = 7
DT_RELASZ = 8
DT_RELAENT = 9
DT_STRSZ = 10
DT_SYMENT = 11
DT_SONAME = 14
DT_RPATH = 15
DT_SYMBOLIC = 16
DT_REL = 17
DT_RELSZ = 18
DT_PLTREL = 20
DT_TEXTREL = 22
DT_JMPREL = 23
DT_BIND_NOW = 24
DT_RUNPATH = 29
DT_FLAGS = 30
DT_RELRSZ = 35
DT_RELR = 36
DT_GNU_HASH = 0x6FFFFEF5
DT_VERSYM = 0x6FFFFFF0
DT_RELACOUNT = 0x6FFFFFF9
DT_RELCOUNT = 0x6FFFFFFA
DT_FLAGS_1 = 0x6FFFFFFB
DT_VERDEF = 0x6FFFFFFC
DT_VERNEED = 0x6FFFFFFE
DT_VERNEEDNUM = 0x6FFFFFFF

DF_SYMBOLIC = 0x2
DF_TEXTREL = 0x4
DF_BIND_NOW = 0x8
DF_1_NOW = 0x1

# symbols
SHN_UNDEF = 0
SHN_LORESERVE = 0xFF00
SHN_ABS = 0xFFF1
SHN_COMMON = 0xFFF2
STB_LOCAL = 0
STB_GLOBAL = 1
STB_WEAK = 2
STB_GNU_UNIQUE = 10
STT_NOTYPE = 0
STT_OBJECT = 1
STT_FUNC = 2
STT_SECTION = 3
STT_TLS = 6
STT_GNU_IFUNC = 10
STV_DEFAULT = 0

# x86-64 relocation types
R_X86_64_NONE = 0
R_X86_64_64 = 1
R_X86_64_COPY = 5
R_X86_64_GLOB_DAT = 6
R_X86_64_JUMP_SLOT = 7
R_X86_64_RELATIVE = 8
R_X86_64_DTPMOD64 = 16
R_X86_64_DTPOFF64 = 17
R_X86_64_TPOFF64 = 18
R_X86_64_TLSDESC = 36
R_X86_64_IRELATIVE = 37

RELOC_NAMES = {
    R_X86_64_NONE: "R_X86_64_NONE",
    R_X86_64_64: "R_X86_64_64",
    R_X86_64_COPY: "R_X86_64_COPY",
    R_X86_64_GLOB_DAT: "R_X86_64_GLOB_DAT",
    R_X86_64_JUMP_SLOT: "R_X86_64_JUMP_SLOT",
    R_X86_64_RELATIVE: "R_X86_64_RELATIVE",
    R_X86_64_DTPMOD64: "R_X86_64_DTPMOD64",
    R_X86_64_DTPOFF64: "R_X86_64_DTPOFF64",
    R_X86_64_TPOFF64: "R_X86_64_TPOFF64",
    R_X86_64_TLSDESC: "R_X86_64_TLSDESC",
    R_X86_64_IRELATIVE: "R_X86_64_IRELATIVE",
}

RELA_SIZE = 24
SYM_SIZE = 24


def reloc_name(rtype):
    return RELOC_NAMES.get(rtype, "type %d" % rtype)


def changed_outside(old, new, allowed):
    """Where `new` differs from `old` other than inside the (start, end) byte
    ranges `allowed`: a message for the first difference, or None. Both
    rewrites check their output with it."""
    if len(old) != len(new):
        return "file size changed"
    pos = 0
    for start, end in sorted(allowed):
        if old[pos:start] != new[pos:start]:
            return "bytes changed outside the rewritten tables (before %#x)" % start
        pos = max(pos, end)
    if old[pos:] != new[pos:]:
        return "bytes changed after %#x" % pos
    return None


class ElfError(Exception):
    pass


class Symbol(object):
    __slots__ = ("index", "name", "info", "other", "shndx", "value", "size")

    def __init__(self, index, name, info, other, shndx, value, size):
        self.index = index
        self.name = name
        self.info = info
        self.other = other
        self.shndx = shndx
        self.value = value
        self.size = size

    @property
    def bind(self):
        return self.info >> 4

    @property
    def type(self):
        return self.info & 0xF

    @property
    def visibility(self):
        return self.other & 0x3

    def is_lookup_candidate(self):
        """True if glibc's symbol lookup can return this entry as a definition.

        glibc (elf/dl-lookup.c, check_match) skips entries with value 0
        (unless SHN_ABS or TLS), local bindings, and hidden/internal
        visibility. An undefined entry with a non-zero value is a canonical
        PLT entry of an executable: it *is* found for non-PLT relocations
        (address-taken functions), so it counts as a definition here.
        """
        if self.index == 0 or self.bind == STB_LOCAL:
            return False
        if self.visibility in (1, 2):  # STV_INTERNAL, STV_HIDDEN
            return False
        if self.value == 0 and self.shndx != SHN_ABS and self.type != STT_TLS:
            return False
        return True


class Rela(object):
    __slots__ = ("offset", "info", "addend")

    def __init__(self, offset, info, addend):
        self.offset = offset
        self.info = info
        self.addend = addend

    @property
    def sym(self):
        return self.info >> 32

    @property
    def type(self):
        return self.info & 0xFFFFFFFF

    def pack(self):
        return struct.pack("<QQq", self.offset, self.info, self.addend)


class Elf64(object):
    """A parsed ELF64 x86-64 file (ET_DYN or ET_EXEC), kept in memory."""

    def __init__(self, path, data=None):
        self.path = path
        if data is None:
            with open(path, "rb") as f:
                data = f.read()
        self.data = data
        self._parse_header()
        self._parse_program_headers()
        self._parse_sections()
        self._parse_dynamic()
        self._symbols = None

    def fail(self, message):
        raise ElfError("%s: %s" % (self.path, message))

    # --- header, segments, sections ---------------------------------------

    def _parse_header(self):
        d = self.data
        if len(d) < 64 or d[:4] != b"\x7fELF":
            self.fail("not an ELF file")
        if d[4] != ELFCLASS64 or d[5] != ELFDATA2LSB or d[6] != 1:
            self.fail("not ELF64 little-endian version 1 (class %d, data %d)" % (d[4], d[5]))
        (self.e_type, self.e_machine, _version, _entry, self.e_phoff, self.e_shoff,
         _flags, _ehsize, self.e_phentsize, self.e_phnum, self.e_shentsize,
         self.e_shnum, self.e_shstrndx) = struct.unpack_from("<HHIQQQIHHHHHH", d, 16)
        if self.e_machine != EM_X86_64:
            self.fail("e_machine is %d, not EM_X86_64 (62)" % self.e_machine)
        if self.e_type not in (ET_DYN, ET_EXEC):
            self.fail("e_type is %d, not ET_DYN or ET_EXEC" % self.e_type)

    def _parse_program_headers(self):
        if self.e_phentsize != 56:
            self.fail("e_phentsize is %d, expected 56" % self.e_phentsize)
        self.phdrs = []
        for i in range(self.e_phnum):
            (p_type, p_flags, p_offset, p_vaddr, _paddr, p_filesz, p_memsz,
             p_align) = struct.unpack_from("<IIQQQQQQ", self.data, self.e_phoff + 56 * i)
            self.phdrs.append({
                "type": p_type, "flags": p_flags, "offset": p_offset, "vaddr": p_vaddr,
                "filesz": p_filesz, "memsz": p_memsz, "align": p_align,
                "header_offset": self.e_phoff + 56 * i,
            })
        self.loads = [p for p in self.phdrs if p["type"] == PT_LOAD]
        if not self.loads:
            self.fail("no PT_LOAD segment")

    def _parse_sections(self):
        self.sections = []
        if self.e_shoff == 0 or self.e_shnum == 0:
            return
        if self.e_shentsize != 64:
            self.fail("e_shentsize is %d, expected 64" % self.e_shentsize)
        raw = []
        for i in range(self.e_shnum):
            fields = struct.unpack_from("<IIQQQQIIQQ", self.data, self.e_shoff + 64 * i)
            raw.append(fields)
        shstr = raw[self.e_shstrndx] if self.e_shstrndx < len(raw) else None
        for i, (name, stype, flags, addr, offset, size, link, info, align,
                entsize) in enumerate(raw):
            sname = ""
            if shstr is not None:
                sname = self._cstring(shstr[4] + name)
            self.sections.append({
                "index": i, "name": sname, "type": stype, "flags": flags, "addr": addr,
                "offset": offset, "size": size, "link": link, "info": info,
                "entsize": entsize, "header_offset": self.e_shoff + 64 * i,
            })

    def section(self, name):
        found = [s for s in self.sections if s["name"] == name]
        if len(found) > 1:
            self.fail("more than one %s section" % name)
        return found[0] if found else None

    def _cstring(self, offset):
        end = self.data.find(b"\0", offset)
        if end < 0:
            self.fail("unterminated string at file offset %#x" % offset)
        return self.data[offset:end].decode("utf-8", "surrogateescape")

    def segment_of(self, vaddr, size=1):
        """The PT_LOAD that holds [vaddr, vaddr+size) in memory, or None."""
        for p in self.loads:
            if p["vaddr"] <= vaddr and vaddr + size <= p["vaddr"] + p["memsz"]:
                return p
        return None

    def file_offset(self, vaddr, size=1):
        """File offset of [vaddr, vaddr+size), which must be backed by the file."""
        for p in self.loads:
            if p["vaddr"] <= vaddr and vaddr + size <= p["vaddr"] + p["filesz"]:
                return p["offset"] + (vaddr - p["vaddr"])
        self.fail("address range %#x+%d is not backed by file contents of a PT_LOAD" % (vaddr, size))

    # --- dynamic section -------------------------------------------------------

    def _parse_dynamic(self):
        self.dynamic = []  # list of [tag, value, file offset of the entry]
        dyn = [p for p in self.phdrs if p["type"] == PT_DYNAMIC]
        if not dyn:
            self.dyn = {}
            return
        if len(dyn) != 1:
            self.fail("%d PT_DYNAMIC segments" % len(dyn))
        p = dyn[0]
        for i in range(p["filesz"] // 16):
            off = p["offset"] + 16 * i
            tag, value = struct.unpack_from("<qQ", self.data, off)
            self.dynamic.append([tag, value, off])
            if tag == DT_NULL:
                break
        else:
            self.fail("PT_DYNAMIC has no DT_NULL")
        self.dyn = {}
        self.needed = []
        for tag, value, _off in self.dynamic:
            if tag == DT_NEEDED:
                continue
            if tag in self.dyn and tag != DT_NULL:
                self.fail("dynamic tag %#x appears more than once" % tag)
            self.dyn[tag] = value
        strtab = self.dyn.get(DT_STRTAB)
        for tag, value, _off in self.dynamic:
            if tag == DT_NEEDED:
                self.needed.append(self.dynstr(value))
        self.soname = self.dynstr(self.dyn[DT_SONAME]) if DT_SONAME in self.dyn else None
        self.runpath = self.dynstr(self.dyn[DT_RUNPATH]) if DT_RUNPATH in self.dyn else None
        self.rpath = self.dynstr(self.dyn[DT_RPATH]) if DT_RPATH in self.dyn else None
        del strtab

    def dynstr(self, offset):
        if DT_STRTAB not in self.dyn:
            self.fail("no DT_STRTAB")
        if DT_STRSZ in self.dyn and offset >= self.dyn[DT_STRSZ]:
            self.fail("dynamic string offset %d beyond DT_STRSZ" % offset)
        return self._cstring(self.file_offset(self.dyn[DT_STRTAB]) + offset)

    def dynamic_entry_offset(self, tag):
        for t, _v, off in self.dynamic:
            if t == tag:
                return off
        return None

    # --- symbols and relocations -----------------------------------------------

    def dynamic_symbol_count(self):
        symtab = self.dyn.get(DT_SYMTAB)
        if symtab is None:
            self.fail("no DT_SYMTAB")
        sec = [s for s in self.sections if s["type"] == SHT_DYNSYM]
        if len(sec) != 1:
            self.fail("expected exactly one SHT_DYNSYM section, found %d" % len(sec))
        sec = sec[0]
        if sec["addr"] != symtab or sec["entsize"] != SYM_SIZE or sec["size"] % SYM_SIZE:
            self.fail("the .dynsym section header does not match DT_SYMTAB")
        return sec["size"] // SYM_SIZE

    def symbols(self):
        if self._symbols is None:
            if self.dyn.get(DT_SYMENT, SYM_SIZE) != SYM_SIZE:
                self.fail("DT_SYMENT is %d, expected 24" % self.dyn[DT_SYMENT])
            count = self.dynamic_symbol_count()
            base = self.file_offset(self.dyn[DT_SYMTAB], count * SYM_SIZE)
            strbase = self.file_offset(self.dyn[DT_STRTAB], self.dyn[DT_STRSZ])
            strsz = self.dyn[DT_STRSZ]
            strings = self.data[strbase:strbase + strsz]
            out = []
            for i, (name, info, other, shndx, value, size) in enumerate(
                    struct.iter_unpack("<IBBHQQ", self.data[base:base + count * SYM_SIZE])):
                if name >= strsz:
                    self.fail("symbol %d has a name offset beyond DT_STRSZ" % i)
                end = strings.find(b"\0", name)
                out.append(Symbol(i, strings[name:end].decode("utf-8", "surrogateescape"),
                                  info, other, shndx, value, size))
            self._symbols = out
        return self._symbols

    def symbol_versions(self):
        """The DT_VERSYM entry of every dynamic symbol, or None without one."""
        if DT_VERSYM not in self.dyn:
            return None
        count = self.dynamic_symbol_count()
        off = self.file_offset(self.dyn[DT_VERSYM], count * 2)
        return [v for (v,) in struct.iter_unpack("<H", self.data[off:off + count * 2])]

    def version_needs(self):
        """The DT_VERNEED chain: one dict per needed file, in chain order, with
        `offset` (file offset of the Elf64_Verneed), `file`, `next` (vn_next)
        and `aux`, a list of (file offset, vna_other, version name)."""
        if DT_VERNEED not in self.dyn:
            return []
        count = self.dyn.get(DT_VERNEEDNUM)
        if count is None:
            self.fail("DT_VERNEED without DT_VERNEEDNUM")
        out = []
        at = self.file_offset(self.dyn[DT_VERNEED], 16)
        for _ in range(count):
            version, cnt, vn_file, vn_aux, vn_next = struct.unpack_from("<HHIII", self.data, at)
            if version != 1:
                self.fail("Elf64_Verneed at %#x has version %d" % (at, version))
            aux = []
            a = at + vn_aux
            for _ in range(cnt):
                _hash, _flags, other, name, next_aux = struct.unpack_from("<IHHII", self.data, a)
                aux.append((a, other, self.dynstr(name)))
                if next_aux == 0:
                    break
                a += next_aux
            if len(aux) != cnt:
                self.fail("Elf64_Verneed at %#x has %d entries, vn_cnt says %d" %
                          (at, len(aux), cnt))
            out.append({"offset": at, "file": self.dynstr(vn_file), "next": vn_next,
                        "aux": aux})
            if vn_next == 0:
                break
            at += vn_next
        if len(out) != count:
            self.fail("DT_VERNEEDNUM is %d but the chain has %d entries" % (count, len(out)))
        return out

    def relocations(self, start_tag, size_tag):
        """The Rela entries of DT_RELA/DT_RELASZ or DT_JMPREL/DT_PLTRELSZ."""
        if start_tag not in self.dyn:
            return []
        start, size = self.dyn[start_tag], self.dyn.get(size_tag, 0)
        if size % RELA_SIZE:
            self.fail("relocation table size %d is not a multiple of 24" % size)
        if size == 0:
            return []
        off = self.file_offset(start, size)
        return [Rela(o, i, a) for (o, i, a) in struct.iter_unpack("<QQq", self.data[off:off + size])]

    def all_relocations(self):
        if self.dyn.get(DT_RELAENT, RELA_SIZE) != RELA_SIZE:
            self.fail("DT_RELAENT is not 24")
        if DT_REL in self.dyn or DT_RELR in self.dyn:
            self.fail("has DT_REL or DT_RELR relocations, which this tool does not read")
        if DT_JMPREL in self.dyn and self.dyn.get(DT_PLTREL) != DT_RELA:
            self.fail("DT_PLTREL is not DT_RELA")
        return (self.relocations(DT_RELA, DT_RELASZ) +
                self.relocations(DT_JMPREL, DT_PLTRELSZ))
