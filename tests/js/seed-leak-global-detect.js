// Seed "Memory Management" 2, detected: the undeclared assignment adds one own, enumerable key to the global object,
// which inherits Object.prototype (global.hasOwnProperty works, as in Node).
var before = Object.keys(global);
function handler(req) {
  leakedData = req.body;  // Forgot var
}
handler({ body: 'payload' });
var after = Object.keys(global);
var added = after.filter(function (k) { return before.indexOf(k) < 0; });
console.log('new globals:', added);
console.log(global.hasOwnProperty('leakedData'), globalThis.hasOwnProperty('leakedData'), 'leakedData' in global);
console.log(typeof global.hasOwnProperty, typeof global.toString, global.propertyIsEnumerable('leakedData'));
console.log(global instanceof Object, Object.prototype.isPrototypeOf(global), global.constructor === Object);
toString = 'shadow';
console.log(typeof ({}).toString, global.hasOwnProperty('toString'), toString);
delete global.toString;
delete global.leakedData;
console.log(global.hasOwnProperty('leakedData'), Object.keys(global).length === before.length);
