const { parse } = require('csv-parse/sync');
console.log(parse('a,b,c\n1,"two, 2",3\n4,"five ""5""",6\n', { columns: true, skip_empty_lines: true }));
console.log(parse('x;y\n1;2', { delimiter: ';', cast: true }));
try { parse('a,b\n1,2,3\n'); } catch (e) { console.log(e.code, e.message); }
const { parse: parseAsync } = require('csv-parse');
parseAsync('p,q\n1,2\n', { columns: true }, (err, rows) => console.log('async', err, rows));
