// Seed "Memory Management" 2: assigning an undeclared name in sloppy mode creates a global that outlives the handler.
function handler(req, res) {
  leakedData = req.body;  // Forgot var
  res.end('ok ' + req.body.length);
}
var res = { end: function (s) { console.log('res.end:', s); } };
console.log('before:', typeof leakedData, 'leakedData' in global);
for (var i = 1; i <= 3; i++) {
  var body = [];
  for (var j = 0; j < i * 1000; j++) body.push(j);
  handler({ body: body }, res);
}
console.log('after:', typeof leakedData, leakedData.length, global.leakedData === leakedData);
console.log('own:', Object.prototype.hasOwnProperty.call(global, 'leakedData'));
var d = Object.getOwnPropertyDescriptor(global, 'leakedData');
console.log('enumerable:', d.enumerable, 'configurable:', d.configurable, 'writable:', d.writable);
function strictHandler(req) {
  'use strict';
  leakedStrict = req.body;
}
try {
  strictHandler({ body: 1 });
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log('delete:', delete global.leakedData, typeof leakedData);
