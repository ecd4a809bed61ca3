// Buffer's 64-bit BigInt readers and writers (LE/BE, signed and unsigned, the Uint
// aliases), their range and bounds errors, and process.hrtime.bigint().
const b = Buffer.alloc(16);
console.log(b.writeBigUInt64LE(0x0102030405060708n), b.writeBigInt64BE(-2n, 8), b);
console.log(b.readBigUInt64LE(), b.readBigInt64BE(8), b.readBigUInt64BE(8), b.readBigInt64LE(0), b.readBigUint64LE(8));
b.writeBigInt64LE(-(2n ** 63n));
console.log(b.readBigInt64LE(), b.readBigUInt64LE(), b.readBigUint64BE());
b.writeBigUint64BE(2n ** 64n - 1n, 8);
console.log(b.readBigInt64BE(8), b.readBigUInt64BE(8), b.writeBigInt64LE(123n, 4), b);
const t = process.hrtime.bigint();
console.log(typeof t, t > 0n, process.hrtime.bigint() >= t, typeof process.hrtime.bigint);
const errs = [
  () => b.writeBigUInt64LE(2n ** 64n), () => b.writeBigInt64LE(-(2n ** 63n) - 1n), () => b.writeBigUInt64LE(1),
  () => b.readBigUInt64LE(9), () => b.writeBigUInt64LE(1n, 9), () => b.writeBigInt64BE(5n, 'x'),
  () => b.writeBigUInt64LE(-1n), () => b.readBigInt64LE(0.5), () => b.writeBigInt64LE(2n ** 63n),
];
for (const f of errs) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
