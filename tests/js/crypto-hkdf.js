// crypto.hkdfSync / crypto.hkdf: RFC 5869's first vector, an empty salt, keys as ArrayBuffers,
// the callback in a later loop phase, and Node's errors for length, digest, ikm and info
// (Node's output).
const c = require('crypto');
console.log(Buffer.from(c.hkdfSync('sha256', 'key', 'salt', 'info', 42)).toString('hex'), c.hkdfSync('sha256', 'k', '', '', 8) instanceof ArrayBuffer);
// RFC 5869 test case 1
const ikm = Buffer.from('0b'.repeat(22), 'hex');
console.log(Buffer.from(c.hkdfSync('sha256', ikm, Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)).toString('hex'));
console.log(Buffer.from(c.hkdfSync('sha1', ikm, '', '', 20)).toString('base64'), c.hkdfSync('md5', 'k', 's', 'i', 0).byteLength);
c.hkdf('sha512', Buffer.from('k'), 's', 'i', 16, (e, k) => console.log('cb', e, Buffer.from(k).toString('hex')));
console.log('after hkdf call');
for (const a of [['sha256', 'k', 's', 'i', 255 * 32 + 1], ['nope', 'k', 's', 'i', 4], ['sha256', 1, 's', 'i', 4], ['sha256', 'k', 's', 'i', -1], ['sha256', 'k', 's', 'x'.repeat(1025), 4], ['sha256', 'k', 's', 'i', 1.5]])
  try { c.hkdfSync(...a); } catch (e) { console.log(e.name, e.code, e.message); }
