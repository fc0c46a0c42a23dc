// CommonJS: require() resolution, caching, cycles, JSON, node_modules with
// "main" and "exports", node: built-ins, and Node's errors.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'module_fixtures');
const load = (request) => require(request.startsWith('.') ? path.join(fixtures, request) : request);
const helper = load('./lib/helper');
console.log(helper.helper(), helper.loadedBy, helper === load('./lib/helper.js'));
console.log(load('./data.json'), load('./data') === load('./data.json'));
console.log(load('./lib/cycle_a'));
const requireFromFixtures = require('module').createRequire(path.join(fixtures, 'x.js'));
console.log(requireFromFixtures('pkg'), requireFromFixtures('@sc/exp'));
console.log(requireFromFixtures('@sc/exp/feature'), requireFromFixtures('@sc/exp/sub/a'));
for (const request of ['@sc/exp/hidden', './missing', 'no-such-package', 'node:no-such', 'badmain', '']) {
  try {
    requireFromFixtures(request);
  } catch (error) {
    console.log(error.code, error.message.split('\n')[0].replace(fixtures, 'FIXTURES'));
  }
}
console.log(require('node:path') === require('path'), typeof require('events'), typeof require('fs').readFileSync);
console.log(this === module.exports, require.main === module, typeof require.cache);
console.log(path.basename(__filename), path.basename(__dirname));
console.log(require.resolve('path'), path.relative(fixtures, requireFromFixtures.resolve('pkg')));
