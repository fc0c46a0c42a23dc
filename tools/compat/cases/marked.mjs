import { marked } from 'marked';
console.log(marked.parse('# Title\n\nSome *emphasis* and `code`.\n\n- a\n- b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n```js\nlet a = 1;\n```\n'));
console.log(marked.parseInline('**bold** <http://example.com>'));
