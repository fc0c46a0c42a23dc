// How loading ES modules fails: each import() rejects with Node's code and
// message; require() of an ES module gives its namespace unless it awaits.
const fixtures = '../module_fixtures/esm/';
const attempts = [
  'nothere.mjs', 'dir', 'notes.txt', 'data.json', 'bad_syntax.mjs', 'missing_export.mjs',
  'throws.mjs', 'cjs_hidden_export.mjs', 'node:nope', 'no-such-package',
  'https://example.com/x.mjs',
];

(async () => {
  for (const name of attempts) {
    const specifier = name.includes(':') || name.startsWith('no-') ? name : fixtures + name;
    try {
      await import(specifier);
      console.log(name, 'loaded');
    } catch (error) {
      const message = error.message.replace(/\/\S*\/tests\/differential\//g, '<dir>/');
      console.log(name, error.name, error.code, message.split('\n')[0]);
    }
  }
  console.log(require(fixtures + 'plain.mjs'));
  try {
    require(fixtures + 'tla.mjs');
  } catch (error) {
    console.log(error.code);
  }
  const json = await import(fixtures + 'data.json', {assert: {type: 'json'}});
  console.log(json.default);
})();
