// Functions print as [Function: name] / [Function (anonymous)]; instances of constructor functions as Name { ... }.
function Foo() { this.x = 1; }
function Bar() {}
console.log(Foo);
console.log(function named() {});
console.log(function () {});
console.log(new Foo());
console.log(new Bar());
console.log({ f: Foo, g: function h() {} });
console.log([Foo, Math.max]);
Foo.prototype.method = function () {};
console.log(new Foo());
function Baz() { this.child = new Foo(); }
console.log(new Baz());
var withProps = function withProps() {};
withProps.extra = 1;
console.log(withProps);
console.log(typeof Foo, String(Foo.name));
function Sub() { Foo.call(this); this.y = 2; }
Sub.prototype = Object.create(Foo.prototype);
Sub.prototype.constructor = Sub;
console.log(new Sub());
