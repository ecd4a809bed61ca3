// module.exports = { count, increment } copies the value of count: increment() does not change exports.count.
var counter = require('./fixtures/module/counter');
console.log(counter.count);
counter.increment();
console.log(counter.count);
