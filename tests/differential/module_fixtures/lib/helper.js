module.exports = {helper: () => 42, loadedBy: module.parent && require("path").basename(module.parent.filename)};
