var a = {}, b = {}, f = function () {}, arr = [];
var m = new Map([[a, 'A'], [b, 'B'], [f, 'F'], [arr, 'ARR']]);
console.log(m.get(a), m.get(b), m.get(f), m.get(arr), m.get({}), m.size);
console.log(m.has(a), m.has({}));
m.delete(a);
console.log(m.has(a), m.get(b), m.size);
var objs = [];
for (var i = 0; i < 1000; i++) { objs.push({ i: i }); m.set(objs[i], i); }
var ok = true;
for (i = 0; i < 1000; i++) if (m.get(objs[i]) !== i) ok = false;
for (i = 0; i < 1000; i += 2) m.delete(objs[i]);
for (i = 0; i < 1000; i++) if (m.has(objs[i]) !== (i % 2 === 1)) ok = false;
console.log(ok, m.size);
var proto = { p: 1 };
var child = Object.create(proto);
m.set(proto, 'proto');
console.log(m.get(child), m.get(proto));
console.log(Object.keys(a), JSON.stringify(b));
