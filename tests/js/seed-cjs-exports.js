// Seed "Module System": module.exports = { add, subtract } and exports.add = ... both export functions; replacing module.exports drops earlier exports.x.
var math = require('./fixtures/seed/math');
console.log(Object.keys(math).join(','), math.add(2, 3), math.subtract(7, 4));
var math2 = require('./fixtures/seed/math-exports');
console.log(Object.keys(math2).join(','), math2.add(2, 3), math2.subtract(7, 4));
var mixed = require('./fixtures/seed/math-mixed');
console.log(Object.keys(mixed).join(','), typeof mixed.multiply, mixed.add(1, 1));
console.log(require('./fixtures/seed/math') === math);
console.log(typeof math.add, math.add.name, math.add.length);
