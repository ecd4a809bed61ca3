// A module runs inside the CommonJS wrapper: five arguments (exports, require, module, __filename, __dirname), this === exports.
var path = require('path');
console.log(arguments.length, arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(path.basename(arguments[3]), arguments[4] === __dirname, this === module.exports);
var Module = require('module');
console.log(JSON.stringify(Module.wrapper));
console.log(Module.wrap('x'));
console.log(typeof require.cache, typeof require.extensions, Object.keys(require.extensions).join(','));
console.log(typeof require.main, require.main === module, typeof require.resolve.paths);
