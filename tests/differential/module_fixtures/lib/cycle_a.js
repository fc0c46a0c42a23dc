exports.a = 1; const b = require("./cycle_b"); exports.bSeen = b.seenA;
