// Run once at build time (thaw_snapshot's warmup): looks words up, so the
// code doing it is compiled into the snapshot.
const known = require('./lib/words');
for (const word of ['hello', 'Bazel', 'world']) known.has(word.toLowerCase());
