// process.exitCode accepts integers and integer strings, nothing else.
for (const value of [1.5, 'abc', {}, true]) {
  try {
    process.exitCode = value;
    console.log('accepted', value);
  } catch (error) {
    console.log(error.name, error.code);
  }
}
process.exitCode = '3';
console.log(process.exitCode);
