// EventTarget: listeners run in registration order; one appended while an earlier
// listener runs is reached in the same dispatch, one appended by the last is not;
// once listeners go before they run; handleEvent objects are called as methods.
var t = new EventTarget();
var log = [];
function a() { log.push('a'); t.addEventListener('x', c); }
function b() { log.push('b'); }
function c() { log.push('c'); }
t.addEventListener('x', a);
t.addEventListener('x', b);
t.dispatchEvent(new Event('x'));
console.log(log.join(','));

log = [];
var t2 = new EventTarget();
t2.addEventListener('y', function () {
  log.push('only');
  t2.addEventListener('y', function () { log.push('late'); });
});
t2.dispatchEvent(new Event('y'));
console.log(log.join(','));
t2.dispatchEvent(new Event('y'));
console.log(log.join(','));

var n = 0;
var t3 = new EventTarget();
t3.addEventListener('o', function () { n++; }, { once: true });
t3.addEventListener('o', function () { n += 10; });
t3.dispatchEvent(new Event('o'));
t3.dispatchEvent(new Event('o'));
console.log('once', n);

var obj = { name: 'obj', handleEvent: function (e) { console.log('handleEvent', this === obj, e.type); } };
t3.addEventListener('h', obj);
t3.addEventListener('h', obj);
t3.dispatchEvent(new Event('h'));
obj.handleEvent = function () { console.log('replaced handleEvent is used'); };
t3.dispatchEvent(new Event('h'));
t3.removeEventListener('h', obj);
console.log(t3.dispatchEvent(new Event('h')));

var self = null;
t3.addEventListener('this', function () { self = this; });
t3.dispatchEvent(new Event('this'));
console.log('this is target', self === t3);
