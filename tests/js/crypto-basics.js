// crypto (runtime/crypto.c on nettle): hashes and HMACs in every output encoding, copy,
// the errors, random bytes/UUIDs/ints, timingSafeEqual, the global crypto, Hash as a stream.
const crypto = require('crypto');
console.log(crypto.createHash('sha256').update('hello').digest('hex'));
console.log(crypto.createHash('md5').update('a').update(Buffer.from('b')).digest('base64'));
console.log(crypto.createHash('SHA1').update('héllo', 'utf8').digest());
console.log(crypto.createHash('sha512').update('x').digest('base64url'));
console.log(crypto.createHash('sha256').update('6869', 'hex').digest('latin1').length);
console.log(crypto.createHmac('sha256', 'secret').update('msg').digest('hex'));
console.log(crypto.createHmac('sha1', Buffer.from('k')).update('').digest('hex'));
const h = crypto.createHash('sha256'); h.update('abc'); const c = h.copy(); console.log(h.digest('hex') === c.digest('hex'));
try { h.update('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { h.digest(); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHash('sha256').update(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHmac('nope', 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHash(); } catch (e) { console.log(e.name, e.code, e.message); }
const r = crypto.randomBytes(16); console.log(r.length, Buffer.isBuffer(r));
crypto.randomBytes(8, (err, buf) => console.log('async', err, buf.length));
const u = crypto.randomUUID(); console.log(u.length, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u));
const n = crypto.randomInt(10); console.log(n >= 0 && n < 10, Number.isInteger(n));
const m = crypto.randomInt(5, 7); console.log(m === 5 || m === 6);
crypto.randomInt(3, (err, v) => console.log('randomInt cb', err, v >= 0 && v < 3));
console.log(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));
try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(crypto.getHashes().includes('sha256'), crypto.getHashes().includes('md5'));
const ta = new Uint8Array(4); console.log(crypto.getRandomValues(ta) === ta, crypto.webcrypto.getRandomValues === undefined);
console.log(typeof globalThis.crypto, typeof globalThis.crypto.randomUUID(), crypto.randomFillSync(Buffer.alloc(3)).length);
try { crypto.randomBytes(-1); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(crypto.createHash('sha256').update('a').digest('hex') === crypto.createHash('sha256').update(Buffer.from('a')).digest().toString('hex'));
console.log(crypto.createHash('sha3-256').update('').digest('hex'));
console.log(crypto.createHash('ripemd160').update('').digest('hex'), crypto.createHash('RSA-SHA256').update('').digest('hex').slice(0, 8));
const hs = crypto.createHash('md5'); console.log(typeof hs.write, typeof hs.pipe);
const fs = require('fs');
const hs2 = crypto.createHash('sha256');
hs2.setEncoding('hex');
fs.createReadStream(__filename).pipe(hs2).on('finish', () => console.log('stream digest', hs2.read() === crypto.createHash('sha256').update(fs.readFileSync(__filename)).digest('hex')));
const hs3 = crypto.createHash('md5'); hs3.write('ab'); hs3.end('c'); hs3.on('readable', () => { const d = hs3.read(); if (d) console.log('md5 via stream', d.toString('hex')); });
console.log(crypto.createHash('md5').update('abc').digest('hex'));
console.log(crypto.createHash('sha256') instanceof require('stream').Transform);
