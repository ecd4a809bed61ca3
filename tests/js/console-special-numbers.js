// -0, NaN, Infinity print as in Node, top-level and nested.
console.log(-0);
console.log(0);
console.log([-0, 0, NaN]);
console.log({ z: -0, n: NaN, i: Infinity, m: -Infinity });
console.log(NaN, Infinity, -Infinity);
console.log('%d', -0);
console.log('%s', NaN);
console.log(1e21, 1e-7, 123456789012345680000);
console.log(String(-0), (-0).toString(), JSON.stringify(-0));
console.log(0.1, -1.5, 2e-308);
