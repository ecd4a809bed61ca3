// require() with a non-string or empty id throws TypeError with ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE.
function show(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
show(function () { require(123); });
show(function () { require(''); });
show(function () { require(); });
show(function () { require(null); });
show(function () { require.resolve(5); });
show(function () { require({}); });
