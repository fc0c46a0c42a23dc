// node:perf_hooks exposes the global performance.
const perfHooks = require('perf_hooks');
console.log(perfHooks.performance === performance, typeof perfHooks.performance.now());
console.log(perfHooks.PerformanceEntry === globalThis.PerformanceEntry,
            perfHooks.PerformanceMark === globalThis.PerformanceMark);
console.log(perfHooks.constants.NODE_PERFORMANCE_GC_MAJOR);
const tty = require('tty');
console.log(typeof tty.isatty, tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(1));
// stdout is a pipe here: Node's WriteStream accepts it (libuv's tty
// handle works on pipes) and refuses stdin, /dev/null here.
try { console.log(new tty.WriteStream(1).isTTY); } catch (error) { console.log(error.code); }
try { new tty.ReadStream(0); } catch (error) { console.log(error.code, error.message); }
