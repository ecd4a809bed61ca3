// Long deepStrictEqual diffs: runs of identical lines collapse to '...' with ' ... Lines skipped' in the
// header, and output stops after about 50 printed lines.
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
show('one change in many', function () {
  var a = [], b = [];
  for (var i = 0; i < 30; i++) { a.push({ id: i, name: 'n' + i }); b.push({ id: i, name: 'n' + i }); }
  b[15].name = 'changed';
  assert.deepStrictEqual(a, b);
});
show('everything differs', function () {
  var a = [], b = [];
  for (var i = 0; i < 100; i++) { a.push(i); b.push(i * 2); }
  assert.deepStrictEqual(a, b);
});
show('tail differs', function () {
  var a = {}, b = {};
  for (var i = 0; i < 12; i++) { a['k' + (i < 10 ? '0' : '') + i] = i; b['k' + (i < 10 ? '0' : '') + i] = i; }
  b.k11 = 'x';
  assert.deepStrictEqual(a, b);
});
show('head differs', function () {
  var a = [], b = [];
  for (var i = 0; i < 12; i++) { a.push(i); b.push(i); }
  a[0] = -1;
  assert.deepStrictEqual(a, b);
});
