// fs.Stats built directly and printed: Node's field order, Dates rounded from the *Ms
// values, and the predicates.
var fs = require('fs');
var s = new fs.Stats(2049, 33188, 1, 1000, 1000, 0, 4096, 123456, 42, 8,
  1700000000123.456, 1700000001000, 1700000002000.5, 1600000000000);
console.log(s);
console.log(s.isFile(), s.isDirectory(), s.atime.getTime());
