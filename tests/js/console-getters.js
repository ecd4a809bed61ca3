// Accessor properties print as [Getter], [Setter] or [Getter/Setter] without being invoked.
var calls = 0;
var o = { plain: 1 };
Object.defineProperty(o, 'g', { get: function () { calls++; return 2; }, enumerable: true });
Object.defineProperty(o, 's', { set: function (v) {}, enumerable: true });
Object.defineProperty(o, 'gs', { get: function () { return 3; }, set: function (v) {}, enumerable: true });
Object.defineProperty(o, 'hidden', { get: function () { return 4; }, enumerable: false });
console.log(o);
console.log('getter calls', calls);
var lit = { get x() { return 1; }, set y(v) {} };
console.log(lit);
