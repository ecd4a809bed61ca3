// Node's alias modules: util/types, path/posix, sys (deprecated, warns), the
// _stream_* legacy names, timers/promises; every name in builtinModules can be required.
var Module = require('module');
console.log(require('util/types') === require('util').types, require('node:util/types') === require('util').types);
console.log(require('path/posix') === require('path'), require('path').posix === require('path'));
var warned = [];
process.on('warning', function (w) { if (w.code === 'DEP0025') warned.push(w.name + ' ' + w.code + ' ' + w.message); });
console.log(require('sys') === require('util'));
var stream = require('stream');
console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough);
['url', 'querystring', 'perf_hooks', 'timers/promises', 'util/types', 'path/posix', 'sys',
 '_stream_readable'].forEach(function (n) {
  console.log(n, Module.builtinModules.indexOf(n) >= 0, Module.isBuiltin(n), Module.isBuiltin('node:' + n));
});
var failed = Module.builtinModules.filter(function (n) {
  try { require(n); return false; } catch (e) { return true; }
});
console.log('unloadable', failed.length, JSON.stringify(failed));
setImmediate(function () { console.log(warned.join('\n')); });
