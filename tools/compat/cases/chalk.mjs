import chalk, { Chalk, supportsColor } from 'chalk';
const c = new Chalk({ level: 1 });
console.log(JSON.stringify(c.red.bold('red bold') + ' ' + c.bgBlue.white('x') + c.hex('#ff8800')('hex')));
const c3 = new Chalk({ level: 3 });
console.log(JSON.stringify(c3.rgb(10, 20, 30).underline('rgb') + c3.visible('v')));
console.log(chalk.level, supportsColor, JSON.stringify(chalk.green('plain when piped')));
