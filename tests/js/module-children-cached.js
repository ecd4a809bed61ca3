// module.children: a module is added to every parent that requires it (cached or not), once per parent.
var path = require('path');
function names(m) { return m.children.map(function (c) { return path.basename(c.filename); }).join(',') || '(none)'; }
var p1 = require('./fixtures/module/children2/p1');
var p2 = require('./fixtures/module/children2/p2');
var shared = require('./fixtures/module/children2/shared');
console.log('main:', names(module));
console.log('p1:', names(p1), 'p2:', names(p2), 'shared:', names(shared));
console.log(p1.children[0] === shared, p2.children[0] === shared, shared.parent === p1);
console.log(path.basename(p2.parent.filename), p1.parent === module);
