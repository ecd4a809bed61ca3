// The module object: its own keys in Node's order, parent/isPreloading on the prototype, path === __dirname.
var path = require('path');
console.log(Object.keys(module).join(','));
console.log(module.path === __dirname, module.id, module.parent, module.isPreloading);
console.log('parent' in module, module.hasOwnProperty('parent'), module.hasOwnProperty('isPreloading'));
var child = require('./fixtures/module/children2/shared');
console.log(Object.keys(child).join(','));
console.log(child.id === child.filename, path.relative(__dirname, child.path), child.parent === module);
console.log(child.isPreloading, typeof child.require, child.require('path') === path);
console.log(require.main === module, process.mainModule === module);
