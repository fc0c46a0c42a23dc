// Evaluated once, at build time: the word list becomes part of the snapshot.
const fs = require('fs');
const path = require('path');

module.exports = new Set(
  fs.readFileSync(path.join(__dirname, 'words.txt'), 'utf8').split('\n').filter(Boolean),
);
