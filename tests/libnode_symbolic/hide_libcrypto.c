/* An LD_AUDIT module that hides OpenSSL's libcrypto.so.3 from the dynamic
 * loader: every place it would look for it is refused (la_objsearch returns
 * NULL), so dlopen("libcrypto.so.3") fails as on a machine without OpenSSL.
 * binaries_test uses it to check that thaw starts without the library and
 * reports its absence as a JS error. */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <string.h>

unsigned int la_version(unsigned int version) {
  (void)version;
  return LAV_CURRENT;
}

char* la_objsearch(const char* name, uintptr_t* cookie, unsigned int flag) {
  (void)cookie;
  (void)flag;
  const char* base = strrchr(name, '/');
  base = base != NULL ? base + 1 : name;
  return strcmp(base, "libcrypto.so.3") == 0 ? NULL : (char*)name;
}
