"""Bazel rules for apps built with thaw. Load them from another workspace:

    # WORKSPACE
    local_repository(name = "thaw", path = "...")
    load("@thaw//bazel:deps.bzl", "thaw_dependencies")
    thaw_dependencies()

    # BUILD
    load("@thaw//bazel:defs.bzl", "thaw_binary", "thaw_snapshot")

    thaw_snapshot(
        name = "app_snapshot",
        entry = "main.js",
        srcs = glob(["lib/**/*.js"]),   # everything the entry requires
        node_modules = ["@npm_app//:node_modules"],   # optional, see npm.bzl
        compress = "none",              # the default; "zstd[:LEVEL]" is smaller, slower to start
    )
    thaw_binary(name = "app", snapshot = ":app_snapshot")

thaw_snapshot runs `thaw snapshot` as an ordinary, cacheable action: the
modules the entry requires are evaluated then, the entry at each start (see
the README's "App snapshots"). thaw_binary links the thaw runtime with
the standard library's blob and the app's, each with .incbin into a section
of its own; the result runs the app with all of its arguments.
"""

load("@rules_cc//cc:defs.bzl", "cc_binary", "cc_library")
load("//bazel:thaw.bzl", "thaw_embedded_blob")

# Copies each file (argument pairs SOURCE DEST) into the folder $1. Copies,
# not symlinks: thaw's module loader, like Node's, resolves a module's real
# path and looks for node_modules from there, and a symlink would lead it
# back into the source tree (or the sandbox's view of it).
_STAGE_COMMAND = """\
set -eu
out="$1"
shift
while [ "$#" -gt 0 ]; do
  mkdir -p "$out/$(dirname "$2")"
  cp "$1" "$out/$2"
  shift 2
done
"""

def _workspace_path(file):
    """Where a source or generated file goes in the staged tree."""
    path = file.short_path
    if path.startswith("../"):
        return "external/" + path[len("../"):]
    return path

def _node_modules_path(file):
    """node_modules/<package>/... for a file installed under node_modules."""
    path = file.short_path
    marker = "node_modules/"
    index = path.find(marker)
    if index < 0:
        fail("%s is not under a node_modules folder; node_modules takes the " % file.short_path +
             "files of an npm install, e.g. @npm_app//:node_modules (see @thaw//bazel:npm.bzl)")
    return path[index:]

def _thaw_snapshot_impl(ctx):
    # The app's files, copied into <name>.app/ with their workspace paths, and
    # its npm packages into <name>.app/node_modules/, which every module
    # finds by walking up from its own folder, as in Node.
    tree = ctx.actions.declare_directory(ctx.label.name + ".app")
    pairs = ctx.actions.args()
    pairs.add(tree.path)
    app_files = ([ctx.file.entry] + ctx.files.srcs + ctx.files.deps + ctx.files.data +
                 ctx.files.warmup)
    for f in app_files:
        pairs.add_all([f.path, _workspace_path(f)])
    for f in ctx.files.node_modules:
        pairs.add_all([f.path, _node_modules_path(f)])
    ctx.actions.run_shell(
        command = _STAGE_COMMAND,
        arguments = [pairs],
        inputs = app_files + ctx.files.node_modules,
        outputs = [tree],
        mnemonic = "ThawAppStage",
        progress_message = "Gathering the files of the app %s" % ctx.label,
    )

    blob = ctx.actions.declare_file(ctx.label.name + ".blob")
    options = ["--compress", ctx.attr.compress]
    for specifier in ctx.attr.defer:
        options += ["--defer", specifier]
    if ctx.file.warmup:
        options += ["--warmup", "%s/%s" % (tree.path, _workspace_path(ctx.file.warmup))]
    ctx.actions.run_shell(
        # $1 thaw, $2 the staged tree, $3 the entry in it, $4 the blob, then
        # thaw snapshot's options. The staged tree is the app's root: its
        # real location (the sandbox links to it) is what thaw records
        # paths relative to, as /thaw-app/..., so the blob does not depend
        # on the output base.
        command = 'thaw="$1" entry="$2/$3" out="$4"; real="$(realpath "$entry")"; ' +
                  'root="${real%/$3}"; shift 4; ' +
                  '"$thaw" snapshot "$entry" -o "$out" --root "$root" "$@"',
        arguments = [
            ctx.executable._thaw.path,
            tree.path,
            _workspace_path(ctx.file.entry),
            blob.path,
        ] + options,
        inputs = [tree],
        tools = [ctx.executable._thaw],
        outputs = [blob],
        mnemonic = "ThawAppSnapshot",
        progress_message = "Building the app snapshot %s" % blob.short_path,
    )
    return [
        DefaultInfo(files = depset([blob]), runfiles = ctx.runfiles(files = [blob])),
        # The staged tree runs under node or `thaw compile` as it is:
        # examples/example_test.sh compares those with the blob.
        OutputGroupInfo(app_tree = depset([tree])),
    ]

thaw_snapshot = rule(
    implementation = _thaw_snapshot_impl,
    doc = """An app blob: `thaw snapshot entry -o <name>.blob`.

The entry, srcs and data are copied with their workspace paths into
<name>.app/ (output group app_tree), node_modules files into
<name>.app/node_modules/, and the snapshot is built from that tree.""",
    attrs = {
        "entry": attr.label(allow_single_file = [".js", ".cjs", ".mjs"], mandatory = True),
        "srcs": attr.label_list(
            allow_files = True,
            doc = "The modules the entry requires (and what they require).",
        ),
        "deps": attr.label_list(
            allow_files = True,
            doc = "Libraries from other packages that the app's modules " +
                  "require (filegroups of JS files); staged like srcs, with " +
                  "their workspace paths.",
        ),
        "data": attr.label_list(
            allow_files = True,
            doc = "Files the modules read while the snapshot is built.",
        ),
        "node_modules": attr.label_list(
            allow_files = True,
            doc = "npm packages: files installed under a node_modules folder " +
                  "(e.g. @npm_app//:node_modules from npm_ci_repository). " +
                  "Each keeps its path from node_modules/ on.",
        ),
        "compress": attr.string(
            default = "none",
            doc = "none (the default: fastest start), zstd or zstd:LEVEL.",
        ),
        "defer": attr.string_list(
            doc = "Specifiers (resolved from the entry) kept for start-up: " +
                  "`thaw snapshot --defer`.",
        ),
        "warmup": attr.label(
            allow_single_file = [".js", ".cjs"],
            doc = "A CommonJS script run once after the app is prepared, so " +
                  "the functions it calls are compiled into the snapshot: " +
                  "`thaw snapshot --warmup`.",
        ),
        "_thaw": attr.label(
            default = Label("//:thaw"),
            executable = True,
            cfg = "exec",
        ),
    },
)

def thaw_app_binary(name, snapshot, visibility = None, **kwargs):
    """An executable that runs the app in `snapshot` (a thaw_snapshot)."""
    thaw_embedded_blob(
        name = name + "_stdlib_blob",
        snapshot = Label("//stdlib_js:stdlib"),
    )
    thaw_embedded_blob(
        name = name + "_app_blob",
        snapshot = snapshot,
        section = ".thaw_app",
        symbol = "thaw_embedded_app",
    )
    cc_library(
        name = name + "_blobs",
        srcs = [":" + name + "_stdlib_blob", ":" + name + "_app_blob"],
        alwayslink = True,
    )
    cc_binary(
        name = name,
        deps = [Label("//runtime:runtime_main"), ":" + name + "_blobs"],
        visibility = visibility,
        **kwargs
    )

# The name the rules are documented by: thaw_binary(name, snapshot) links
# the runtime with an app's blob (thaw_app_binary above).
thaw_binary = thaw_app_binary
