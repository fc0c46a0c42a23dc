"""Bazel rules for apps built with thaw. Load them from another workspace:

    local_repository(name = "thaw", path = "...")   # in WORKSPACE
    load("@thaw//bazel:defs.bzl", "thaw_app_binary", "thaw_snapshot")

    thaw_snapshot(
        name = "app_snapshot",
        entry = "main.js",
        srcs = glob(["lib/**/*.js"]),   # everything the entry requires
        compress = "zstd",              # or "none" (faster start, bigger)
    )
    thaw_app_binary(name = "app", snapshot = ":app_snapshot")

thaw_snapshot runs `thaw snapshot` as an ordinary, cacheable action: the
modules the entry requires are evaluated then, the entry at each start (see
the README's "App snapshots"). thaw_app_binary links the thaw runtime with
the standard library's blob and the app's, each with .incbin into a section
of its own; the result runs the app with all of its arguments.
"""

load("//bazel:thaw.bzl", "thaw_embedded_blob")
load("@rules_cc//cc:defs.bzl", "cc_binary", "cc_library")

def _thaw_snapshot_impl(ctx):
    blob = ctx.actions.declare_file(ctx.label.name + ".blob")
    entry = ctx.file.entry
    ctx.actions.run(
        executable = ctx.executable._thaw,
        arguments = [
            "snapshot",
            entry.path,
            "-o",
            blob.path,
            "--compress",
            ctx.attr.compress,
        ],
        inputs = [entry] + ctx.files.srcs + ctx.files.data,
        outputs = [blob],
        mnemonic = "ThawAppSnapshot",
        progress_message = "Building the app snapshot %s" % blob.short_path,
    )
    return [DefaultInfo(files = depset([blob]), runfiles = ctx.runfiles(files = [blob]))]

thaw_snapshot = rule(
    implementation = _thaw_snapshot_impl,
    doc = "An app blob: `thaw snapshot entry -o <name>.blob`.",
    attrs = {
        "entry": attr.label(allow_single_file = [".js", ".cjs"], mandatory = True),
        "srcs": attr.label_list(
            allow_files = True,
            doc = "The modules the entry requires (and what they require).",
        ),
        "data": attr.label_list(
            allow_files = True,
            doc = "Files the modules read while the snapshot is built.",
        ),
        "compress": attr.string(
            default = "zstd",
            doc = "zstd, zstd:LEVEL or none.",
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
