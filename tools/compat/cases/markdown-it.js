const MarkdownIt = require('markdown-it');
const md = new MarkdownIt({ linkify: true, typographer: true });
console.log(md.render('# Hi\n\n"Quotes" -- and (c) www.example.com\n\n> quote\n\n1. one\n2. two\n\n~~strike~~ [link](http://x.y "t")\n'));
console.log(md.parse('*a*', {}).map((t) => t.type).join(','));
