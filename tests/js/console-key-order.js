// Object keys print in property order: integer-like keys ascending first, then string keys in insertion order.
console.log({ zebra: 1, apple: 2, mango: 3 });
var o = { b: 1, a: 2 };
o[2] = 'two';
o[1] = 'one';
o.c = 3;
o['-1'] = 'neg';
o['1.5'] = 'frac';
console.log(o);
console.log(Object.keys(o).join(','));
var arr = ['x'];
arr.z = 1;
arr.a = 2;
console.log(arr);
