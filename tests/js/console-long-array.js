// Arrays longer than 100 items print the first 100 and "... N more items".
var a = [];
for (var i = 0; i < 150; i++) a.push(i);
console.log(a);
var b = [];
for (var j = 0; j < 101; j++) b.push('s');
console.log(b);
var c = [];
for (var k = 0; k < 100; k++) c.push(k % 3);
console.log(c.length, JSON.stringify(c).length);
console.log(c);
