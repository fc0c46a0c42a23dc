"""Makes Debian's rules_cc 0.0.4 loadable by Debian's Bazel 4.2.3.

Two files of that rules_cc load `use_cpp_toolchain` from
`@bazel_tools//tools/cpp:toolchain_utils.bzl`, which Bazel 4.2.3 does not
define yet. Bazel's own `@bazel_tools//tools/cpp:BUILD` loads
`@rules_cc//cc:defs.bzl`, so without this patch no C++ target builds at all.
This rule copies Debian's tree and replaces the call with the label it would
have returned.
"""

_PATCHED_FILES = [
    "cc/private/rules_impl/cc_flags_supplier.bzl",
    "cc/private/rules_impl/compiler_flag.bzl",
]

def _debian_rules_cc_impl(ctx):
    source = ctx.path(ctx.attr.path)
    if not source.exists:
        fail("Debian's rules_cc is not installed at %s; run tools/setup.sh" % source)
    result = ctx.execute(["cp", "-r", str(source) + "/.", "."])
    if result.return_code != 0:
        fail("copying %s failed: %s" % (source, result.stderr))
    for name in _PATCHED_FILES:
        text = ctx.read(name)
        text = text.replace(', "use_cpp_toolchain")', ")")
        text = text.replace("use_cpp_toolchain()", '["@bazel_tools//tools/cpp:toolchain_type"]')
        if "use_cpp_toolchain" in text:
            fail("unexpected content in %s: the patch no longer applies" % name)
        ctx.file(name, text)

debian_rules_cc = repository_rule(
    implementation = _debian_rules_cc_impl,
    attrs = {"path": attr.string(mandatory = True)},
    local = True,
)
