const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.groupBy(['one', 'two', 'three'], 'length'));
console.log(_.template('hello <%= user %>! <% _.forEach(xs, function(x) { %><li><%- x %></li><% }); %>')({ user: 'bob', xs: ['<a>', 'b'] }));
console.log(_.merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }), _.cloneDeep(new Map([[1, { a: 1 }]])));
console.log(_.camelCase('Foo Bar-baz'), _.kebabCase('fooBarBaz'), _.debounce.name, _.isEqual({ a: [1] }, { a: [1] }));
console.log(_.sortBy([{ n: 'b', a: 2 }, { n: 'a', a: 2 }, { n: 'c', a: 1 }], ['a', 'n']));
