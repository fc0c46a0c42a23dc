// atob and btoa: forgiving-base64 (whitespace, padding), Node's two
// InvalidCharacterError messages, latin1 only for btoa, argument handling.
const show = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message, error instanceof DOMException);
  }
};
for (const input of ['aGVsbG8=', 'aGVsbG8', 'aGVsbG', 'aGVsb', ' aG Vs\nbG8\t\f\r', 'aGVsbG8==',
  'a', 'ab', 'ab=', 'ab==', 'abc', 'abc=', 'abc==', 'abcd', 'abcd=', 'abcd==', '=', '==', '',
  'ab=c', 'a===', '====', 'YQ', 'YR==', 'YR', '+/+/', '-_', '%%%', 'ab\u00a0', '\u0100',
  'ab\v', 'ab = =', 'AAAA'.repeat(10), '/w==']) {
  show(JSON.stringify(input), () => atob(input));
}
show('no argument', () => atob());
show('undefined', () => atob(undefined));
show('null', () => atob(null));
show('number', () => atob(12));
show('object', () => atob({toString() { return 'YWJj'; }}));
show('symbol', () => atob(Symbol('s')));
show('extra argument', () => atob('YWJj', 'x'));
for (const input of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', 'hello', '\u00ff\u00fe\u0000',
  '\u0080\u0081', '\u0100', '€', '\uD83D']) {
  show(`btoa ${JSON.stringify(input)}`, () => btoa(input));
}
show('btoa no argument', () => btoa());
show('btoa null', () => btoa(null));
show('btoa undefined', () => btoa(undefined));
show('btoa number', () => btoa(12345));
const all = String.fromCharCode(...Array.from({length: 256}, (_, i) => i));
show('round trip', () => atob(btoa(all)) === all);
show('long', () => btoa(all.repeat(40)).length);
console.log(atob.length, btoa.length, atob.name, btoa.name);
for (const name of ['atob', 'btoa']) {
  const {enumerable, configurable} = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, enumerable, configurable);
}
