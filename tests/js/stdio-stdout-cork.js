// cork() holds process.stdout's writes in the stream's buffer (writableLength grows,
// nothing reaches fd 1) until uncork() writes them, in order, after writes made
// directly to fd 1 meanwhile.
var fs = require('fs');
var out = process.stdout;
out.write('before cork\n');
out.cork();
console.log('corked:', out.writableCorked);
out.write('held 1\n', function () { fs.writeSync(1, 'callback 1\n'); });
out.write('held 2\n');
fs.writeSync(1, 'written to fd 1 while corked, writableLength ' + out.writableLength + '\n');
out.uncork();
fs.writeSync(1, 'after uncork: writableLength ' + out.writableLength + ' corked ' + out.writableCorked + '\n');
out.write('after\n');
process.nextTick(function () {
  out.cork();
  out.write('nested a\n');
  out.cork();
  out.write('nested b\n');
  out.uncork();
  fs.writeSync(1, 'one uncork of two: corked ' + out.writableCorked + '\n');
  out.uncork();
  out.write('done\n');
});
