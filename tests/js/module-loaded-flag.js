// module.loaded is false while a module's code runs and true once require() returns; the parent is not loaded yet then.
var child = require('./fixtures/module/loaded/child');
var key = require.resolve('./fixtures/module/loaded/child');
console.log('child during load:', child.during, 'parent during child load:', child.parentLoadedDuring);
console.log('after require:', require.cache[key].loaded, 'main:', module.loaded);
setImmediate(function () {
  console.log('later:', child.later, 'main later:', module.loaded, require.main.loaded);
});
process.nextTick(function () { console.log('tick: main loaded', module.loaded); });
