// AbortSignal.abort() and AbortSignal.any(): already-aborted signals, dependents that
// abort with their source's reason after its own listeners ran, argument errors.
var a = AbortSignal.abort();
console.log(a.aborted, a.reason.name, a.reason.message, a.reason.code);
console.log(AbortSignal.abort('r').reason, AbortSignal.abort(undefined).reason.name);

var c1 = new AbortController(), c2 = new AbortController();
var any = AbortSignal.any([c1.signal, c2.signal]);
var nested = AbortSignal.any([any]);
console.log(any.aborted, nested.aborted);
var log = [];
c2.signal.addEventListener('abort', function () { log.push('source ' + any.aborted); });
any.addEventListener('abort', function () { log.push('any ' + any.reason); });
nested.addEventListener('abort', function () { log.push('nested ' + nested.reason); });
c2.abort('second');
c1.abort('first');
console.log(log.join(', '), any.reason);

var pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('early')]);
console.log(pre.aborted, pre.reason);
console.log(AbortSignal.any([]).aborted);
try { AbortSignal.any([1]); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.any(5); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.timeout(-1); } catch (e) { console.log(e.code, e.message); }
try { AbortSignal.timeout('5'); } catch (e) { console.log(e.code, e.message); }
