// node:os: values agree with the system and with process.
const os = require('os');

test('os identity matches process and uname', () => {
  assertEqual(os.platform(), process.platform);
  assertEqual(os.arch(), process.arch);
  assertEqual(os.type(), 'Linux');
  assertEqual(os.EOL, '\n');
  assertEqual(os.devNull, '/dev/null');
  assertEqual(os.endianness(), 'LE');
  assert(/^\d+\.\d+/.test(os.release()), os.release());
  assert(os.machine().length > 0);
  assertEqual(`${os.platform}`, process.platform);
  assertEqual(require('node:os'), os);
});

test('memory, uptime, cpus, loadavg', () => {
  assert(os.totalmem() > 0 && os.freemem() > 0 && os.freemem() <= os.totalmem());
  assert(os.uptime() > 0);
  const cpus = os.cpus();
  assert(cpus.length >= 1);
  assertEqual(Object.keys(cpus[0].times).join(), 'user,nice,sys,idle,irq');
  assert(os.availableParallelism() >= 1);
  assertEqual(os.loadavg().length, 3);
});

test('homedir follows HOME; tmpdir follows TMPDIR/TMP/TEMP', () => {
  const saved = {...process.env};
  try {
    process.env.HOME = '/some/home';
    assertEqual(os.homedir(), '/some/home');
    delete process.env.TMPDIR;
    delete process.env.TMP;
    delete process.env.TEMP;
    assertEqual(os.tmpdir(), '/tmp');
    process.env.TEMP = '/t3/';
    assertEqual(os.tmpdir(), '/t3');
    process.env.TMP = '/t2';
    assertEqual(os.tmpdir(), '/t2');
    process.env.TMPDIR = '/t1';
    assertEqual(os.tmpdir(), '/t1');
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
});

test('userInfo, hostname, networkInterfaces', () => {
  const user = os.userInfo();
  assertEqual(typeof user.uid, 'number');
  assert(user.username.length > 0);
  assert(os.hostname().length > 0);
  const lo = os.networkInterfaces().lo;
  if (lo) {
    const v4 = lo.find((entry) => entry.family === 'IPv4');
    assertEqual(v4.address, '127.0.0.1');
    assertEqual(v4.cidr, '127.0.0.1/8');
    assertEqual(v4.internal, true);
  }
});

test('constants', () => {
  assertEqual(os.constants.signals.SIGTERM, 15);
  assertEqual(os.constants.signals.SIGKILL, 9);
  assertEqual(os.constants.errno.ENOENT, 2);
  assertEqual(os.constants.priority.PRIORITY_HIGHEST, -20);
  assertEqual(typeof os.getPriority(), 'number');
  assertThrows(() => os.setPriority(0, 42), (error) => assertEqual(error.code, 'ERR_OUT_OF_RANGE'));
});
