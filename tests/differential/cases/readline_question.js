// stdin: readline_question.stdin
// readline/promises question() writes the query to output and resolves
// with the next line; the rest go to 'line' or async iteration.
const readline = require('readline/promises');
const rl = readline.createInterface({input: process.stdin, output: process.stdout});
(async () => {
  const name = await rl.question('Name? ');
  const age = await rl.question('Age? ');
  console.log(`\nhello ${name}, ${age}`);
  rl.setPrompt('>> ');
  console.log(JSON.stringify(rl.getPrompt()));
  const rest = [];
  for await (const line of rl) rest.push(line);
  console.log(JSON.stringify(rest));
})();
