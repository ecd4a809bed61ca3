// Numbers print in their shortest round-trip form (Number.prototype.toString), top level and nested.
console.log(0.1 + 0.2);
console.log([0.1 + 0.2, 1 / 3, 2 / 3]);
console.log(123456789012345680000, 1e21, 1.5e-7);
console.log(5e-324, 1.7976931348623157e308);
console.log(4.35, 0.000001, 1234.5678);
console.log({ n: 0.7 + 0.1 });
console.log('%d %s', 0.1 * 3, 0.1 * 3);
