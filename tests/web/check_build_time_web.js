// Run by web_snapshot_test.sh with the binary whose snapshot holds what
// build_time_web.js made. Prints one line per check; exits 1 if any fails.
const web = globalThis.builtWeb;
let failed = 0;
function check(name, condition) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${name}`);
  if (!condition) failed++;
}
const now = performance.now();
check('performance.now counts from this process\'s start', now > 0 && now < 10000);
check('timeOrigin is this process\'s, not the builder\'s', performance.timeOrigin > web.originAtBuild);
check('timeOrigin + now is the wall clock', Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 50);
check('timeOrigin stays fixed', performance.timeOrigin === performance.timeOrigin);
check('the mark made at build time', performance.getEntriesByName('built').length === 1 &&
      web.mark.startTime === 1);
check('new events use this process\'s clock', new Event('x').timeStamp <= performance.now());
check('encoder', Array.from(web.encoder.encode('é')).join() === '195,169');
check('bytes encoded at build time', new TextDecoder().decode(web.encoded) === '€');
check('a stream begun at build time continues', web.streaming.decode(new Uint8Array([0xAC])) === '€');
check('fatal UTF-16 decoder', (() => {
  try {
    web.decoder.decode(new Uint8Array([0x00, 0xD8]));
    return false;
  } catch (error) {
    return error.code === 'ERR_ENCODING_INVALID_ENCODED_DATA';
  }
})());
check('SharedArrayBuffer input, streaming', (() => {
  const shared = new SharedArrayBuffer(2);
  new Uint8Array(shared).set([0x41, 0x00]);
  return new TextDecoder('utf-16le').decode(shared, {stream: true}) === 'A';
})());
check('DOMException', web.exception.code === 25 && web.exception.name === 'DataCloneError' &&
      web.exception instanceof DOMException && web.exception instanceof Error);
web.target.dispatchEvent(new Event('ping'));
check('listener added at build time', web.pinged === 'ping');
check('signals made at build time', web.abortedSignal.reason === 'at build' && !web.anySignal.aborted);
web.controller.abort('now');
check('AbortSignal.any made at build time follows its source', web.anySignal.aborted &&
      web.anySignal.reason === 'now');
web.signalListenerTarget.dispatchEvent(new Event('ping'));
check('a signal made at build time removes its listener', web.signalListenerRan === false);
check('atob of a build-time btoa', atob(web.base64) === 'built');
const timeout = AbortSignal.timeout(1);
setTimeout(() => {
  check('AbortSignal.timeout', timeout.aborted && timeout.reason.name === 'TimeoutError');
  process.exitCode = failed > 0 ? 1 : 0;
}, 20);
