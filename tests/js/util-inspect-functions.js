// util.inspect of functions and constructor-made objects: [Function: name], [class-like] instances "Foo {}", null prototypes.
var util = require('util');
function named() {}
var anon = function () {};
console.log(util.inspect(named), util.inspect(anon), util.inspect(function () {}));
named.prop = 1;
console.log(util.inspect(named));
function Foo() { this.x = 1; }
Foo.prototype.method = function () {};
console.log(util.inspect(new Foo()));
function Bar() {}
Bar.prototype = Object.create(Foo.prototype);
Bar.prototype.constructor = Bar;
console.log(util.inspect(new Bar()), util.inspect(Bar));
console.log(util.inspect(Object.create(null)));
var np = Object.create(null);
np.a = 1;
console.log(util.inspect(np));
console.log(util.inspect({ f: named, g: Math.max, h: [named] }));
console.log(util.inspect(Foo.prototype));
console.log(util.inspect(Object.create(Foo.prototype)));
var bound = named.bind(null);
console.log(util.inspect(bound));
