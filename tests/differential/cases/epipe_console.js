// pipe-to: head -n 2
// A closed pipe ends the process quietly: no stack trace, exit code 0.
for (let i = 0; i < 200000; i++) console.log(`line ${i}`);
