// How argument errors describe the value they got, through the one shared
// helper: anonymous functions and classes, long strings cut before quoting.
const path = require('path');
for (const value of [() => {}, function named() {}, 12345.5, 5n, Symbol('s'), true,
                     Object.create(null), new (class {})(), [1, 2], { a: 1 }]) {
  try { path.join(value); } catch (error) { console.log(error.code, error.message); }
}
for (const value of ['x'.repeat(30), "it's a long string with a quote inside", 'short']) {
  try { Buffer.alloc(value); } catch (error) { console.log(error.code, error.message); }
}
