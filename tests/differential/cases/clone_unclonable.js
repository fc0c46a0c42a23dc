// Values structuredClone refuses: DataCloneError (a DOMException in Node)
// with V8's description of the value; and Node's argument errors.
function attempt(label, body) {
  try {
    body();
    console.log(`${label}: cloned`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} ${JSON.stringify(e.message)} ${e.constructor.name} instanceof Error=${e instanceof Error}`);
  }
}

attempt('arrow function', () => structuredClone(() => {}));
attempt('named function', () => structuredClone(function named(a, b) { return a + b; }));
attempt('class', () => structuredClone(class Thing {}));
attempt('native function', () => structuredClone(Math.max));
attempt('bound function', () => structuredClone(function f() {}.bind(null)));
attempt('async function', () => structuredClone(async () => {}));
attempt('symbol', () => structuredClone(Symbol('described')));
attempt('symbol without description', () => structuredClone(Symbol()));
attempt('registered symbol', () => structuredClone(Symbol.for('reg')));
attempt('well-known symbol', () => structuredClone(Symbol.iterator));
attempt('symbol inside', () => structuredClone({deep: [1, Symbol('inner')]}));
attempt('function inside', () => structuredClone({deep: {f() {}}}));
attempt('WeakMap', () => structuredClone(new WeakMap()));
attempt('WeakSet', () => structuredClone(new WeakSet()));
attempt('WeakRef', () => structuredClone(new WeakRef({})));
attempt('Promise', () => structuredClone(Promise.resolve(1)));
attempt('Proxy of object', () => structuredClone(new Proxy({}, {})));
attempt('Proxy of array', () => structuredClone(new Proxy([1], {})));
attempt('generator', () => structuredClone((function* g() {})()));
attempt('boxed symbol', () => structuredClone(Object(Symbol('boxed'))));
attempt('globalThis', () => structuredClone(globalThis));
attempt('arguments object', () => (function () { structuredClone(arguments); })(1));
attempt('map iterator', () => structuredClone(new Map().entries()));
attempt('getter throws', () => structuredClone({get bad() { throw new EvalError('from getter'); }}));
attempt('symbol as Map key', () => structuredClone(new Map([[Symbol('k'), 1]])));
attempt('function in Set', () => structuredClone(new Set([() => 1])));

attempt('no arguments', () => structuredClone());
attempt('undefined value', () => structuredClone(undefined));
attempt('options number', () => structuredClone(1, 5));
attempt('options string', () => structuredClone(1, 'transfer'));
attempt('options true', () => structuredClone(1, true));
attempt('options symbol', () => structuredClone(1, Symbol('o')));
attempt('options null', () => structuredClone(1, null));
attempt('options function', () => structuredClone(1, () => {}));
attempt('options array', () => structuredClone(1, []));

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
console.log('global', typeof descriptor.value, descriptor.writable, descriptor.enumerable, descriptor.configurable);
console.log('function', structuredClone.name, structuredClone.length);
