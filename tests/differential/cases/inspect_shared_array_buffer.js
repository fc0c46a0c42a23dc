// SharedArrayBuffer exists only in running contexts (V8 adds it when a
// context is created), and inspect still knows it; hrtime names the type.
console.log(new SharedArrayBuffer(4), [new SharedArrayBuffer(2)]); try { process.hrtime("x") } catch (e) { console.log(e.message) }
