// Anonymous function expressions take their name from the variable or property they are assigned to.
var anon = function () {};
console.log(anon);
console.log(anon.name);
console.log({ g: function () {} });
var o = { m: function () {} };
console.log(o.m.name, o.m);
console.log((function () {}).name === '');
