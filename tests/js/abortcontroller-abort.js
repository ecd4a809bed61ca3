// AbortController: abort() fires 'abort' once (trusted event; onabort where it was
// first assigned), the default reason is a DOMException AbortError, throwIfAborted
// throws the reason, a second abort changes nothing.
var ac = new AbortController();
var s = ac.signal;
console.log(ac.signal === s, s.aborted, s.reason, s.onabort);
var log = [];
s.addEventListener('abort', function (e) { log.push('a:' + e.type + ':' + e.isTrusted + ':' + (e.target === s)); });
s.onabort = function (e) { log.push('on1'); };
s.addEventListener('abort', function () { log.push('b:' + s.aborted); });
s.onabort = function (e) { log.push('on2:' + (this === s)); };
s.throwIfAborted();
ac.abort();
ac.abort('again');
console.log(log.join(' '));
var r = s.reason;
console.log(r instanceof DOMException, r instanceof Error, r.name, r.message, r.code);
console.log(String(r), Object.keys(r).length);
try { s.throwIfAborted(); } catch (e) { console.log('threw reason', e === r); }

var ac2 = new AbortController();
ac2.abort({ why: 'custom' });
console.log(ac2.signal.reason.why, ac2.signal.aborted);
var ac3 = new AbortController();
ac3.abort(null);
console.log(ac3.signal.reason);
console.log(ac, ac3.signal);
var s4 = new AbortController().signal;
s4.onabort = 5;
console.log(s4.onabort);
s4.onabort = null;
console.log(s4.onabort);
console.log(s instanceof EventTarget, s instanceof AbortSignal);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}); } catch (e) { console.log(e.code, e.message); }
