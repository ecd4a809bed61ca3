// resolve() with a pending promise locks in; later resolve() calls are ignored.
var resolveOuter;
var outer = new Promise(function (r) { resolveOuter = r; });
outer.then(function (v) { console.log('outer', v); });
var inner = new Promise(function (r) { setTimeout(function () { console.log('inner resolving'); r('inner value'); }, 2); });
resolveOuter(inner);
resolveOuter('ignored');
inner.then(function () { console.log('inner then'); });
