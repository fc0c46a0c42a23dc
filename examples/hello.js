// A first script: `thaw examples/hello.js you`.
const who = process.argv[2] ?? 'world';
console.log(`Hello, ${who}! This is thaw ${thaw.version}, started from a snapshot.`);
