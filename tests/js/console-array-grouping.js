// Arrays with more than 6 numbers (and combined output longer than 72 chars) are grouped into aligned columns.
var a = [];
for (var i = 0; i < 30; i++) a.push(i * 7);
console.log(a);
var b = [];
for (var j = 0; j < 26; j++) b.push(j);
console.log(b);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log([1000000, 2, 300, 4, 55555, 6, 77, 8, 9, 10, 11111, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
var words = [];
for (var k = 0; k < 20; k++) words.push('w' + k);
console.log(words);
var neg = [];
for (var m = 0; m < 12; m++) neg.push(m % 2 ? -m * 1.5 : m * 100);
console.log(neg);
console.log({ nums: a.slice(0, 16) });
