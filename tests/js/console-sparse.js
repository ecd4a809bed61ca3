// Sparse arrays show holes as <N empty items>; extra properties are listed after the items.
var a = [1, , 3];
console.log(a);
var b = new Array(5);
console.log(b);
var c = [];
c[3] = 'x';
console.log(c);
var d = [1, 2];
d[10] = 3;
console.log(d);
var e = [1, 2, 3];
e.extra = 'prop';
console.log(e);
console.log([undefined, null]);
console.log([, ]);
