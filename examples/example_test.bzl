"""thaw_example_test: an example app run every way thaw builds it, against Node."""

def thaw_example_test(name, snapshot, app, entry, cases, data = [], size = "medium"):
    """Compares `app`, `snapshot` and `thaw compile` of `entry` with node.

    Args:
      name: the test.
      snapshot: the app's thaw_snapshot.
      app: the thaw_app_binary built from it.
      entry: the entry's workspace path, e.g. "examples/marked/marked-cli.js".
      cases: each a command line, words separated by spaces; "<FILE" is
        standard input; a leading "!" means node must fail (see
        example_test.sh).
      data: input files the cases name.
      size: the test's size.
    """
    native.filegroup(
        name = name + "_app_tree",
        srcs = [snapshot],
        output_group = "app_tree",
    )
    args = [
        "--thaw",
        "$(rootpath //:thaw)",
        "--app",
        "$(rootpath %s)" % app,
        "--blob",
        "$(rootpath %s)" % snapshot,
        "--entry",
        "$(rootpath :%s_app_tree)/%s" % (name, entry),
    ]
    for case in cases:
        # sh_test splits args like a shell, so each case is quoted whole.
        args += ["--case", "'%s'" % case]
    native.sh_test(
        name = name,
        size = size,
        srcs = ["//examples:example_test.sh"],
        args = args,
        data = ["//:thaw", app, snapshot, ":%s_app_tree" % name] + data,
    )
