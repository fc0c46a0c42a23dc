const {parseArgs, inspect} = require('util');
function show(config) {
  try {
    console.log(inspect(parseArgs(config), {depth: 4}));
  } catch (error) {
    console.log(error.name, error.code, JSON.stringify(error.message));
  }
}
const options = {
  verbose: {type: 'boolean', short: 'v'},
  name: {type: 'string', short: 'n'},
  tag: {type: 'string', multiple: true, short: 't'},
  level: {type: 'string', default: 'info'},
  color: {type: 'boolean'},
};
show({args: ['-v', '--name', 'x', '-t', 'a', '--tag=b', '-tc'], options});
show({args: ['-vn', 'joe', 'file.txt', '--', '--verbose'], options, allowPositionals: true});
show({args: ['-vnjoe'], options, tokens: true});
show({args: ['--unknown'], options});
show({args: ['-x'], options});
show({args: ['-x'], options, allowPositionals: true});
show({args: ['--name'], options});
show({args: ['-n'], options});
show({args: ['--name', '--verbose'], options});
show({args: ['--verbose=yes'], options});
show({args: ['-v=yes'], options});
show({args: ['file'], options});
show({args: ['--x=1', '-y', '--z', 'p', '-'], options: {}, strict: false, tokens: true});
show({args: ['--no-color'], options, allowNegative: true});
show({args: [], options: {bad: {type: 'number'}}});
show({args: [], options: {bad: {type: 'string', short: 'ab'}}});
show({args: [], options: {bad: {type: 'string', default: 1}}});
show({args: [], options: {bad: {type: 'string', multiple: true, default: 'a'}}});
show({args: 'nope'});
show({args: [], options: 3});
show({args: ['-v', '-v'], options: {v: {type: 'boolean', multiple: true}}});
