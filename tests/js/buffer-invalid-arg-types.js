// ERR_INVALID_ARG_TYPE for non-Buffer arguments of Buffer.from, concat, compare,
// copy, equals, indexOf and fill, with Node's description of what was received.
function attempt(label, f) {
  try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
var b = Buffer.from('ab');
[123, null, undefined, true, {}, function named() {}, 1.5, new Date(0)].forEach(function (v, i) {
  attempt('from#' + i, function () { Buffer.from(v); });
});
attempt('concat item', function () { Buffer.concat([b, {}]); });
attempt('compare', function () { b.compare(new Date(0)); });
attempt('copy', function () { b.copy([]); });
attempt('equals', function () { b.equals(null); });
attempt('indexOf', function () { b.indexOf(true); });
attempt('indexOf obj', function () { b.indexOf([]); });
attempt('write', function () { b.write({}); });
attempt('byteLength', function () { Buffer.byteLength([]); });
