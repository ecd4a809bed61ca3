// Circular references print as [Circular *1] with a <ref *1> marker.
var a = { name: 'a' };
a.self = a;
console.log(a);
var arr = [1];
arr.push(arr);
console.log(arr);
var x = { name: 'x' };
var y = { name: 'y', x: x };
x.y = y;
console.log(x);
var outer = { inner: { list: [] } };
outer.inner.list.push(outer.inner);
console.log(outer);
