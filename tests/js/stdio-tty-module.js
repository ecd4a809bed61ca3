// require('tty'): isatty() on non-terminals and bad fds, and the stream classes, which
// refuse a descriptor that is not a terminal (ERR_TTY_INIT_FAILED).
var tty = require('tty');
console.log('exports:', Object.keys(tty).join(','));
console.log('isatty:', tty.isatty(0), tty.isatty(1), tty.isatty(2), tty.isatty(99),
  tty.isatty(-1), tty.isatty('1'), tty.isatty(1.5));
['ReadStream', 'WriteStream'].forEach(function (name) {
  try {
    new tty[name](name === 'ReadStream' ? 0 : 1);
    console.log(name, 'constructed (wrong)');
  } catch (e) {
    console.log(name + ':', e.name, e.code, e.message);
  }
});
console.log('stdio are not tty streams here:', process.stdout instanceof tty.WriteStream,
  process.stdin instanceof tty.ReadStream);
console.log('classes are functions named', tty.ReadStream.name, tty.WriteStream.name);
