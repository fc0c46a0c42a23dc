"""Brings in V8 as Debian's libnode 18.20.4 (V8 10.2.154.26), pinned.

Two ways to get it, tried in order:
  1. The system has libnode-dev at exactly the pinned version installed, and
     its headers say V8 10.2.154: use them in place.
  2. Otherwise (the usual case: the preinstalled Node.js 20 blocks
     `apt-get install libnode-dev`), `apt-get download` the two pinned .deb
     files, check their SHA-256 and unpack them with `dpkg-deb -x`. A folder
     named by $THAW_DEB_CACHE that already holds the files is used first.
     The files are kept in the repository's debs/ folder (@libnode//:debs).

Either way the headers must report V8 10.2.154: headers of another V8 (Node
20 puts V8 11.3 headers in /usr/include/node) compile fine against
libnode.so.108 and then crash at run time, so that is a hard error here.

The repository also gets `runtime_deps/`: a symlink to every shared library
libnode.so.108 loads (its DT_NEEDED closure, as `ldd` resolves it on this
machine). tools/libnode_symbolic reads them to leave symbolic every symbol one
of them also defines, and to know which functions the libraries it drops from
libnode's DT_NEEDED (OpenSSL, c-ares) define (see third_party/libnode.BUILD).
"""

LIBNODE_VERSION = "18.20.4+dfsg-1~deb12u3"
V8_VERSION = "10.2.154.26"

_DEBS = {
    "libnode108": "4d1b4ba623b2f65a1b8a9524d3ecccd535388acbac1f9ce810eab017bbc01036",
    "libnode-dev": "bc65d683437b088672e05305847675d3a3da45a36b6f6b8d00b4f9a3286e886c",
}

_LIB_DIR = "usr/lib/x86_64-linux-gnu"

def _run(ctx, args, what):
    result = ctx.execute(args, timeout = 600)
    if result.return_code != 0:
        fail("%s failed (%s): %s%s" % (what, " ".join(args), result.stdout, result.stderr))
    return result.stdout

def _deb_file_name(package):
    return "%s_%s_amd64.deb" % (package, LIBNODE_VERSION.replace(":", "%3a"))

def _sha256(ctx, path):
    return _run(ctx, ["sha256sum", str(path)], "hashing " + str(path)).split(" ")[0]

def _fetch_deb(ctx, package, expected_sha256):
    name = _deb_file_name(package)
    cache = ctx.os.environ.get("THAW_DEB_CACHE", "")
    if cache and ctx.path(cache + "/" + name).exists:
        _run(ctx, ["cp", cache + "/" + name, name], "copying " + name)
    else:
        _run(ctx, ["apt-get", "download", "%s=%s" % (package, LIBNODE_VERSION)], "downloading " + package)
    actual = _sha256(ctx, ctx.path(name))
    if actual != expected_sha256:
        fail("%s has SHA-256 %s, expected %s" % (name, actual, expected_sha256))
    _run(ctx, ["dpkg-deb", "-x", name, "root"], "unpacking " + name)

    # The .deb stays in debs/ (@libnode//:debs), where a nested build can
    # find it through $THAW_DEB_CACHE instead of downloading it again
    # (tests/external_workspace_test.sh).
    _run(ctx, ["mkdir", "-p", "debs"], "creating debs/")
    _run(ctx, ["mv", name, "debs/" + name], "keeping " + name)

def _system_libnode_matches(ctx):
    result = ctx.execute(["dpkg-query", "-W", "-f=${Version}", "libnode-dev", "libnode108"])
    return result.return_code == 0 and result.stdout == LIBNODE_VERSION + LIBNODE_VERSION

def _v8_version_of(ctx, header):
    text = ctx.read(header)
    parts = []
    for macro in ["V8_MAJOR_VERSION", "V8_MINOR_VERSION", "V8_BUILD_NUMBER", "V8_PATCH_LEVEL"]:
        value = None
        for line in text.splitlines():
            fields = [w for w in line.replace("\t", " ").split(" ") if w]
            if len(fields) == 3 and fields[0] == "#define" and fields[1] == macro:
                value = fields[2]
        if value == None:
            fail("%s does not define %s" % (header, macro))
        parts.append(value)
    return ".".join(parts)

def _link_runtime_deps(ctx, library):
    """Symlinks runtime_deps/<name> to each library `library` loads."""
    result = ctx.execute(["ldd", str(library)], environment = {"LD_LIBRARY_PATH": "", "LD_PRELOAD": ""})
    if result.return_code != 0:
        fail("ldd %s failed: %s%s" % (library, result.stdout, result.stderr))
    missing = []
    for line in result.stdout.splitlines():
        fields = line.strip().split(" ")
        if len(fields) >= 3 and fields[1] == "=>":
            name, path = fields[0], fields[2]
            if path == "not":
                missing.append(name)
                continue
        elif len(fields) == 2 and fields[0].startswith("/"):
            name, path = fields[0].split("/")[-1], fields[0]  # the program interpreter
        elif len(fields) == 2 and fields[0].startswith("linux-vdso"):
            continue
        else:
            fail("ldd %s: line not understood: %s" % (library, line))
        ctx.symlink(path, "runtime_deps/" + name)
    if missing:
        fail("libnode.so.108 needs %s, which this machine does not have; run tools/setup.sh" %
             ", ".join(missing))

def _libnode_repository_impl(ctx):
    if _system_libnode_matches(ctx):
        ctx.symlink("/usr/include/node", "root/usr/include/node")
        ctx.symlink("/" + _LIB_DIR + "/libnode.so.108", "root/" + _LIB_DIR + "/libnode.so.108")
    else:
        for package, sha256 in _DEBS.items():
            _fetch_deb(ctx, package, sha256)
    _link_runtime_deps(ctx, ctx.path("root/" + _LIB_DIR + "/libnode.so.108"))
    found = _v8_version_of(ctx, ctx.path("root/usr/include/node/v8-version.h"))
    if found != V8_VERSION:
        fail("libnode headers report V8 %s, but thaw needs V8 %s (libnode %s)" %
             (found, V8_VERSION, LIBNODE_VERSION))
    # The BUILD file runs tools from thaw's own tree, written "@//tools/...".
    # In another workspace thaw is an external repository (@thaw), and "@//"
    # would name that workspace instead, so it becomes thaw's repository.
    thaw_repository = "@%s//" % ctx.attr.build_file.workspace_name
    ctx.file("BUILD.bazel", ctx.read(ctx.attr.build_file).replace("@//", thaw_repository))

libnode_repository = repository_rule(
    implementation = _libnode_repository_impl,
    attrs = {"build_file": attr.label(mandatory = True, allow_single_file = True)},
    environ = ["THAW_DEB_CACHE"],
)
