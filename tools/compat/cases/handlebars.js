const Handlebars = require('handlebars');
Handlebars.registerHelper('shout', (s) => String(s).toUpperCase());
Handlebars.registerPartial('item', '<li>{{name}} ({{@index}})</li>');
const t = Handlebars.compile('<h1>{{shout title}}</h1>{{#if items.length}}<ul>{{#each items}}{{> item}}{{/each}}</ul>{{else}}none{{/if}} {{{raw}}} {{esc}}');
console.log(t({ title: 'list', items: [{ name: 'a' }, { name: 'b' }], raw: '<b>', esc: '<i>&' }));
console.log(Handlebars.precompile('{{x}}').length > 10);
try { Handlebars.compile('{{#if}}')(); } catch (e) { console.log(e.message.split('\n')[0]); }
