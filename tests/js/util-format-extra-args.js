// util.format appends extra arguments (strings raw, others inspected); a non-string first argument makes everything inspected.
var util = require('util');
console.log(util.format('%s:', 'a', 'b', 1, { c: 2 }, [3]));
console.log(util.format('no specifiers', 'x', 5, null, undefined));
console.log(util.format(1, 2, '3'));
console.log(util.format({ a: 1 }, 'text', '%s'));
console.log(util.format(null, undefined, true));
console.log(util.format('%s %s', 'only-one'));
console.log(util.format());
console.log(util.format(''));
console.log(util.format('a\nb', 'c\nd'));
console.log(util.format([1, 2], 'x'));
console.log(util.format(function named() {}, 'x'));
console.log(util.formatWithOptions({ colors: false, depth: 0 }, '%O', { a: { b: 1 } }));
console.log(util.formatWithOptions({ compact: false }, { a: 1, b: [1] }));
