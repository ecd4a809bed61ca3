function msg(f) { try { f(); return 'no error'; } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
const o = { a: null, n: 5, s: 'str', f() {}, nested: { fn: 1 } };
let undef;
const cases = [
  () => undef.y, () => o.a.b, () => o.missing.deep, () => null.x, () => undefined[0], () => o.a[0],
  () => o.n(), () => o.missing(), () => o.nested.fn(), () => undef(), () => o.s.foo(), () => (1, o.n)(),
  () => { const c = 1; c = 2; }, () => { const c = {}; c.x = 1; return 'fine'; },
 () => { class A {} A(); }, () => { const [x] = null; }, () => { const { y } = undefined; },
  () => notDefined, () => { notDefinedEither = 1; 'use strict'; }, () => new Array(-1),
  () => (1).toFixed(200), () => 'x'.repeat(-1), () => Object.defineProperty(1, 'x', {}), () => Object.create(5),
  () => { 'use strict'; Object.freeze([1]).push(2); }, () => JSON.parse('{'), () => BigIntMissing(), () => [].reduce(() => 0),
  () => { let t = t + 1; }, () => { x2 = 1; let x2; }, () => new Map([1]),
 () => decodeURIComponent('%'), () => ({}).x.y.z, () => o.nested.missing.x,
  () => undef.a.b, () => o['a'].b, () => o.a?.b.c, () => (void 0).x, () => o.s.x.y,
];
for (const c of cases) console.log(msg(c));
const e = new Error('base', { cause: 'why' });
console.log(e.message, e.cause, e.name, e instanceof Error, String(e), Object.prototype.toString.call(e));
class HttpError extends Error {
  constructor(status, message) { super(message); this.name = 'HttpError'; this.status = status; }
}
const he = new HttpError(404, 'not found');
console.log(he instanceof HttpError, he instanceof Error, he.name, he.message, he.status, String(he), he.stack.split('\n')[0]);
console.log(Object.keys(he), JSON.stringify(he), he.toString());
class Named extends TypeError { get name() { return 'Named'; } }
console.log(String(new Named('n')), new Named('x') instanceof TypeError);
function Legacy(m) { this.message = m; Error.captureStackTrace(this, Legacy); }
Legacy.prototype = Object.create(Error.prototype); Legacy.prototype.name = 'Legacy';
const l = new Legacy('old style');
console.log(typeof l.stack, l.stack.split('\n')[0], l instanceof Error, String(l));
const obj = {}; Error.captureStackTrace(obj);
console.log(typeof obj.stack, obj.stack.split('\n')[0]);
console.log(Error('no new').message, TypeError('t') instanceof TypeError, new RangeError().message === '', Error.prototype.name);
try { throw 'a string'; } catch (x) { console.log(typeof x, x); }
try { throw null; } catch (x) { console.log(x); }
try { try { throw new Error('inner'); } finally { console.log('finally ran'); } } catch (x) { console.log('outer caught', x.message); }
const f = () => { try { return 'try'; } finally { console.log('finally before return'); } };
console.log(f());
const g = () => { try { throw 1; } catch { return 'optional catch binding'; } };
console.log(g());
console.log(typeof Error.stackTraceLimit, new Error('x').stack.includes('es-error-messages'));
