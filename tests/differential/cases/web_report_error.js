// not-differential: Node 20 has no reportError; thaw reports its argument as an uncaught exception
// expect-stderr: RangeError: reported
// reportError hands the error to 'uncaughtException' listeners at once and
// returns; without a listener the process prints it and ends with code 1.
console.log(typeof reportError, Object.getOwnPropertyDescriptor(globalThis, 'reportError').enumerable);
const seen = [];
const listener = (error, origin) => seen.push(`${error.message} ${origin}`);
process.on('uncaughtException', listener);
reportError(new Error('handled'));
console.log('after reportError:', seen.join(', '));
process.off('uncaughtException', listener);
try {
  reportError();
} catch (error) {
  console.log(error.name, error.code, error.message);
}
process.on('exit', (code) => console.log('exit', code));
reportError(new RangeError('reported'));
console.log('not reached');
