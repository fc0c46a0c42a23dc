// expect-stderr: Trace: to stderr 1
// console.trace prints "Trace: message" and the stack through console.error;
// only the first line and the shape of the next are compared, as the frames
// name each runtime's files.
console.trace('to stderr %d', 1);
const error = console.error;
console.error = (text) => {
  const lines = text.split('\n');
  console.log(lines[0]);
  console.log(lines.length > 1 && lines[1].startsWith('    at '));
};
function caller() {
  console.trace('traced %s', 'message', { extra: 1 });
}
caller();
console.trace();
console.error = error;
