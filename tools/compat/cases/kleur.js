const kleur = require('kleur');
kleur.enabled = true;
console.log(JSON.stringify(kleur.red().bold('hi') + kleur.bgGreen().black('x')));
kleur.enabled = false;
console.log(kleur.blue('off'));
