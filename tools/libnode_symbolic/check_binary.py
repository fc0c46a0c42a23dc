#!/usr/bin/env python3
"""Checks that programs may safely load a library rewritten by libnode_symbolic.

    check_binary.py --report REPORT.json [--mode symbolic|original] BINARY...

A converted relocation no longer asks the dynamic loader which object defines
its symbol; it points at the library's own definition. That is what the
loader would have chosen only if no object ahead of the library in the global
lookup scope defines the same name. For each BINARY this checks, on the
objects the loader really loads (`ldd`, with LD_LIBRARY_PATH and LD_PRELOAD
cleared, so the binary's own NEEDED/RUNPATH order):

  1. the library the binary loads under the report's SONAME is the rewritten
     copy (by SHA-256), or the original one with --mode original;
  2. the executable has no R_X86_64_COPY relocation against any symbol the
     library defines (a copy would move the variable into the executable,
     and converted references inside the library would miss it);
  3. neither the executable nor any library loaded before the rewritten one
     defines a converted symbol (it would interpose under normal lookup),
     counting an executable's canonical PLT entries as definitions, as
     glibc's lookup does;
  4. with --require-first, the library is the first one the binary loads,
     so no other library's definitions can come first on any machine;
  5. no library the rewrite dropped from DT_NEEDED (--drop-needed) is loaded
     at all, and no loaded object has a relocation against a function whose
     calls the rewrite sent to the trap: nothing in the process needs them;
  6. the executable itself defines and exports every function the rewrite
     left for the program to provide (--program-provides: the stand-ins for
     the few dropped-library functions libnode calls while it loads), as a
     function, and no loaded object other than the library refers to one of
     them (it would get the stand-in instead of the real library's code);
  7. no loaded object imports a name the rewrite dropped from the library's
     dynamic symbol table (--compact-dynsym): the loader would not find it
     there, and the program would stop at start ("undefined symbol") or,
     for a weak import, run with a null pointer, or bind to another
     library's copy.

Symbols the executable also defines that were kept symbolic are listed, not
refused: the loader still looks them up and finds the executable's copy, as
it did before.

Exit 0 when every binary passes, 1 with one line per problem otherwise.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.realpath(__file__)))

from elf64 import (  # noqa: E402
    DT_JMPREL, DT_PLTRELSZ, DT_RELA, DT_RELASZ, R_X86_64_COPY, SHN_UNDEF, STB_WEAK, STT_FUNC,
    Elf64, ElfError)

_LDD_LINE = re.compile(r"^\s*(\S+)(?: => (\S+|not found))?(?: \(0x[0-9a-f]+\))?\s*$")


def load_order(binary):
    """Objects the loader maps for `binary`, in load (= lookup scope) order,
    as (name, path) pairs; the executable itself comes first."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("LD_LIBRARY_PATH", "LD_PRELOAD", "LD_AUDIT")}
    proc = subprocess.run(["ldd", binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, universal_newlines=True)
    if proc.returncode != 0:
        raise RuntimeError("ldd %s failed: %s%s" % (binary, proc.stdout, proc.stderr))
    order = [(os.path.basename(binary), binary)]
    for line in proc.stdout.splitlines():
        m = _LDD_LINE.match(line)
        if not m:
            raise RuntimeError("ldd %s: line not understood: %r" % (binary, line))
        name, path = m.group(1), m.group(2)
        if path == "not found":
            raise RuntimeError("ldd %s: %s not found" % (binary, name))
        if path is None:
            if name.startswith("linux-vdso") or name.startswith("linux-gate"):
                continue  # the kernel's vDSO defines only __vdso_* / kernel symbols
            path = name  # the program interpreter, listed by its path
        order.append((name, path))
    return order


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_binary(binary, report, mode, require_first=False):
    problems, notes = [], []
    soname = report["input"]["soname"]
    converted = set(report["converted_symbols"]) if mode == "symbolic" else set()
    order = load_order(binary)
    names = [n for n, _p in order]
    if soname not in names[1:]:
        return ["%s: does not load %s (loads %s)" % (binary, soname, ", ".join(names[1:]))], notes
    at = names.index(soname, 1)
    lib_path = order[at][1]
    if require_first and at != 1:
        # With the library first after the executable, its own definitions
        # win over every other library's, whatever versions of those the
        # target machine has; otherwise only this machine's were checked.
        problems.append("%s: loads %s before %s (--require-first): their definitions would "
                        "come first in lookups; list %s first in the link" %
                        (binary, ", ".join(names[1:at]), soname, soname))
    expected = report["output"]["sha256"] if mode == "symbolic" else report["input"]["sha256"]
    actual = sha256_file(lib_path)
    if actual != expected:
        problems.append("%s: loads %s from %s with SHA-256 %s, expected the %s copy %s" %
                        (binary, soname, lib_path, actual, mode, expected))
    lib = Elf64(lib_path)
    lib_defined = {s.name for s in lib.symbols()
                   if s.shndx != SHN_UNDEF and s.is_lookup_candidate()}
    # The library defined these too before --compact-dynsym took them out
    # of its symbol table; its own references still use them.
    dropped_names = set()
    if mode == "symbolic" and report.get("dynsym"):
        dropped_names = set(report["dynsym"]["dropped_names"])

    exe = Elf64(binary)
    if mode == "symbolic":
        problems.extend(check_dropped(binary, order, at, report))
        problems.extend(check_provided(binary, exe, report))
        problems.extend(check_imports(binary, order, at, dropped_names))
    exe_symbols = exe.symbols()
    for r in exe.all_relocations():
        if r.type == R_X86_64_COPY and exe_symbols[r.sym].name in lib_defined | dropped_names:
            problems.append("%s: R_X86_64_COPY of %s, which %s defines" %
                            (binary, exe_symbols[r.sym].name, soname))

    for name, path in order[:at]:
        obj = exe if path == binary else Elf64(path)
        for s in obj.symbols():
            # A converted symbol counts even when --compact-dynsym dropped it
            # from the library's table: the library's references still mean
            # its own definition.
            if not s.is_lookup_candidate() or s.name not in lib_defined | converted:
                continue
            kind = "canonical PLT entry of" if s.shndx == SHN_UNDEF else "definition of"
            if s.name in converted:
                problems.append("%s: %s (loaded before %s) has a %s %s, whose references "
                                "in %s were converted to RELATIVE: it would interpose" %
                                (binary, name, soname, kind, s.name, soname))
            else:
                notes.append("%s: %s also defines %s, kept symbolic in %s (lookup finds "
                             "%s's copy, as before)" % (binary, name, s.name, soname, name))
    return problems, notes


def check_dropped(binary, order, at, report):
    """Check 5: the dropped libraries stay out of the process."""
    problems = []
    dropped = report.get("dropped_needed", [])
    redirected = dict(report.get("redirected_symbols", {}))
    # A stand-in is only for the library: another object needing the real
    # function would be bound to it.
    redirected.update(report.get("provided_by_program", {}))
    for name, path in order:
        if name in dropped:
            problems.append("%s: loads %s (%s), which %s no longer needs: another object "
                            "needs it" % (binary, name, path, report["input"]["soname"]))
    for index, (name, path) in enumerate(order):
        if index == at or not redirected:
            continue
        obj = Elf64(path)
        symbols = obj.symbols()
        # DT_RELR entries (libc, libm) are relative: they name no symbol.
        for r in (obj.relocations(DT_RELA, DT_RELASZ) +
                  obj.relocations(DT_JMPREL, DT_PLTRELSZ)):
            s = symbols[r.sym] if r.sym else None
            if (s is not None and s.shndx == SHN_UNDEF and s.name in redirected and
                    s.bind != STB_WEAK):
                problems.append("%s: %s needs %s from %s, which is no longer loaded" %
                                (binary, name, s.name, redirected[s.name]))
                break
    return problems


def check_imports(binary, order, at, dropped_names):
    """Check 7: nothing imports a name --compact-dynsym dropped."""
    problems = []
    if not dropped_names:
        return problems
    for index, (name, path) in enumerate(order):
        if index == at:
            continue
        obj = Elf64(path)
        for s in obj.symbols()[1:]:
            if s.shndx == SHN_UNDEF and s.name in dropped_names:
                problems.append(
                    "%s: %s imports %s, which the rewrite dropped from %s's dynamic symbol "
                    "table (--compact-dynsym); add it to PROGRAM_IMPORTS in "
                    "tools/libnode_symbolic/program_imports.bzl" %
                    (binary, name, s.name, order[at][0]))
    return problems


def check_provided(binary, exe, report):
    """Check 6, first half: the executable exports the stand-ins (the second
    half, nobody else refers to them, is in check_dropped)."""
    problems = []
    defined = {s.name: s for s in exe.symbols()
               if s.shndx != SHN_UNDEF and s.is_lookup_candidate()}
    for name, lib in sorted(report.get("provided_by_program", {}).items()):
        s = defined.get(name)
        if s is None:
            problems.append("%s: does not export %s, which %s calls instead of %s's "
                            "(link //tools/libnode_symbolic:program_standins)" %
                            (binary, name, report["input"]["soname"], lib))
        elif s.type != STT_FUNC:
            problems.append("%s: exports %s, but not as a function" % (binary, name))
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", required=True, help="libnode_symbolic.py --report output")
    parser.add_argument("--mode", choices=["symbolic", "original"], default="symbolic",
                        help="which copy of the library the binaries must load")
    parser.add_argument("--require-first", action="store_true",
                        help="the library must be the first one each binary loads")
    parser.add_argument("--verbose", action="store_true", help="also print kept overlaps")
    parser.add_argument("binaries", nargs="+")
    args = parser.parse_args(argv)
    with open(args.report) as f:
        report = json.load(f)
    failed = False
    for binary in args.binaries:
        try:
            problems, notes = check_binary(binary, report, args.mode, args.require_first)
        except (ElfError, RuntimeError, OSError) as e:
            problems, notes = ["%s: %s" % (binary, e)], []
        for p in problems:
            print("FAIL " + p)
        if args.verbose:
            for n in notes:
                print("note " + n)
        if problems:
            failed = True
        else:
            symbolic = args.mode == "symbolic"
            dynsym = report.get("dynsym") or {}
            print("ok   %s (%s, %d converted symbols checked, %d kept overlaps, "
                  "%d dropped libraries absent, %d stand-ins exported, "
                  "%d dropped symbol names imported by none)" %
                  (binary, args.mode, len(report["converted_symbols"]) if symbolic else 0,
                   len(notes), len(report.get("dropped_needed", [])) if symbolic else 0,
                   len(report.get("provided_by_program", {})) if symbolic else 0,
                   len(dynsym.get("dropped_names", [])) if symbolic else 0))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
