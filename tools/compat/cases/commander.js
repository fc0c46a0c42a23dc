const { Command, Option } = require('commander');
const program = new Command();
program.name('tool').version('1.2.3').description('A demo tool')
  .option('-v, --verbose', 'verbose output')
  .option('-n, --count <n>', 'a number', (v) => parseInt(v, 10), 1)
  .addOption(new Option('-m, --mode <mode>').choices(['fast', 'slow']).default('fast'));
program.command('greet <name> [rest...]').description('greet someone')
  .option('--shout').action((name, rest, opts) => {
    const s = `hello ${name} ${rest.join(',')}`;
    console.log(opts.shout ? s.toUpperCase() : s, program.opts());
  });
program.exitOverride();
program.configureOutput({ writeOut: (s) => process.stdout.write('[out] ' + s), writeErr: (s) => process.stdout.write('[err] ' + s) });
try { program.parse(process.argv); } catch (e) { console.log('caught', e.code, e.exitCode); }
try { program.parse(['node', 'x', '--help']); } catch (e) { console.log('caught', e.code); }
try { program.parse(['node', 'x', '--mode', 'medium']); } catch (e) { console.log('caught', e.code); }
