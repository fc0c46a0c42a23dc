// Symbol.dispose and Symbol.asyncDispose, the explicit resource management
// symbols: V8 10.2 lacks them, and Node 20 defines them itself with these
// descriptions (events.addAbortListener returns a disposable keyed by one).
'use strict';

for (const [name, description] of [['dispose', 'nodejs.dispose'],
                                   ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol(description), writable: false, enumerable: false, configurable: false,
    });
  }
}
