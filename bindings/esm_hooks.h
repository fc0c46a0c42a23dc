#ifndef THAW_BINDINGS_ESM_HOOKS_H_
#define THAW_BINDINGS_ESM_HOOKS_H_

#include "v8.h"

namespace thaw {

// Points the isolate's import() and import.meta hooks at the ES module
// loader. Hooks are isolate settings, not heap objects, so both the
// snapshot builder and the runtime call this on every isolate they create.
void InstallEsmHostHooks(v8::Isolate* isolate);

}  // namespace thaw

#endif  // THAW_BINDINGS_ESM_HOOKS_H_
