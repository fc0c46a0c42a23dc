// DOMException: names, messages, legacy codes (static and on the
// prototype), the Error prototype chain, attributes, cause, wrong receivers.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
};
const e = new DOMException('It broke', 'NotFoundError');
console.log(e.name, e.message, e.code, e instanceof DOMException, e instanceof Error);
console.log(Object.prototype.toString.call(e), String(e), Object.keys(e));
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype,
            Object.getPrototypeOf(DOMException) === Function.prototype);
console.log(e.stack.split('\n')[0]);
const d = new DOMException();
console.log(JSON.stringify([d.name, d.message, d.code]));
console.log(new DOMException('m', 'Unknown').code, new DOMException(null, null).name,
            new DOMException(1, 2).message);
for (const name of ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError',
  'WrongDocumentError', 'InvalidCharacterError', 'NoDataAllowedError',
  'NoModificationAllowedError', 'NotFoundError', 'NotSupportedError', 'InUseAttributeError',
  'InvalidStateError', 'SyntaxError', 'InvalidModificationError', 'NamespaceError',
  'InvalidAccessError', 'ValidationError', 'TypeMismatchError', 'SecurityError',
  'NetworkError', 'AbortError', 'URLMismatchError', 'QuotaExceededError', 'TimeoutError',
  'InvalidNodeTypeError', 'DataCloneError', 'EncodingError', 'NotReadableError',
  'OperationError', 'DataError']) {
  console.log(name, new DOMException('', name).code);
}
const constants = Object.getOwnPropertyNames(DOMException).filter((k) => /_ERR$/.test(k));
console.log(constants.length, constants.map((k) => `${k}=${DOMException[k]}`).join(' '));
console.log(constants.every((k) => DOMException.prototype[k] === DOMException[k]));
console.log(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR'));
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, 'TIMEOUT_ERR'));
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag));
for (const key of ['name', 'message', 'code']) {
  const descriptor = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  console.log(key, typeof descriptor.get, descriptor.set, descriptor.enumerable, descriptor.configurable);
}
const withCause = new DOMException('c', {name: 'DataCloneError', cause: {why: 1}});
console.log(withCause.name, withCause.code, withCause.cause,
            Object.getOwnPropertyDescriptor(withCause, 'cause'));
console.log(Object.getOwnPropertyNames(withCause), 'cause' in new DOMException('x', {}));
console.log(new DOMException('x', {}).name, new DOMException('x', {name: 'AbortError'}).code);
show('name on the prototype', () => DOMException.prototype.name);
show('code on a plain object', () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({}));
show('call without new', () => DOMException('x'));
console.log(DOMException.length, DOMException.name);
class MyError extends DOMException {
  constructor() { super('mine', 'SyntaxError'); }
}
const mine = new MyError();
console.log(mine.name, mine.code, mine instanceof DOMException, mine.constructor.name);
try {
  throw new DOMException('thrown', 'TimeoutError');
} catch (error) {
  console.log(error.name, error.code, error.message);
}
console.log(Object.getOwnPropertyDescriptor(globalThis, 'DOMException').enumerable);
