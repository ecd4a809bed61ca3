// addEventListener options: capture makes a second registration of one listener,
// removeEventListener only honours an options object's capture (a bare `true` is not
// read, as in Node 20), passive does not stop preventDefault, signal removes the
// listener on abort, bad options and listeners throw Node's errors.
function count(adds, removes) {
  var t = new EventTarget();
  var n = 0;
  function f() { n++; }
  adds.forEach(function (o) { t.addEventListener('e', f, o); });
  removes.forEach(function (o) { t.removeEventListener('e', f, o); });
  t.dispatchEvent(new Event('e'));
  return n;
}
console.log('two registrations', count([false, true], []));
console.log('duplicate ignored', count([false, false, { capture: false }], []));
console.log('remove {capture:true}', count([true], [{ capture: true }]));
console.log('remove true', count([true], [true]));
console.log('remove false', count([false, true], [false]));
console.log('remove default', count([undefined], [undefined]));

var t = new EventTarget();
t.addEventListener('p', function (e) { e.preventDefault(); }, { passive: true });
console.log('passive dispatch returns', t.dispatchEvent(new Event('p', { cancelable: true })));

var ac = new AbortController();
var hits = 0;
t.addEventListener('s', function () { hits++; }, { signal: ac.signal });
t.dispatchEvent(new Event('s'));
ac.abort();
t.dispatchEvent(new Event('s'));
t.addEventListener('s', function () { hits += 100; }, { signal: ac.signal });
t.dispatchEvent(new Event('s'));
console.log('signal hits', hits);

[5, 'yes'].forEach(function (o) {
  try { t.addEventListener('z', function () {}, o); } catch (e) { console.log(e.name, e.code, e.message); }
});
try { t.addEventListener('z', function () {}, { signal: {} }); } catch (e) { console.log(e.code, e.message); }
try { t.addEventListener('z', 5); } catch (e) { console.log(e.code, e.message); }
try { t.addEventListener('z'); } catch (e) { console.log(e.code, e.message); }
try { t.dispatchEvent({ type: 'z' }); } catch (e) { console.log(e.code, e.message); }
try { EventTarget.prototype.dispatchEvent.call({}, new Event('z')); } catch (e) { console.log(e.code, e.message); }
process.on('warning', function (w) { console.log('warning', w.name, w.message); });
t.addEventListener('z', null);
