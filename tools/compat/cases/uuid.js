const { v5, v3, validate, version, parse, stringify, NIL, v4 } = require('uuid');
console.log(v5('hello', v5.URL), v3('hello', v3.DNS));
console.log(validate(v4()), version(v4()), validate('nope'), NIL);
console.log(stringify(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')));
