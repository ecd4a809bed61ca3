// os.EOL, os.devNull, os.endianness(), os.constants: signals (Linux numbers), errno, priority, dlopen and
// UV_UDP_REUSEADDR; constants is a non-writable, non-configurable property.
var os = require('os');
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness());
console.log(Object.keys(os.constants).sort());
var s = os.constants.signals;
['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGILL', 'SIGTRAP', 'SIGABRT', 'SIGIOT', 'SIGBUS', 'SIGFPE', 'SIGKILL',
  'SIGUSR1', 'SIGSEGV', 'SIGUSR2', 'SIGPIPE', 'SIGALRM', 'SIGTERM', 'SIGCHLD', 'SIGSTKFLT', 'SIGCONT',
  'SIGSTOP', 'SIGTSTP', 'SIGTTIN', 'SIGTTOU', 'SIGURG', 'SIGXCPU', 'SIGXFSZ', 'SIGVTALRM', 'SIGPROF',
  'SIGWINCH', 'SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSYS'].forEach(function (n) { console.log(n, s[n]); });
console.log(Object.keys(s).length);
var e = os.constants.errno;
console.log(e.ENOENT, e.EACCES, e.EEXIST, e.EINVAL, e.EPIPE, e.ECONNREFUSED, e.EADDRINUSE, e.EAGAIN, e.EWOULDBLOCK);
console.log(Object.keys(e).length);
console.log(JSON.stringify(os.constants.priority));
console.log(JSON.stringify(os.constants.dlopen), os.constants.UV_UDP_REUSEADDR);
var d = Object.getOwnPropertyDescriptor(os, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
var d2 = Object.getOwnPropertyDescriptor(os, 'EOL');
console.log(d2.writable, d2.enumerable, d2.configurable);
