// BigInt literals (decimal, hex, octal, binary, separators), typeof, and the arithmetic
// operators + - * / % ** with arbitrary precision; unary -, ++ and --; the RangeErrors
// of division by zero and a negative exponent.
const a = 12345678901234567890123456789n;
const b = -98765432109876543210n;
console.log(typeof a, typeof 0n, typeof BigInt, a, b);
console.log(0x1fn, 0XFFn, 0o17n, 0b1011n, 1_000_000n, 0xdead_beefn, 0n, -0n);
console.log(a + b, a - b, b - a, a * b, b * b);
console.log(a / b, a % b, b / 7n, b % 7n, -7n / 2n, -7n % 2n, 7n / -2n, 7n % -2n);
console.log(a / 1n, a / a, 3n / 5n, (a * a + 17n) / a, (a * a + 17n) % a);
console.log(2n ** 0n, 0n ** 0n, 2n ** 64n, (-3n) ** 3n, (-1n) ** 1001n, 10n ** 40n);
console.log(-a, -(-a), -0n);
let i = 9n;
i++;
console.log(i, i--, i, ++i, --i);
let x = 5n;
x += 10n; x -= 3n; x *= 4n; x /= 5n; x %= 7n; x **= 3n;
console.log(x);
const f = 2n ** 200n;
console.log(f, f.toString(16), f.toString(2).length, f.toString(36));
// division by a multi-limb divisor, checked by multiplying back
const n = 3n ** 160n + 12345n, d = 7n ** 33n + 1n;
const q = n / d, r = n % d;
console.log(q, r, q * d + r === n, r < d);
for (const t of [() => 1n / 0n, () => 1n % 0n, () => 2n ** -1n]) {
  try { t(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
