// nextTick validates its callback like Node (ERR_INVALID_ARG_TYPE).
var bad = [undefined, null, 5, 'abc', true, {}, [], 'a very long string that is over limit'];
for (var i = 0; i < bad.length; i++) {
  try { process.nextTick(bad[i]); } catch (e) { console.log(e.name, e.code, e.message); }
}
