import { nanoid, customAlphabet, urlAlphabet } from 'nanoid';
const id = nanoid();
const c = customAlphabet('abc', 10)();
console.log(id.length, /^[A-Za-z0-9_-]+$/.test(id), c.length, /^[abc]{10}$/.test(c), urlAlphabet.length, nanoid(5).length);
