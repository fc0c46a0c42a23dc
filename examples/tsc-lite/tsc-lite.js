const fs = require('fs');
const { ts, options } = require('./lib/ts_warm');
const input = fs.readFileSync(process.argv[2], 'utf8');
process.stdout.write(ts.transpileModule(input, options).outputText);
