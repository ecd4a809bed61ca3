// On a terminal, process.stdout/stderr are tty.WriteStreams (isTTY, columns/rows,
// cursor helpers) and process.stdin a tty.ReadStream (isRaw, setRawMode).
var out = process.stdout;
var stdin = process.stdin;
var lines = [];
lines.push('stdout: ' + out.constructor.name + ' isTTY ' + out.isTTY + ' _type ' + out._type +
  ' own isTTY ' + Object.prototype.hasOwnProperty.call(out, 'isTTY'));
lines.push('stderr: ' + process.stderr.constructor.name + ' isTTY ' + process.stderr.isTTY);
lines.push('columns/rows: ' + typeof out.columns + ' ' + typeof out.rows +
  ' getWindowSize ' + (out.getWindowSize().join(',') === out.columns + ',' + out.rows));
lines.push('methods: ' + ['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown',
  'getColorDepth', 'hasColors'].map(function (m) { return typeof out[m]; }).join(' '));
lines.push('getColorDepth is a number: ' + (typeof out.getColorDepth() === 'number') +
  ', hasColors(2): ' + out.hasColors(2));
lines.push('stdin: ' + stdin.constructor.name + ' isTTY ' + stdin.isTTY + ' isRaw ' + stdin.isRaw +
  ' readableHighWaterMark ' + stdin.readableHighWaterMark);
lines.push('setRawMode returns stdin: ' + (stdin.setRawMode(true) === stdin) + ' isRaw ' + stdin.isRaw);
stdin.setRawMode(false);
lines.push('after setRawMode(false): isRaw ' + stdin.isRaw);
lines.push('cursor writes return: ' + out.cursorTo(0) + ' ' + out.moveCursor(0, 0) + ' ' +
  out.clearLine(1));
var tty = require('tty');
lines.push('tty module: isatty ' + tty.isatty(0) + ' ' + tty.isatty(1) + ' ' + tty.isatty(2) +
  ', instanceof ' + (out instanceof tty.WriteStream) + ' ' + (stdin instanceof tty.ReadStream));
out.write(lines.join('\n') + '\n');
