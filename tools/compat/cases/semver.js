const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.valid('a.b.c'), semver.clean('  =v1.2.3   '));
console.log(semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.gt('1.2.3', '9.8.7'));
console.log(semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0-beta.1', '2.0.0'], '^1.2.0'));
console.log(semver.sort(['3.0.0', '1.0.0-alpha', '1.0.0', '2.1.0']).join(' '));
console.log(semver.inc('1.2.3-rc.1', 'prerelease', 'rc'), semver.coerce('v3.4 build').version, semver.diff('1.0.0', '1.1.0'));
console.log(new semver.Range('>=1.2.7 <1.3.0 || ^2').toString());
try { new semver.SemVer('nope'); } catch (e) { console.log(e.name, e.message); }
