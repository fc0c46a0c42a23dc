"""Wraps Debian's static -dev libraries (Abseil, zstd, GoogleTest) as Bazel targets.

thaw links these statically: every shared library a binary loads costs
start-up time. The headers and archives are symlinked from the system, so
`tools/setup.sh` must have installed the packages first.
"""

_LIB_DIR = "/usr/lib/x86_64-linux-gnu"

def _require_file(ctx, path, package):
    if not ctx.path(path).exists:
        fail("%s is missing: install Debian's %s (run tools/setup.sh)" % (path, package))

def _absl_requires(text):
    """Returns the absl_* module names a pkg-config file lists under Requires."""
    names = []
    for line in text.splitlines():
        if line.startswith("Requires:"):
            for entry in line[len("Requires:"):].split(","):
                name = entry.strip().split(" ")[0]
                if name:
                    names.append(name)
    return names

def _absl_library_name(text):
    for line in text.splitlines():
        if line.startswith("Libs:"):
            for word in [w for w in line.replace("\t", " ").split(" ") if w]:
                if word.startswith("-labsl_"):
                    return word[len("-l"):]
    return None

def _debian_absl_impl(ctx):
    _require_file(ctx, "/usr/include/absl/base/config.h", "libabsl-dev")
    ctx.symlink("/usr/include/absl", "include/absl")
    pkgconfig = ctx.path(_LIB_DIR + "/pkgconfig")
    rules = [
        "package(default_visibility = [\"//visibility:public\"])",
        "",
        "cc_library(",
        "    name = \"headers\",",
        "    hdrs = glob([\"include/absl/**/*.h\", \"include/absl/**/*.inc\"]),",
        "    includes = [\"include\"],",
        "    defines = [\"NOMINMAX\"],",
        ")",
    ]

    # One target a pkg-config module, with that module's Requires as deps, so
    # Bazel orders the archives on the link line the way Abseil needs.
    for entry in pkgconfig.readdir():
        file_name = entry.basename
        if not (file_name.startswith("absl_") and file_name.endswith(".pc")):
            continue
        module = file_name[len("absl_"):-len(".pc")]
        text = ctx.read(entry)
        library = _absl_library_name(text)
        srcs = []
        if library:
            archive = "lib/lib%s.a" % library
            _require_file(ctx, "%s/lib%s.a" % (_LIB_DIR, library), "libabsl-dev")
            ctx.symlink("%s/lib%s.a" % (_LIB_DIR, library), archive)
            srcs.append(archive)
        deps = [":headers"] + [":" + name[len("absl_"):] for name in _absl_requires(text)]
        rules.append("cc_library(name = %r, srcs = %r, deps = %r, linkopts = [\"-pthread\"])" %
                     (module, srcs, deps))
    ctx.file("BUILD.bazel", "\n".join(rules) + "\n")

debian_absl = repository_rule(implementation = _debian_absl_impl, local = True)

def _debian_static_library_impl(ctx):
    for header in ctx.attr.headers:
        _require_file(ctx, "/usr/include/" + header, ctx.attr.package)
        ctx.symlink("/usr/include/" + header, "include/" + header)
    for archive in ctx.attr.archives:
        _require_file(ctx, _LIB_DIR + "/" + archive, ctx.attr.package)
        ctx.symlink(_LIB_DIR + "/" + archive, "lib/" + archive)
    ctx.file("BUILD.bazel", ctx.read(ctx.attr.build_file))

debian_static_library = repository_rule(
    implementation = _debian_static_library_impl,
    attrs = {
        "package": attr.string(mandatory = True),
        "headers": attr.string_list(mandatory = True),
        "archives": attr.string_list(mandatory = True),
        "build_file": attr.label(mandatory = True, allow_single_file = True),
    },
    local = True,
)
