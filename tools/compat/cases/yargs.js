const yargs = require('yargs/yargs');
const { hideBin } = require('yargs/helpers');
const argv = yargs(hideBin(process.argv)).scriptName('tool')
  .command('serve [port]', 'start the server', (y) => y.positional('port', { describe: 'port', default: 5000, type: 'number' }),
    (a) => console.log('serve on', a.port, 'verbose', a.verbose))
  .option('verbose', { alias: 'v', type: 'boolean', description: 'Run with verbose logging' })
  .option('tags', { type: 'array' })
  .wrap(80).strict().parse();
console.log(JSON.stringify({ _: argv._, verbose: argv.verbose, tags: argv.tags, port: argv.port }));
yargs(['--help']).scriptName('tool').option('x', { type: 'string', describe: 'an x' }).wrap(80).exitProcess(false).parse();
yargs(['--bogus']).scriptName('tool').strict().exitProcess(false).fail((msg) => console.log('fail:', msg)).wrap(80).parse();
