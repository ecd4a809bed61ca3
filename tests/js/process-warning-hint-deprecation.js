// The one-time hint after the first warning names --trace-deprecation for a
// DeprecationWarning (Node's warning.js); the hint is printed on stderr, which this test
// captures by replacing process.stderr.write.
var lines = [];
var write = process.stderr.write;
process.stderr.write = function (chunk) { lines.push(String(chunk)); return true; };
require('util').deprecate(function () {}, 'old thing', 'DEP0999')();
process.emitWarning('second', 'DeprecationWarning');
setImmediate(function () {
  process.stderr.write = write;
  lines.join('').split('\n').forEach(function (l) {
    console.log(l.replace(/\(node:\d+\)/, '(node:PID)'));
  });
});
