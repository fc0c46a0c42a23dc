// Evaluated at build time under thaw snapshot: the fonts are parsed once.
const figlet = require('figlet');
for (const f of ['Standard', 'Small', 'Mini']) figlet.loadFontSync(f);
module.exports = figlet;
