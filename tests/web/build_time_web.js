// Runs while //tests/web:build_time_snapshot is built: web API objects made
// (and the performance clock read) at build time, to be used at run time.
const streaming = new TextDecoder();
streaming.decode(new Uint8Array([0xE2, 0x82]), {stream: true});
const controller = new AbortController();
const target = new EventTarget();
target.addEventListener('ping', (event) => {
  globalThis.builtWeb.pinged = event.type;
});
const signalListenerTarget = new EventTarget();
signalListenerTarget.addEventListener('ping', () => {
  globalThis.builtWeb.signalListenerRan = true;
}, {signal: controller.signal});

globalThis.builtWeb = {
  encoder: new TextEncoder(),
  decoder: new TextDecoder('utf-16le', {fatal: true}),
  streaming,
  encoded: new TextEncoder().encode('€'),
  exception: new DOMException('built', 'DataCloneError'),
  target,
  signalListenerTarget,
  controller,
  anySignal: AbortSignal.any([controller.signal]),
  abortedSignal: AbortSignal.abort('at build'),
  nowAtBuild: performance.now(),
  originAtBuild: performance.timeOrigin,
  mark: performance.mark('built', {startTime: 1}),
  base64: btoa('built'),
  pinged: undefined,
  signalListenerRan: false,
};
