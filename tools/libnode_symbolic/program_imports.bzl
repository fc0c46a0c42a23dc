"""Names thaw's programs import from libnode that no rule of the compaction keeps.

The rewrite (third_party/libnode.BUILD) shrinks libnode's dynamic symbol
table to what can still be looked up (--compact-dynsym, README.md, "A
smaller dynamic symbol table"). It keeps V8's whole public API by rule, but
it runs before any program is linked, so the few other names the programs
import must be listed here. The list is what the real binaries import:
//tests/libnode_symbolic:binaries_test fails when a binary imports a name
the compaction dropped (check_binary.py says which to add) and when a name
here is imported by none of the binaries it checks (remove it). A program
that needs a dropped name also fails to link: "undefined reference to" it.
"""

PROGRAM_IMPORTS = [
    # v8::internal::IsolateFromNeverReadOnlySpaceObject(unsigned long) and
    # v8::internal::CanHaveInternalField(int): declared in V8's public
    # v8-internal.h and called by inline functions of the public headers
    # (Object::GetInternalField, Context::GetEmbedderData...).
    "_ZN2v88internal35IsolateFromNeverReadOnlySpaceObjectEm",
    "_ZN2v88internal20CanHaveInternalFieldEi",
    # v8::internal::Accessors::ModuleNamespaceEntryGetter and ...Setter:
    # bindings/registry.cc lists them, by mangled name, as external
    # references (module namespace objects in a snapshot point at them).
    "_ZN2v88internal9Accessors26ModuleNamespaceEntryGetterENS_5LocalINS_4NameEEERKNS_20PropertyCallbackInfoINS_5ValueEEE",
    "_ZN2v88internal9Accessors26ModuleNamespaceEntrySetterENS_5LocalINS_4NameEEENS2_INS_5ValueEEERKNS_20PropertyCallbackInfoINS_7BooleanEEE",
]
