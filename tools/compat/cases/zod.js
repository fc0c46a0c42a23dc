const { z } = require('zod');
const User = z.object({ name: z.string().min(2), age: z.number().int().positive().optional(), tags: z.array(z.enum(['a', 'b'])).default([]) }).strict();
console.log(User.parse({ name: 'Al', age: 3 }));
const r = User.safeParse({ name: 'A', age: -1.5, tags: ['c'], extra: 1 });
console.log(r.success, JSON.stringify(r.error.issues));
console.log(r.error.format());
console.log(z.string().email().safeParse('a@b.co').success, z.coerce.number().parse('42'), z.union([z.string(), z.number()]).parse(5));
