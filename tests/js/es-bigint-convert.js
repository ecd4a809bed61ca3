// Converting to and from BigInt: BigInt(number|string|boolean) and its errors,
// `new BigInt`, Number(), String(), templates and string concatenation, toString(radix),
// toLocaleString, valueOf; unary + and mixing with Numbers are TypeErrors; JSON.stringify
// throws unless toJSON is defined; console.log/util.inspect/util.format print `10n`.
const util = require('util');
console.log(BigInt(42), BigInt(-0), BigInt(2 ** 60), BigInt(1e21), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(BigInt('123456789012345678901234567890'), BigInt(' 0x1F '), BigInt('0o777'), BigInt('0b11'), BigInt(''), BigInt('-42'), BigInt(true), BigInt(false), BigInt(10n));
console.log(BigInt({ valueOf() { return 7; } }), BigInt({ toString() { return '8'; } }));
console.log(Number(2n ** 64n), Number(-123n), Number(2n ** 1100n), Number(2n ** 53n + 1n), Number(0n), parseFloat('1n'));
console.log(String(123n), String(-5n), `${2n ** 70n}`, 'v=' + 10n, 10n + '!', [1n, 2n].join(), 3n.toString(), (255n).toString(16), (-255n).toString(2));
console.log((1234567890n).toLocaleString(), (-1000n).toLocaleString(), (999n).toLocaleString(), 5n.valueOf() === 5n);
console.log(Object.prototype.toString.call(1n), typeof BigInt.prototype.toString, BigInt.name, BigInt.length);
console.log(10n, [1n, -2n], { a: 1n, nested: { b: 2n ** 65n } }, new Map([[1n, 2n]]), new Set([3n]));
console.log(util.inspect(12n), util.format('%d %i %s', 5n, -6n, 7n), util.format('%d', 2n ** 70n), util.format('%j', 1));
console.log(JSON.stringify({ a: 1 }), BigInt.prototype.toJSON);
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ a: 1n, b: [2n] }));
delete BigInt.prototype.toJSON;
const errs = [
  () => BigInt(1.5), () => BigInt(NaN), () => BigInt(Infinity), () => BigInt('abc'), () => BigInt('1n'),
  () => BigInt('-0x10'), () => BigInt('1.5'), () => BigInt(undefined), () => BigInt(null), () => new BigInt(1),
  () => +1n, () => 1n + 1, () => 1 * 2n, () => 1n - 1, () => Math.sqrt(4n), () => 2n ** 2, () => 1 | 1n,
  () => JSON.stringify({ a: 1n }), () => JSON.stringify(2n), () => (1n).toString(1), () => (1n).toString(37),
  () => BigInt.prototype.toString.call(1), () => isNaN(1n),
];
for (const t of errs) {
  try { console.log(t()); } catch (e) { console.log(e.name + ': ' + e.message); }
}
