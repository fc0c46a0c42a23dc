const he = require('he');
console.log(he.encode('foo © bar ≠ baz 𝌆 qux <>'), he.decode('&lt;p&gt;&copy;&#x1D306;&nbsp;&amp;&notin;'), he.escape('<img src="x">'));
