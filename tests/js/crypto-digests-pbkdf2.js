// crypto digests people compute: createHash md5/sha1/sha2 family in hex/base64, Hmac, copy(),
// errors after digest, randomBytes/randomUUID/timingSafeEqual, the one-shot crypto.hash,
// pbkdf2Sync (RFC 6070/7914 vectors, long keys, argument errors) and pbkdf2's callback
// order (Node's output).
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha384', 'sha224'])
  console.log(alg, crypto.createHash(alg).update('hello').update(' world').digest('hex'));
console.log(crypto.createHash('sha256').update('x').digest('base64'), crypto.createHash('md5').update(Buffer.from([1, 2])).digest().length);
console.log(crypto.createHmac('sha256', 'secret').update('msg').digest('hex'));
console.log(crypto.createHmac('sha1', Buffer.from('k')).update('m').digest('base64url'));
const h = crypto.createHash('sha1'); h.update('a'); const h2 = h.copy(); h2.update('b');
console.log(h.digest('hex'), h2.digest('hex'));
try { h.update('more'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.message); }
console.log(crypto.randomBytes(16).length, crypto.randomBytes(8).toString('hex').length);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
console.log(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.code, e.message); }
const n = crypto.randomInt(10); console.log(n >= 0 && n < 10, typeof crypto.getHashes, crypto.getHashes().includes('sha256'));
console.log(crypto.createHash('sha256').update('é').digest('hex'), crypto.createHash('sha256').update('é', 'latin1').digest('hex'));
crypto.randomBytes(4, (err, b) => console.log('async', err, b.length));
console.log(crypto.hash ? 'hash fn' : 'no hash fn');
console.log(crypto.pbkdf2Sync('pw', 'salt', 1000, 16, 'sha256').toString('hex'));
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', Buffer.from('abc'), 'base64'), crypto.hash('sha256', 'abc', 'buffer').length);
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), Buffer.alloc(0), 3, 70, 'sha512').toString('base64'));
console.log(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha256'));
for (const args of [['p', 's', 0, 16, 'sha256'], ['p', 's', 1, -1, 'sha256'], ['p', 's', 1, 16, 'nope'], ['p', 's', 1.5, 16, 'sha256'], ['p', 's', '1', 16, 'sha256'], [1, 's', 1, 16, 'sha256'], ['p', 's', 1, 16]])
  try { crypto.pbkdf2Sync(...args); } catch (e) { console.log(e.name, e.code, e.message); }
crypto.pbkdf2('secret', 'salt', 10, 16, 'sha512', (err, key) => console.log('pbkdf2 cb', err, key.toString('hex')));
console.log('after pbkdf2 call');
