// assert.match / doesNotMatch: generated messages quote the RegExp and input; a non-string input and a
// non-RegExp pattern are reported; custom messages and Error messages.
var assert = require('assert');
function show(label, f) {
  try {
    f();
    console.log(label + ": no error");
  } catch (e) {
    console.log(label + ": " + e.name + " " + e.code + " " + e.operator + " " + e.generatedMessage);
    console.log(e.message);
  }
}
show('match ok', function () { assert.match('abc', /b/); });
show('match fail', function () { assert.match('abc', /x/); });
show('match msg', function () { assert.match('abc', /x/, 'custom'); });
show('match err', function () { assert.match('abc', /x/, new Error('own')); });
show('match nonstr', function () { assert.match(123, /1/); });
show('match bad re', function () { assert.match('abc', 'b'); });
show('match multiline', function () { assert.match('line one\nline two', /three/); });
show('dnm ok', function () { assert.doesNotMatch('abc', /x/); });
show('dnm fail', function () { assert.doesNotMatch('abc', /b/); });
show('dnm nonstr', function () { assert.doesNotMatch({}, /b/); });
var e;
try { assert.match('abc', /z/g); } catch (x) { e = x; }
console.log(e.actual, String(e.expected), e.operator);
