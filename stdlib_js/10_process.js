// process: the parts of Node's process object thaw has so far.
'use strict';

const nativeProcess = binding.process;
let exitCode;

const process = {
  argv: [],
  platform: 'linux',
  get exitCode() { return exitCode; },
  set exitCode(code) {
    if (code !== undefined && code !== null && !Number.isInteger(Number(code))) {
      throw new TypeError(`process.exitCode must be an integer, got ${String(code)}`);
    }
    exitCode = code === null ? undefined : code;
  },
  exit(code) {
    if (code !== undefined) process.exitCode = code;
    nativeProcess.reallyExit(Number(exitCode ?? 0) | 0);
  },
};

Object.defineProperty(globalThis, 'process', {
  value: process, writable: true, configurable: true, enumerable: false,
});

// Called by the runtime once per process, before the main script, for what
// differs between processes and so cannot be in the snapshot.
internals.startProcess = function startProcess() {
  process.argv = nativeProcess.argv();
};

// Read by the runtime after the main script to choose the exit code.
internals.exitCode = function getExitCode() {
  return Number(exitCode ?? 0) | 0;
};
