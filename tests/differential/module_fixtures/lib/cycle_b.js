const a = require("./cycle_a"); exports.seenA = a.a;
