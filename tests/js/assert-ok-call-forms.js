// The falsy-value message of ok() for other call forms: an alias of require('assert').ok, assert.strict.ok,
// .call/.apply, a method body, a member call split over lines (Node quotes from the name's line), tabs.
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
var ok = require('assert').ok;
show('ok alias', function () { ok(0 > 1); });
show('strict.ok', function () { assert.strict.ok(false); });
show('call', function () { assert.ok.call(null, false); });
show('apply', function () { assert.apply(null, [false]); });
show('same line', function () { assert(true); assert(1 === 2, undefined); });
show('nested call arg', function () { assert.ok(Math.max(1, 2) > 3); });
show('in callback', function () { [0].map(function (v) { assert(v); }); });
show('comment', function () { /* assert(1) */ assert(/\)/.test('x')); });
show('string paren', function () { assert(')' + '(' === 'x'); });
function deep() {
  var obj = {
    check: function (v) {
      assert.ok(
        v,
        undefined
      );
    }
  };
  obj.check(false);
}
show('method', deep);
show('chain newline', function () {
  assert
    .ok(null);
});
show('tab indent', function () {
		assert.ok(0 ||
			'' ||
			null);
});
