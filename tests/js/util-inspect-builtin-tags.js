// util.inspect shows the built-in namespaces with their tags: Object [Math] {}, Object [JSON] {}.
var util = require('util');
console.log(util.inspect(Math), util.inspect(JSON));
console.log(util.inspect({ m: Math, list: [JSON] }));
console.log(util.format('%s %O', Math, JSON));
console.log(Object.prototype.toString.call(Math), Object.prototype.toString.call(JSON));
