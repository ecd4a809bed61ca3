// module.exports reassignment wins over exports.x; reassigning `exports` alone exports nothing new.
var a = require('./fixtures/module/reassign/module-exports');
console.log(a);
var b = require('./fixtures/module/reassign/exports-only');
console.log(b);
var c = require('./fixtures/module/reassign/module-exports-function');
console.log(typeof c, c('world'), c.extra);
console.log(exports === module.exports, typeof exports, this === module.exports);
