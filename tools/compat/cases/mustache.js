const Mustache = require('mustache');
console.log(Mustache.render('Hi {{name}}! {{#items}}[{{.}}]{{/items}}{{^none}}empty{{/none}} {{&html}} {{html}} {{> p}}', { name: 'M', items: [1, 2], html: '<a>' }, { p: 'partial {{name}}' }));
console.log(JSON.stringify(Mustache.parse('{{a}} {{#b}}c{{/b}}')));
