// process.env: string conversion, deletion, enumeration, `in`.
process.env.THAW_TEST_VAR = 42;
console.log(typeof process.env.THAW_TEST_VAR, process.env.THAW_TEST_VAR);
console.log('THAW_TEST_VAR' in process.env, Object.keys(process.env).includes('THAW_TEST_VAR'));
process.env.THAW_TEST_VAR = undefined;
console.log(process.env.THAW_TEST_VAR);
delete process.env.THAW_TEST_VAR;
console.log(process.env.THAW_TEST_VAR, 'THAW_TEST_VAR' in process.env);
console.log(process.env.THAW_NOT_SET_ANYWHERE);
console.log(typeof process.env.PATH);
