// Streams print their internal symbols last, as Node does: [Symbol(shapeMode)], [Symbol(kCapture)], [Symbol(kCallback)].
var stream = require('stream');
var util = require('util');
console.log(util.inspect(new stream.PassThrough(), { depth: 0 }));
console.log(util.inspect(new stream.Writable(), { depth: 0 }));
