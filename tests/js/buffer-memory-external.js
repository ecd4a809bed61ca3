// Buffer bytes count in process.memoryUsage().external and .arrayBuffers while the
// Buffers are alive and come back once they are collected.
var MiB = 1024 * 1024;
gc();
var base = process.memoryUsage();
var bufs = [];
for (var i = 0; i < 50; i++) bufs.push(Buffer.alloc(MiB, i));
var during = process.memoryUsage();
console.log('arrayBuffers grew by >= 50 MiB:', during.arrayBuffers - base.arrayBuffers >= 50 * MiB);
console.log('external grew by >= 50 MiB:', during.external - base.external >= 50 * MiB);
console.log('external >= arrayBuffers:', during.external >= during.arrayBuffers);
bufs = null;
// Node's first full collection may leave part of them to the next one.
gc();
gc();
var after = process.memoryUsage();
console.log('arrayBuffers back near baseline:', after.arrayBuffers - base.arrayBuffers < 2 * MiB);
