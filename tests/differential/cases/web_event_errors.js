// Event and EventTarget argument errors, with Node's codes and messages,
// and listener exceptions reported as uncaught exceptions after dispatch.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (error) {
    console.log(label, 'throws', error.name, error.code, error.message);
  }
};
const target = new EventTarget();
show('new Event()', () => new Event());
show('Event()', () => Event('x'));
show('options number', () => new Event('x', 5));
show('options array', () => new Event('x', []));
show('options null', () => new Event('x', null).type);
show('symbol type', () => new Event(Symbol('s')));
show('type conversion', () => new Event(42).type);
show('getter on object', () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}));
show('preventDefault on object', () => Event.prototype.preventDefault.call({}));
show('new CustomEvent()', () => new CustomEvent());
show('addEventListener()', () => target.addEventListener());
show('addEventListener(type)', () => target.addEventListener('x'));
show('listener number', () => target.addEventListener('x', 5));
show('listener string', () => target.addEventListener('x', 'f'));
show('options number', () => target.addEventListener('x', () => {}, 5));
show('signal number', () => target.addEventListener('x', () => {}, {signal: 5}));
show('signal null', () => target.addEventListener('x', () => {}, {signal: null}));
show('signal aborted', () => target.addEventListener('x', () => {}, {signal: AbortSignal.abort()}));
show('removeEventListener(type)', () => target.removeEventListener('x'));
show('remove listener number', () => target.removeEventListener('x', 5));
show('dispatchEvent()', () => target.dispatchEvent());
show('dispatch string', () => target.dispatchEvent('x'));
show('dispatch object', () => target.dispatchEvent({type: 'x'}));
show('wrong this add', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
show('wrong this dispatch', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
show('recursion', () => {
  const t = new EventTarget();
  let inner;
  t.addEventListener('r', (e) => {
    try {
      t.dispatchEvent(e);
    } catch (error) {
      inner = [error.name, error.code, error.message];
    }
  });
  t.dispatchEvent(new Event('r'));
  return inner;
});

process.on('uncaughtException', (error, origin) => console.log('uncaught:', error.message, origin));
const failing = new EventTarget();
failing.addEventListener('f', () => { throw new Error('listener threw'); });
failing.addEventListener('f', () => console.log('next listener still runs'));
console.log('dispatch returned', failing.dispatchEvent(new Event('f')));
console.log('end of script');
