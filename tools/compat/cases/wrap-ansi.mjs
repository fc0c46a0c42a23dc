import wrapAnsi from 'wrap-ansi';
console.log(JSON.stringify(wrapAnsi('The quick \u001b[31mbrown fox jumped\u001b[39m over the lazy dog', 10, { hard: true })));
console.log(wrapAnsi('abcdefghijklmnop qrstu', 5, { hard: true, trim: false }));
