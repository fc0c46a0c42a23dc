const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({ type: 'object', properties: { foo: { type: 'integer', minimum: 3 }, bar: { type: 'string', pattern: '^a+$' } }, required: ['foo'], additionalProperties: false });
console.log(validate({ foo: 4, bar: 'aaa' }), validate.errors);
console.log(validate({ foo: 1, bar: 'b', baz: 1 }), JSON.stringify(validate.errors));
console.log(ajv.errorsText(validate.errors));
