// structuredClone of Error objects: the constructor follows the prototype
// (or name), message and stack are copied, other own properties are not.
function describe(error) {
  const names = Object.getOwnPropertyNames(error).sort().join(',');
  const message = Object.getOwnPropertyDescriptor(error, 'message');
  return `${Object.getPrototypeOf(error).constructor.name} name=${error.name} ` +
      `message=${JSON.stringify(error.message)} own=[${names}]` +
      (message ? ` message(${message.enumerable ? 'e' : ''}${message.writable ? 'w' : ''}${message.configurable ? 'c' : ''})` : '');
}

function check(label, error) {
  try {
    const copy = structuredClone(error);
    const stack = 'stack' in copy ? (copy.stack === error.stack ? 'same stack' : `stack ${typeof copy.stack}`) : 'no stack';
    console.log(`${label}: ${describe(copy)} ${stack} instanceof Error=${copy instanceof Error}`);
    if ('cause' in copy) {
      const d = Object.getOwnPropertyDescriptor(copy, 'cause');
      console.log(`  cause: ${typeof copy.cause} ${JSON.stringify(copy.cause)} enumerable=${d.enumerable}`);
    }
  } catch (e) {
    console.log(`${label}: threw ${e.name}: ${e.message}`);
  }
}

for (const Type of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  check(Type.name, new Type(`a ${Type.name}`));
}
check('no message', new Error());
check('empty message', new Error(''));
const withProps = new RangeError('props');
withProps.code = 'E_CODE';
withProps.extra = {nested: true};
check('own properties dropped', withProps);
class CustomError extends TypeError {
  constructor(message) { super(message); this.name = 'CustomError'; }
}
check('subclass', new CustomError('custom'));
const renamed = new Error('renamed');
renamed.name = 'TypeError';
check('name says TypeError', renamed);
const unknownName = new Error('unknown name');
unknownName.name = 'WhateverError';
check('unknown name', unknownName);
const reprototyped = new TypeError('reprototyped');
Object.setPrototypeOf(reprototyped, RangeError.prototype);
check('prototype changed', reprototyped);
check('cause string', new Error('with cause', {cause: 'because'}));
check('cause object', new Error('with cause', {cause: {deep: [1, 2]}}));
check('cause undefined', new Error('with cause', {cause: undefined}));
const causeError = new Error('outer', {cause: new RangeError('inner')});
const causeCopy = structuredClone(causeError);
console.log('nested cause', causeCopy.cause instanceof RangeError, causeCopy.cause.message);
const unclonableCause = new Error('bad cause', {cause: () => {}});
check('unclonable cause', unclonableCause);
const noStack = new Error('no stack');
delete noStack.stack;
check('stack deleted', noStack);
const numberStack = new Error('number stack');
numberStack.stack = 42;
check('stack not a string', numberStack);
const objectMessage = new Error('x');
objectMessage.message = {toString() { return 'from toString'; }};
check('message object', objectMessage);
check('AggregateError', new AggregateError([new Error('one')], 'aggregate'));
check('error-like object', {name: 'Error', message: 'plain', stack: 's'});
check('Object.create(Error.prototype)', Object.create(Error.prototype));
const inArray = new TypeError('in array');
const arr = structuredClone([inArray, inArray, {e: inArray}]);
console.log('identity in graph', arr[0] === arr[1], arr[2].e === arr[0], arr[0] instanceof TypeError);
