import { parse, stringify } from 'smol-toml';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const iarna = require('@iarna/toml');
const src = 'title = "TOML"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\n[[products]]\nname = "Hammer"\nsku = 738594937\n[[products]]\nname = "Nail"\ncolor = "gray"\n';
const a = parse(src);
console.log(a, stringify({ a: 1, b: { c: [1, 2] } }));
console.log(JSON.stringify(iarna.parse(src)));
console.log(iarna.stringify({ x: 1.5, s: 'str', arr: [1, 2] }));
try { parse('a = '); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
