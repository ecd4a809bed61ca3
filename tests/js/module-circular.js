// Circular requires: the second module sees the first one's partial exports at the point of the cycle.
var a = require('./fixtures/module/circular/a.js');
var b = require('./fixtures/module/circular/b.js');
console.log('main: a.done =', a.done, 'b.done =', b.done);
console.log(JSON.stringify(b.seenA));
