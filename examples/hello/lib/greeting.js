// Evaluated once, while the snapshot is built.
const words = ['Hello', 'from', 'a', 'thaw', 'app'];
module.exports = { greeting: words.join(' '), builtAt: new Date().toISOString().slice(0, 4) };
