/* An LD_AUDIT module with PLT hooks. glibc then binds PLT entries lazily
 * even in libraries linked with -z now (consider_profiling in
 * elf/dl-reloc.c), so .rela.plt goes through elf_machine_lazy_rel and the
 * lazy resolver finds entries by the index each PLT stub pushes. That is the
 * path a naive rewrite breaks ("unexpected PLT reloc type 0x08"). */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>

unsigned int la_version(unsigned int version) {
  (void)version;
  return LAV_CURRENT;
}

unsigned int la_objopen(struct link_map* map, Lmid_t lmid, uintptr_t* cookie) {
  (void)map;
  (void)lmid;
  (void)cookie;
  return LA_FLG_BINDTO | LA_FLG_BINDFROM;
}

uintptr_t la_symbind64(Elf64_Sym* sym, unsigned int ndx, uintptr_t* refcook,
                       uintptr_t* defcook, unsigned int* flags, const char* name) {
  (void)ndx;
  (void)refcook;
  (void)defcook;
  (void)flags;
  (void)name;
  return sym->st_value;
}

Elf64_Addr la_x86_64_gnu_pltenter(Elf64_Sym* sym, unsigned int ndx, uintptr_t* refcook,
                                  uintptr_t* defcook, La_x86_64_regs* regs,
                                  unsigned int* flags, const char* name,
                                  long int* framesizep) {
  (void)ndx;
  (void)refcook;
  (void)defcook;
  (void)regs;
  (void)name;
  (void)framesizep;
  *flags |= LA_SYMB_NOPLTEXIT;
  return sym->st_value;
}
