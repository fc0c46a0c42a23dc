// stdin: test_input.stdin
// for await over process.stdin.
(async () => {
  let total = '';
  for await (const chunk of process.stdin) total += chunk;
  console.log(total.split('\n').filter(Boolean).map((line) => line.toUpperCase()).join('|'));
})();
