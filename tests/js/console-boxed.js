// Boxed primitives print as [Number: 1], [String: 'x'], [Boolean: true].
console.log(new Number(1));
console.log(new Number(-0));
console.log(new String('abc'));
console.log(new Boolean(false));
console.log({ n: new Number(3), s: new String(''), b: new Boolean(true) });
console.log([new Number(NaN)]);
console.log(Object(5));
