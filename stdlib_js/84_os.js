// node:os, on the natives in bindings/os_module.cc. Everything that depends
// on the machine or the process is read when called, never at build time;
// only the platform's constants (signal and errno numbers) are tables here.
'use strict';

(function defineOs() {
  const nativeOs = binding.os;

  function table(flat) {
    const result = Object.create(null);
    for (let i = 0; i < flat.length; i += 2) result[flat[i]] = flat[i + 1];
    return result;
  }

  const signals = table(nativeOs.signals());
  const errno = table(nativeOs.errnos());
  const priority = {
    __proto__: null,
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  };
  const dlopen = {
    __proto__: null,
    RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
  };
  const constants = {
    __proto__: null, UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority,
  };
  // For child_process: a signal's number from its name, and back.
  internals.signalNumbers = Object.assign(Object.create(null), signals);
  internals.errnoNumbers = Object.assign(Object.create(null), errno);
  internals.signalName = (number) => {
    for (const name of Object.keys(internals.signalNumbers)) if (internals.signalNumbers[name] === number) return name;
    return null;
  };

  function tmpdir() {
    let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
    if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
    return path;
  }

  function countBinaryOnes(n) {
    n = n - ((n >>> 1) & 0x55555555);
    n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
    return ((n + (n >>> 4) & 0xF0F0F0F) * 0x1010101) >>> 24;
  }

  // Node's getCIDR: the prefix length from the netmask, or null.
  function getCIDR(address, netmask, family) {
    let ones = 0;
    let split = '.';
    let range = 10;
    let groupLength = 8;
    let hasZeros = false;
    let lastPos = 0;
    if (family === 'IPv6') {
      split = ':';
      range = 16;
      groupLength = 16;
    }
    for (let i = 0; i < netmask.length; i++) {
      if (netmask[i] !== split) {
        if (i + 1 < netmask.length) continue;
        i++;
      }
      const part = netmask.slice(lastPos, i);
      lastPos = i + 1;
      if (part !== '') {
        if (hasZeros) {
          if (part !== '0') return null;
          continue;
        }
        const binary = Number.parseInt(part, range);
        const binaryOnes = countBinaryOnes(binary);
        ones += binaryOnes;
        if (binaryOnes !== groupLength) {
          if (binary.toString(2).includes('01')) return null;
          hasZeros = true;
        }
      }
    }
    return `${address}/${ones}`;
  }

  function networkInterfaces() {
    const flat = nativeOs.interfaceAddresses();
    const result = {};
    for (let i = 0; i < flat.length; i += 7) {
      const name = flat[i];
      const entry = {
        address: flat[i + 1],
        netmask: flat[i + 2],
        family: flat[i + 3],
        mac: flat[i + 4],
        internal: flat[i + 5],
        cidr: getCIDR(flat[i + 1], flat[i + 2], flat[i + 3]),
      };
      if (flat[i + 6] !== -1) entry.scopeid = flat[i + 6];
      (result[name] ??= []).push(entry);
    }
    return result;
  }

  function cpus() {
    const flat = nativeOs.cpus();
    const result = [];
    for (let i = 0; i < flat.length; i += 7) {
      result.push({
        model: flat[i],
        speed: flat[i + 1],
        times: {user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4],
                idle: flat[i + 5], irq: flat[i + 6]},
      });
    }
    return result;
  }

  function userInfo() {
    const [uid, gid, username, homedir, shell] = nativeOs.userInfo();
    return {__proto__: null, uid, gid, username, homedir, shell};
  }

  function validatePid(pid) {
    if (pid === undefined) return 0;
    if (typeof pid !== 'number') throw internals.invalidArgType('pid', 'number', pid);
    if (!Number.isInteger(pid)) throw internals.outOfRange('pid', 'an integer', pid);
    return pid;
  }

  function getPriority(pid) {
    return nativeOs.getPriority(validatePid(pid));
  }

  function setPriority(pid, priorityValue) {
    if (priorityValue === undefined) {
      priorityValue = pid;
      pid = 0;
    }
    pid = validatePid(pid);
    if (typeof priorityValue !== 'number') {
      throw internals.invalidArgType('priority', 'number', priorityValue);
    }
    if (!Number.isInteger(priorityValue)) {
      throw internals.outOfRange('priority', 'an integer', priorityValue);
    }
    if (priorityValue < -20 || priorityValue > 19) {
      throw internals.outOfRange('priority', '>= -20 && <= 19', priorityValue);
    }
    nativeOs.setPriority(pid, priorityValue);
  }

  const os = {
    arch: () => process.arch,
    availableParallelism: () => nativeOs.availableParallelism(),
    cpus,
    endianness: () => 'LE',
    freemem: () => nativeOs.freemem(),
    getPriority,
    homedir: () => nativeOs.homedir(),
    hostname: () => nativeOs.hostname(),
    loadavg: () => nativeOs.loadavg(),
    networkInterfaces,
    platform: () => process.platform,
    release: () => nativeOs.uname()[1],
    setPriority,
    tmpdir,
    totalmem: () => nativeOs.totalmem(),
    type: () => nativeOs.uname()[0],
    userInfo,
    uptime: () => nativeOs.uptime(),
    version: () => nativeOs.uname()[2],
    machine: () => nativeOs.uname()[3],
  };
  // Node's functions that return one value also convert to it.
  for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir',
                      'hostname', 'machine', 'platform', 'release', 'tmpdir', 'totalmem',
                      'type', 'uptime', 'version']) {
    Object.defineProperty(os[name], 'name', {value: name === 'hostname' ? 'getHostname' : name});
    os[name][Symbol.toPrimitive] = () => os[name]();
  }
  Object.defineProperty(os.hostname, 'name', {value: 'hostname'});
  Object.defineProperties(os, {
    constants: {value: constants, enumerable: true, configurable: false, writable: false},
    EOL: {value: '\n', enumerable: true, configurable: true, writable: false},
    devNull: {value: '/dev/null', enumerable: true, configurable: true, writable: false},
  });
  internals.os = os;
  internals.defineBuiltin('os', () => os);
})();

// require('module').builtinModules was listed before this file ran.
for (const name of ['os']) {
  if (!internals.Module.builtinModules.includes(name)) internals.Module.builtinModules.push(name);
}
