// Plain ES5 in the same file as nothing modern runs exactly as before.
var o = { get x() { return 1; }, 'quoted-key': 2 };
function F() {}
F.prototype.m = function () { return this; };
var re = /a\/b/g;
label: for (var i = 0; i < 3; i++) { if (i === 1) continue label; console.log(i); }
console.log(o.x, o['quoted-key'], re.test("a/b"), typeof new F().m());
