// Range and type messages that name different things depending on how a
// function was called (Node's exact wording).
const attempts = [
  () => require('crypto').randomInt(2 ** 50),
  () => require('crypto').randomInt(2 ** 50, () => {}),
  () => require('crypto').randomInt(0, 2 ** 50),
  () => require('crypto').randomInt(1, 2 ** 50),
  () => require('os').setPriority(0, -0.5),
  () => require('os').setPriority(0, NaN),
  () => require('os').setPriority(0, 20),
  () => require('os').setPriority(0, '1'),
  () => require('events').setMaxListeners(-1),
  () => require('events').setMaxListeners(NaN),
  () => require('events').setMaxListeners('x'),
  () => new (require('events'))().setMaxListeners(-1),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
const EventEmitter = require('events');
for (const value of [-1, 'x', NaN]) {
  try {
    EventEmitter.defaultMaxListeners = value;
    console.log('no error');
  } catch (error) {
    console.log(error.name, error.code, error.message);
  }
}
console.log(new EventEmitter().setMaxListeners(3).getMaxListeners(), EventEmitter.defaultMaxListeners);
