// Runs once per process, before the main script: what cannot be in the
// snapshot because it differs between processes.
//
// Every process runs this file's functions, so they are compiled while
// the snapshot is built (snapshot_builder.cc, kEagerDirective):
// thaw:compile-eagerly
'use strict';

const nativeProcess = binding.process;

internals.startProcess = function startProcess() {
  internals.exiting = false;
  process._exiting = false;
  process.argv = nativeProcess.argv();
  process.argv0 = nativeProcess.argv0();
  process.execPath = nativeProcess.execPath();
  process.pid = nativeProcess.pid();
  process.ppid = nativeProcess.ppid();
  internals.startWebApis?.();
  internals.setUpWriteStream(process.stdout);
  internals.setUpWriteStream(process.stderr);
  binding.loop.setup({
    processTimers: internals.processTimers,
    processImmediates: internals.processImmediates,
    processTicksAndRejections: internals.processTicksAndRejections,
    emitUncaughtException: internals.emitUncaughtException,
    emitBeforeExit: internals.emitBeforeExit,
    emitExit: internals.emitExit,
    onStdinData: internals.onStdinData,
    onPromiseRejection: internals.onPromiseRejection,
  });
};
