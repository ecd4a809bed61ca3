// Function names survive down-leveling: arrows, methods, classes.
const arrow = () => 1;
const obj = { method() {}, arrowProp: () => 2 };
class Klass { meth() {} static stat() {} }
console.log(arrow.name, obj.method.name, obj.arrowProp.name);
console.log(Klass.name, Klass.prototype.meth.name, Klass.stat.name);
