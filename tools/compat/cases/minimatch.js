const { minimatch } = require('minimatch');
console.log(minimatch('bar.foo', '*.foo'), minimatch('a/b/c.js', '**/*.{js,ts}'), minimatch('.x', '*'), minimatch('.x', '*', { dot: true }));
console.log(minimatch.makeRe('a/*/c?.js').source, minimatch.braceExpand('{a,b}{1..3}'));
