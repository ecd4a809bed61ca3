// setTimeout/setInterval/setImmediate validate the callback.
var fns = [setTimeout, setInterval, setImmediate];
for (var i = 0; i < fns.length; i++) {
  try { fns[i]('not a function'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { setTimeout(); } catch (e) { console.log(e.message); }
