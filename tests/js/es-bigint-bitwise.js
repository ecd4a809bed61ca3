// BigInt bitwise operators with two's complement semantics (& | ^ ~ << >>), shifts by a
// negative count, >>> as a TypeError, BigInt.asIntN/asUintN, and a pseudo-random sweep
// of every operator over values of many sizes (checked against Node's output).
const vals = [0n, 1n, -1n, 5n, -3n, 255n, -256n, 2n ** 32n - 1n, -(2n ** 32n), 2n ** 64n + 7n, -(2n ** 70n) + 3n];
for (const a of vals) {
  const row = [];
  for (const b of vals) row.push(a & b, a | b, a ^ b);
  console.log(String(a), ~a, row.join(' '));
}
console.log(1n << 70n, -1n << 3n, 5n << -1n, -5n >> 1n, -1n >> 100n, 1n >> 100n, (2n ** 100n) >> 36n, -(2n ** 100n + 1n) >> 36n);
console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, 127n), BigInt.asUintN(8, -1n), BigInt.asUintN(8, 257n));
console.log(BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n), BigInt.asIntN(0, 5n), BigInt.asUintN(1, 3n), BigInt.asIntN(32, -(2n ** 31n)), BigInt.asIntN(33, 2n ** 40n - 1n));
console.log(BigInt.asUintN(100, -5n), BigInt.asIntN(100, 2n ** 99n), BigInt.asIntN(200, -7n));
for (const t of [() => 1n >>> 1n, () => BigInt.asIntN(-1, 1n), () => BigInt.asIntN(8, 255)]) {
  try { t(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
// the sweep: a 31-bit LCG builds operands of 1 to 9 limbs
let seed = 12345;
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; }
function big() {
  let v = 0n;
  const limbs = 1 + rnd() % 9;
  for (let i = 0; i < limbs; i++) v = (v << 31n) + BigInt(rnd());
  return rnd() % 2 ? -v : v;
}
let acc = 0n;
for (let k = 0; k < 200; k++) {
  const a = big(), b = big(), s = BigInt(rnd() % 100);
  const out = [a + b, a - b, a * b, a / b, a % b, a & b, a | b, a ^ b, a << s, a >> s, ~a];
  for (const v of out) acc = (acc * 31n + v) % (2n ** 127n - 1n);
  if (k % 40 === 0) console.log(out.join(' '));
}
console.log(acc);
