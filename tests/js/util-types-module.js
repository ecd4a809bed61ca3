// require('util/types') is util.types; its checks work through either name.
var types = require('util/types');
var util = require('util');
console.log(types === util.types, require('node:util/types') === types);
console.log(types.isDate(new Date(0)), types.isRegExp(/a/), types.isMap(new Map()), types.isSet([]));
