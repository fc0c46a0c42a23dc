// node:os: machine-independent facts only (types, shapes, constants).
const os = require('node:os');
console.log(Object.keys(os));
console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.endianness());
for (const name of ['arch', 'type', 'release', 'version', 'machine', 'homedir', 'tmpdir', 'hostname']) {
  console.log(name, typeof os[name](), os[name]().length > 0, `${os[name]}` === os[name]());
}
for (const name of ['totalmem', 'freemem', 'uptime', 'availableParallelism']) {
  console.log(name, typeof os[name](), os[name]() > 0);
}
console.log(os.freemem() <= os.totalmem(), Number.isInteger(os.availableParallelism()));
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number'));
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(typeof cpus[0].model, typeof cpus[0].speed, Object.values(cpus[0].times).every(Number.isFinite));
const user = os.userInfo();
console.log(Object.getPrototypeOf(user), Object.keys(user), typeof user.uid, typeof user.username);
const interfaces = os.networkInterfaces();
const lo = interfaces.lo;
console.log(Object.getPrototypeOf(interfaces) === Object.prototype, lo && lo[0]);
for (const list of Object.values(interfaces)) {
  for (const entry of list) {
    if (Object.keys(entry).join() !== (entry.family === 'IPv6' ?
      'address,netmask,family,mac,internal,cidr,scopeid' :
      'address,netmask,family,mac,internal,cidr')) console.log('bad entry', entry);
  }
}
console.log(os.constants);
console.log(Object.getOwnPropertyDescriptor(os, 'constants').writable,
            Object.getOwnPropertyDescriptor(os, 'EOL'), Object.isFrozen(os.constants));
console.log(typeof os.getPriority(), os.getPriority(0) === os.getPriority());
for (const bad of [() => os.getPriority('x'), () => os.setPriority(0, 100), () => os.userInfo(5)]) {
  try { bad(); } catch (error) { console.log(error.name, error.code, error.message); }
}
