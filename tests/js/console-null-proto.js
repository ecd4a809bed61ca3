// Objects with a null prototype print with [Object: null prototype].
var o = Object.create(null);
o.a = 1;
o.b = 'two';
console.log(o);
console.log(Object.create(null));
console.log({ inner: o });
var p = Object.create({ inherited: 1 });
p.own = 2;
console.log(p);
