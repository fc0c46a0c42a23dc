// pipe-to: head -n 1
// not-differential: Node throws an unhandled 'error' event (exit 1, stack trace); thaw ends quietly
for (let i = 0; i < 200000; i++) process.stdout.write(`${i}\n`);
