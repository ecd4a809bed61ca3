// Event: its properties before, during and after a dispatch, preventDefault only on a
// cancelable event, stopImmediatePropagation (which stays set for a later dispatch of the
// same object), re-dispatch, recursion, CustomEvent.detail, constructor errors.
var t = new EventTarget();
var e = new Event('foo', { cancelable: true, bubbles: true });
console.log(e.type, e.cancelable, e.bubbles, e.composed, e.defaultPrevented, e.isTrusted);
console.log(e.eventPhase, e.target, e.currentTarget, e.returnValue, e.cancelBubble, e.composedPath().length);
console.log(typeof e.timeStamp, e.timeStamp >= 0, Object.keys(e).length);
t.addEventListener('foo', function (ev) {
  console.log('first', ev.eventPhase, ev.target === t, ev.currentTarget === t, ev.composedPath()[0] === t);
  ev.preventDefault();
});
t.addEventListener('foo', function (ev) {
  console.log('second', ev.eventPhase, ev.currentTarget, ev.defaultPrevented, ev.returnValue);
});
console.log('dispatch returns', t.dispatchEvent(e));
console.log('after', e.eventPhase, e.target === t, e.currentTarget, e.defaultPrevented);

var plain = new Event('foo');
plain.preventDefault();
console.log('not cancelable', plain.defaultPrevented, t.dispatchEvent(plain));

var s = new EventTarget();
var seen = [];
s.addEventListener('s', function (ev) { seen.push(1); ev.stopImmediatePropagation(); });
s.addEventListener('s', function () { seen.push(2); });
var se = new Event('s');
s.dispatchEvent(se);
console.log(seen.join(','), se.cancelBubble);
s.dispatchEvent(se);
console.log('stopped event again', seen.join(','));
s.dispatchEvent(new Event('s'));
console.log('fresh event', seen.join(','));

s.addEventListener('r', function (ev) {
  try { s.dispatchEvent(ev); } catch (err) { console.log(err.name, err.code, err.message); }
});
s.dispatchEvent(new Event('r'));

var c = new CustomEvent('c', { detail: { a: 1 } });
console.log(c instanceof Event, c.type, c.detail.a, new CustomEvent('d').detail);
try { new Event(); } catch (err) { console.log(err.name, err.code, err.message); }
try { new Event('x', 5); } catch (err) { console.log(err.code, err.message); }
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(String(new Event('k').type), new Event(42).type);
