'use strict';
// Function.prototype.toString of ES5 functions: the exact source text, comments and
// whitespace kept (the file has no ES2015+ syntax: the down-leveler leaves it as is).
function show(label, f) {
  console.log('--- ' + label);
  console.log(String(f));
}

function declared(a, /* the second */ b) {
  // a line comment
  return a +   b;   /* trailing */
}
show('declaration', declared);

var expr = function   ( x ) { return x };
show('anonymous expression', expr);

var named = function inner(n) { return n ? inner(n - 1) : 0; };
show('named expression', named);

show('empty', function(){});
show('nested', (function outer() {
  return function innerMost(y) {
    return y * 2;
  };
})());

var o = {
  get g() { return 2; },
  set g(v) { /* set */ },
  'quoted key': function () { return 'q'; }
};
var d = Object.getOwnPropertyDescriptor(o, 'g');
show('getter', d.get);
show('setter', d.set);
show('property function', o['quoted key']);

// every way of turning a function into a string
console.log('--- conversions');
console.log(String(declared) === declared.toString());
console.log(('' + declared) === declared.toString());
console.log(Function.prototype.toString.call(expr));
console.log([function a() {}, function b() {}].join(' | '));

// unicode in the text
show('unicode', function ü(s) { return 'héllo ✓ ' + s; });

// eval and new Function
show('eval', eval('(function e(a) { return a })'));
show('eval nested', eval('(function () { return function e2() {} })')());
show('Function', new Function('a', 'b', 'return a + b'));
show('Function no params', new Function('return 1'));
show('Function none', new Function());
show('Function one string', new Function('a, b', 'c', '/* body */ return a'));
show('Function nested', new Function('return function f2(z) { return z; }')());
console.log(new Function('a', 'b', 'return a + b')(2, 3));

// native and bound
show('Math.max', Math.max);
show('Array.prototype.push', Array.prototype.push);
show('Object', Object);
show('parseInt', parseInt);
show('JSON.stringify', JSON.stringify);
show('bound', declared.bind(null, 1));

// toString on non-functions throws
try {
  Function.prototype.toString.call({});
} catch (e) {
  console.log(e instanceof TypeError);
}
