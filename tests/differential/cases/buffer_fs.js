// fs.readFileSync returns a Buffer without an encoding and decodes others.
const fs = require('fs');
const os = require('path');
const file = os.join(__dirname, 'buffer_fs.js');
const data = fs.readFileSync(file);
console.log(Buffer.isBuffer(data), data.length > 0, data.subarray(0, 10), data.toString('utf8', 0, 10));
console.log(fs.readFileSync(file, 'hex').slice(0, 20), fs.readFileSync(file, {encoding: 'base64'}).slice(0, 12));
console.log(fs.readFileSync(file, 'latin1').slice(0, 5), Buffer.isBuffer(fs.readFileSync(file, {})));
try {
  fs.readFileSync(file, 'nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  fs.readFileSync(file, 'buffer');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
