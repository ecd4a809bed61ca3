function t(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e instanceof TypeError, e.message); }
}
t(function () { new WeakMap().set(1, 2); });
t(function () { new WeakMap().set('str', 2); });
t(function () { new WeakMap().set(null, 2); });
t(function () { new WeakMap().set(undefined, 2); });
t(function () { new WeakMap([[1, 2]]); });
t(function () { new WeakSet().add(1); });
t(function () { new WeakSet().add(null); });
t(function () { new WeakSet([{}, 2]); });
t(function () { WeakMap(); });
t(function () { Map(); });
t(function () { Set(); });
t(function () { new Map().forEach(); });
