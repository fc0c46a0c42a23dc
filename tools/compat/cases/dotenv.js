const dotenv = require('dotenv');
console.log(dotenv.parse('A=1\nB="two words"\n# c\nC=\'x#y\'\nMULTI="l1\\nl2"\nexport D=4\n'));
const r = dotenv.config({ path: 'tree/none.env' });
console.log(r.error && r.error.code);
