// require('module'): builtinModules holds the core names (no node: prefix), isBuiltin, and Module is module.constructor.
var Module = require('module');
var names = Module.builtinModules;
console.log(Array.isArray(names), names.every(function (n) { return typeof n === 'string' && n.indexOf('node:') !== 0; }));
['assert', 'buffer', 'events', 'fs', 'os', 'path', 'stream', 'timers', 'util', 'module', 'process'].forEach(function (n) {
  console.log(n, names.indexOf(n) >= 0, Module.isBuiltin(n), Module.isBuiltin('node:' + n));
});
console.log(Module.isBuiltin('not-a-module'), Module.isBuiltin('./path'), Module.isBuiltin('node:nope'));
console.log(Module === module.constructor, Module.Module === Module, module instanceof Module);
console.log(require('node:module') === Module, typeof Module.createRequire, typeof Module._load);
console.log(require('process') === process, require('node:process') === process);
