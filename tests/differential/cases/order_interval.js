// setInterval repeats until cleared, also from inside its own callback;
// `this` is the Timeout.
let count = 0;
const interval = setInterval(function () {
  count++;
  console.log('tick', count, this === interval);
  if (count === 4) clearInterval(this);
}, 2);
const other = setInterval(() => console.log('never'), 1);
clearInterval(other);
