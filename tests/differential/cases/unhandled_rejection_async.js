// expect-stderr: Error: async failure
async function work() {
  await null;
  throw new Error('async failure');
}
work();
console.log('after call');
