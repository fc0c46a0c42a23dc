// Runs at each start: greets whoever is named on the command line.
const { greeting } = require('./lib/greeting');
const who = process.argv.slice(2).join(' ') || 'world';
console.log(`${greeting}, ${who}!`);
