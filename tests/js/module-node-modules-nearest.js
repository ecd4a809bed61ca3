// The nearest node_modules wins; module.paths lists node_modules folders from the module's folder up to the root.
var path = require('path');
function rel(p) { return path.relative(__dirname, p); }
var outer = require('./fixtures/module/nearest/user');
var inner = require('./fixtures/module/nearest/sub/user');
console.log(outer.which, inner.which);
console.log(inner.paths.slice(0, 4).map(rel).join('\n'));
console.log(inner.paths[inner.paths.length - 1]);
console.log(module.paths[0] === path.join(__dirname, 'node_modules'));
console.log(module.paths.every(function (p) { return path.basename(p) === 'node_modules'; }));
