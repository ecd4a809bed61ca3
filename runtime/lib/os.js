// os.js — Node 20's os module (lib/os.js), in ES5, on binding.os (runtime/os.c).
//
// Follows Node: type/version/release/machine are read once, when the module loads;
// tmpdir() reads TMPDIR, TMP and TEMP as Node does (not uv_os_tmpdir, which also reads
// TEMPDIR); a failing system call throws Node's SystemError (ERR_SYSTEM_ERROR).
// Differences: functions Node gives a Symbol.toPrimitive (hostname, homedir, ...) get a
// valueOf instead, so '' + os.hostname still reads the value; userInfo() ignores
// { encoding: 'buffer' } (no Buffer yet) and returns strings.
'use strict';

var ob = binding.os;
var errors = require('internal/errors');

// A "\n\tat ..." trace without its leading frames inside this module (and native ones
// among them): Node hides its own frames too.
function callerTrace(trace) {
  if (typeof trace !== 'string') return '';
  var lines = trace.split('\n\tat ');
  var i = 1;
  while (i < lines.length && /(?:^|\()(?:node:os:\d+|native)\)?$/.test(lines[i])) i++;
  return [''].concat(lines.slice(i)).join('\n\tat ');
}

// A trace as the tail of a `stack`.
function formatFrames(trace) {
  var lines = trace.split('\n\tat ');
  var limit = Error.stackTraceLimit;
  if (typeof limit !== 'number' || limit !== limit) limit = 10;
  var out = '';
  for (var i = 1; i < lines.length && i <= limit; i++) out += '\n    at ' + lines[i];
  return out;
}

// Node's SystemError (ERR_SYSTEM_ERROR) for a libuv failure, which binding.os throws
// as "CODE: description, syscall" with code/errno/syscall.
function systemError(e) {
  if (e === null || typeof e !== 'object' || typeof e.syscall !== 'string' ||
      typeof e.code !== 'string') {
    return e;
  }
  var code = e.code;
  var syscall = e.syscall;
  var text = String(e.message);
  var desc = text.slice(code.length + 2, text.length - syscall.length - 2);
  var context = { errno: e.errno, code: code, message: desc, syscall: syscall };
  var message = 'A system error occurred: ' + syscall + ' returned ' + code + ' (' + desc + ')';
  var err = new Error(message);
  err.code = 'ERR_SYSTEM_ERROR';
  Object.defineProperty(err, 'name', {
    value: 'SystemError', enumerable: false, writable: true, configurable: true
  });
  Object.defineProperty(err, 'info', {
    value: context, enumerable: true, configurable: true, writable: false
  });
  Object.defineProperty(err, 'errno', {
    get: function () { return context.errno; },
    set: function (v) { context.errno = v; },
    enumerable: true,
    configurable: true
  });
  Object.defineProperty(err, 'syscall', {
    get: function () { return context.syscall; },
    set: function (v) { context.syscall = v; },
    enumerable: true,
    configurable: true
  });
  Object.defineProperty(err, 'toString', {
    value: function toString() {
      return this.name + ' [' + this.code + ']: ' + this.message;
    },
    writable: true, enumerable: false, configurable: true
  });
  var trace = callerTrace(e.stackTrace);
  Object.defineProperty(err, 'stackTrace', {
    value: trace, writable: true, enumerable: false, configurable: true
  });
  Object.defineProperty(err, 'stack', {
    value: 'SystemError [ERR_SYSTEM_ERROR]: ' + message + formatFrames(trace),
    writable: true, enumerable: false, configurable: true
  });
  return err;
}

function checked(fn) {
  return function () {
    try {
      return fn.apply(ob, arguments);
    } catch (e) {
      throw systemError(e);
    }
  };
}

function validateInt32(value, name, min, max) {
  // The default range is spelled out: mujs 1.3.6 converts -2147483648 to a string by
  // negating it as an int (undefined behaviour, which UBSan reports).
  var range = '>= -2147483648 && <= 2147483647';
  if (min === undefined) {
    min = -2147483648;
    max = 2147483647;
  } else {
    range = '>= ' + min + ' && <= ' + max;
  }
  if (typeof value !== 'number') {
    throw errors.withCodeInStack(errors.invalidArgType(name, 'number', value));
  }
  if (!isFinite(value) || Math.floor(value) !== value) {
    throw errors.withCodeInStack(errors.outOfRange(name, 'an integer', value));
  }
  if (value < min || value > max) {
    throw errors.withCodeInStack(errors.outOfRange(name, range, value));
  }
}

var osInfo = checked(ob.getOSInformation)();
var type = osInfo[0];
var version = osInfo[1];
var release = osInfo[2];
var machine = osInfo[3];

var getHomeDirectory = checked(ob.getHomeDirectory);
var getHostname = checked(ob.getHostname);
var getInterfaceAddresses = checked(ob.getInterfaceAddresses);
var getUptime = checked(ob.getUptime);
var getUserInfo = checked(ob.getUserInfo);
var getCPUs = checked(ob.getCPUs);

function getAvailableParallelism() {
  return ob.getAvailableParallelism();
}

function getFreeMem() {
  return ob.getFreeMem();
}

function getTotalMem() {
  return ob.getTotalMem();
}

function getOSRelease() {
  return release;
}

function getOSType() {
  return type;
}

function getOSVersion() {
  return version;
}

function getMachine() {
  return machine;
}

var kEndianness = ob.isBigEndian ? 'BE' : 'LE';

function loadavg() {
  var avg = ob.getLoadAvg();
  return [avg[0], avg[1], avg[2]];
}

function cpus() {
  var data = getCPUs() || [];
  var result = [];
  var i = 0;
  while (i < data.length) {
    result.push({
      model: data[i++],
      speed: data[i++],
      times: {
        user: data[i++],
        nice: data[i++],
        sys: data[i++],
        idle: data[i++],
        irq: data[i++]
      }
    });
  }
  return result;
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

function getenv(name) {
  var v = process.env[name];
  return typeof v === 'string' ? v : undefined;
}

function tmpdir() {
  var path = getenv('TMPDIR') || getenv('TMP') || getenv('TEMP') || '/tmp';
  if (path.length > 1 && path.charAt(path.length - 1) === '/') path = path.slice(0, -1);
  return path;
}

function endianness() {
  return kEndianness;
}

// Returns the number of ones in the binary representation of the number.
function countBinaryOnes(n) {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return ((n + (n >>> 4) & 0xF0F0F0F) * 0x1010101) >>> 24;
}

// "address/prefix" from a netmask, or null when the netmask is not contiguous.
function getCIDR(address, netmask, family) {
  var ones = 0;
  var split = '.';
  var range = 10;
  var groupLength = 8;
  var hasZeros = false;
  var lastPos = 0;

  if (family === 'IPv6') {
    split = ':';
    range = 16;
    groupLength = 16;
  }

  for (var i = 0; i < netmask.length; i++) {
    if (netmask.charAt(i) !== split) {
      if (i + 1 < netmask.length) continue;
      i++;
    }
    var part = netmask.slice(lastPos, i);
    lastPos = i + 1;
    if (part !== '') {
      if (hasZeros) {
        if (part !== '0') return null;
      } else {
        var binary = parseInt(part, range);
        var binaryOnes = countBinaryOnes(binary);
        ones += binaryOnes;
        if (binaryOnes !== groupLength) {
          if (binary.toString(2).indexOf('01') !== -1) return null;
          hasZeros = true;
        }
      }
    }
  }

  return address + '/' + ones;
}

function networkInterfaces() {
  var data = getInterfaceAddresses();
  var result = {};
  if (data === undefined) return result;
  for (var i = 0; i < data.length; i += 7) {
    var name = data[i];
    var entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3])
    };
    var scopeid = data[i + 6];
    if (scopeid !== -1) entry.scopeid = scopeid;

    if (Object.prototype.hasOwnProperty.call(result, name)) result[name].push(entry);
    else result[name] = [entry];
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  checked(ob.setPriority)(pid, priority);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return checked(ob.getPriority)(pid);
}

function userInfo(options) {
  var user = getUserInfo();
  var out = Object.create(null);
  out.uid = user.uid;
  out.gid = user.gid;
  out.username = user.username;
  out.homedir = user.homedir;
  out.shell = user.shell;
  return out;
}

// Node gives these a Symbol.toPrimitive returning their value.
[getAvailableParallelism, getFreeMem, getHostname, getOSVersion, getOSType, getOSRelease,
  getMachine, getHomeDirectory, getTotalMem, getUptime, arch, platform, tmpdir,
  endianness].forEach(function (fn) {
  Object.defineProperty(fn, 'valueOf', {
    value: function () { return fn(); },
    writable: true, enumerable: false, configurable: true
  });
});

module.exports = {
  arch: arch,
  availableParallelism: getAvailableParallelism,
  cpus: cpus,
  endianness: endianness,
  freemem: getFreeMem,
  getPriority: getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg: loadavg,
  networkInterfaces: networkInterfaces,
  platform: platform,
  release: getOSRelease,
  setPriority: setPriority,
  tmpdir: tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo: userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine
};

Object.defineProperties(module.exports, {
  constants: {
    configurable: false,
    enumerable: true,
    value: ob.getConstants()
  },
  EOL: {
    configurable: true,
    enumerable: true,
    writable: false,
    value: '\n'
  },
  devNull: {
    configurable: true,
    enumerable: true,
    writable: false,
    value: '/dev/null'
  }
});
