// Bad callbacks are TypeErrors with Node's code.
for (const call of [() => setTimeout('x'), () => setImmediate(), () => process.nextTick(5),
                    () => queueMicrotask(null), () => setInterval({})]) {
  try {
    call();
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
