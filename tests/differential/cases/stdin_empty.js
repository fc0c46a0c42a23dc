// Empty stdin ends at once.
(async () => {
  let chunks = 0;
  for await (const chunk of process.stdin) chunks++;
  console.log('chunks', chunks);
})();
