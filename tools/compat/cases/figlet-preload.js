const figlet = require('../lib/fonts');
console.log(figlet.textSync('thaw!', { font: 'Standard' }));
console.log(figlet.textSync('ok', { font: 'Small', horizontalLayout: 'full' }));
figlet.text('cb', { font: 'Mini' }, (err, data) => console.log(err, data));
