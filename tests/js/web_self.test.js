// `self` (WinterTC minimum common API; Node 20 lacks it, so this is not a
// differential test).

test('self is the global object, an enumerable configurable accessor', () => {
  assertEqual(self, globalThis);
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'self');
  assertEqual(typeof descriptor.get, 'function');
  assertEqual(typeof descriptor.set, 'function');
  assertEqual(descriptor.enumerable, true);
  assertEqual(descriptor.configurable, true);
});

test('assigning to self replaces it ([Replaceable])', () => {
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'self');
  self = 5;
  assertEqual(self, 5);
  assertEqual(Object.getOwnPropertyDescriptor(globalThis, 'self').writable, true);
  Object.defineProperty(globalThis, 'self', saved);
  assertEqual(self, globalThis);
});
