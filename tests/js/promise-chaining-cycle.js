// Resolving a promise with itself rejects it with a TypeError.
var resolveSelf;
var p = new Promise(function (resolve) { resolveSelf = resolve; });
p.then(null, function (e) {
  console.log(String(e instanceof TypeError), e.name);
  console.log(e.message);
});
resolveSelf(p);
var q = Promise.resolve().then(function () { return q; });
q.catch(function (e) { console.log('then cycle:', e.message); });
