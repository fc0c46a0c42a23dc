const pc = require('picocolors');
const c = pc.createColors(true);
console.log(JSON.stringify(c.red(c.bold('nested') + 'x') + c.dim('d')));
console.log(pc.isColorSupported, JSON.stringify(pc.green('piped')));
