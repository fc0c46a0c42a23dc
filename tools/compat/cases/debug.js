const debug = require('debug');
debug.enable('app:*');
debug.inspectOpts.hideDate = true;
const log = debug('app:main');
log.log = (...a) => console.log(...a.map((x) => String(x).replace(/\+\d+m?s/, '+Nms')));
log('hello %o %d', { a: 1 }, 42);
console.log(debug.enabled('app:x'), debug.enabled('other'), log.namespace);
