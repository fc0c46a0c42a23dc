// os.tmpdir(): TMPDIR, then TMP, then TEMP, then /tmp; a trailing slash is dropped.
const os = require('os');
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
console.log(os.tmpdir());
process.env.TEMP = '/temp/';
console.log(os.tmpdir());
process.env.TMP = '/tmp-b';
console.log(os.tmpdir());
process.env.TMPDIR = '/x/y//';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
process.env.TMPDIR = '';
console.log(os.tmpdir());
process.env.HOME = '/home/someone';
console.log(os.homedir());
