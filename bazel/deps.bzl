"""The external repositories thaw's rules need, for any workspace.

    # WORKSPACE of a project that builds apps with thaw:
    local_repository(name = "thaw", path = "/path/to/thaw")
    load("@thaw//bazel:deps.bzl", "thaw_dependencies")
    thaw_dependencies()

thaw's own WORKSPACE calls it too. Everything comes from Debian (see
tools/setup.sh): Bazel's rule sets from /usr/share/bazel, the static -dev
libraries, and libnode 18.20.4 (bazel/libnode.bzl); the one exception is
acorn, the JavaScript parser the app builder embeds, which `npm ci`
installs from the npm registry (third_party/acorn). A repository the
workspace has already declared by the same name is left as it is, so a
project can bring its own rules_cc or platforms.
"""

load("//bazel:debian_libraries.bzl", "debian_absl", "debian_static_library")
load("//bazel:debian_rules_cc.bzl", "debian_rules_cc")
load("//bazel:libnode.bzl", "libnode_repository")
load("//bazel:npm.bzl", "npm_ci_repository")

def _thaw_local_folder_impl(ctx):
    # A local_repository of a folder inside thaw's own tree: a path relative
    # to the workspace would be relative to the project's workspace, not to
    # thaw's, so the folder is found through a label instead.
    folder = ctx.path(ctx.attr.anchor).dirname.get_child(ctx.attr.folder)
    for entry in folder.readdir():
        ctx.symlink(entry, entry.basename)

_thaw_local_folder = repository_rule(
    implementation = _thaw_local_folder_impl,
    attrs = {
        "anchor": attr.label(mandatory = True, allow_single_file = True),
        "folder": attr.string(mandatory = True),
    },
    local = True,
)

def _maybe(rule, name, **kwargs):
    if not native.existing_rule(name):
        rule(name = name, **kwargs)

def thaw_dependencies():
    """Declares every external repository @thaw's targets and rules use."""
    _maybe(debian_rules_cc, "rules_cc", path = "/usr/share/bazel/rules/cc")
    _maybe(native.local_repository, "platforms", path = "/usr/share/bazel/tools/platforms")
    _maybe(native.local_repository, "rules_java", path = "/usr/share/bazel/rules/java")
    _maybe(native.local_repository, "bazel_skylib", path = "/usr/share/bazel/tools/skylib")

    _maybe(
        libnode_repository,
        "libnode",
        build_file = Label("//third_party:libnode.BUILD"),
    )
    _maybe(debian_absl, "absl")

    # The JavaScript parser the app builder runs (third_party/acorn).
    _maybe(
        npm_ci_repository,
        "npm_acorn",
        package_json = Label("//third_party/acorn:package.json"),
        package_lock = Label("//third_party/acorn:package-lock.json"),
    )
    _maybe(
        debian_static_library,
        "zstd",
        archives = ["libzstd.a"],
        build_file = Label("//third_party:zstd.BUILD"),
        headers = ["zstd.h", "zstd_errors.h", "zdict.h"],
        package = "libzstd-dev",
    )
    _maybe(
        debian_static_library,
        "libuv",
        archives = [],
        build_file = Label("//third_party:libuv.BUILD"),
        headers = ["uv.h", "uv"],
        package = "libuv1-dev",
    )
    _maybe(
        debian_static_library,
        "openssl",
        archives = [],
        build_file = Label("//third_party:openssl.BUILD"),
        headers = ["openssl", "x86_64-linux-gnu/openssl"],
        package = "libssl-dev",
    )
    # zlib is linked dynamically, like OpenSSL: libnode.so.108 already loads
    # libz.so.1, so thaw uses that copy rather than adding a second one.
    _maybe(
        debian_static_library,
        "zlib",
        archives = [],
        build_file = Label("//third_party:zlib.BUILD"),
        headers = ["zlib.h", "zconf.h"],
        package = "zlib1g-dev",
    )
    _maybe(
        debian_static_library,
        "icu",
        archives = [],
        build_file = Label("//third_party:icu.BUILD"),
        headers = ["unicode"],
        package = "libicu-dev",
    )
    _maybe(
        debian_static_library,
        "googletest",
        archives = ["libgtest.a", "libgtest_main.a", "libgmock.a"],
        build_file = Label("//third_party:googletest.BUILD"),
        headers = ["gtest", "gmock"],
        package = "libgtest-dev",
    )

    # Stands in for the coverage tools Bazel's test rules would download, so
    # `bazel test` works offline.
    _maybe(
        _thaw_local_folder,
        "remote_coverage_tools",
        anchor = Label("//third_party:BUILD.bazel"),
        folder = "remote_coverage_tools",
    )
