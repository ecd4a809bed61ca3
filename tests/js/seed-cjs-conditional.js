// Seed "Module System": require() is synchronous and can be conditional on process.env.NODE_ENV.
var key = require.resolve('./fixtures/seed/monitoring');
function maybeLoad() {
  var monitoring = null;
  if (process.env.NODE_ENV === 'production') {
    monitoring = require('./fixtures/seed/monitoring');  // Conditional loading
  }
  return monitoring;
}
delete process.env.NODE_ENV;
console.log(typeof process.env.NODE_ENV, maybeLoad(), key in require.cache);
process.env.NODE_ENV = 'development';
console.log(maybeLoad(), key in require.cache, global.__seedMonitoringLoads);
process.env.NODE_ENV = 'production';
var m = maybeLoad();
console.log(m, key in require.cache, global.__seedMonitoringLoads);
console.log(maybeLoad() === m, global.__seedMonitoringLoads);
var name = 'monitoring';
var dynamic = require('./fixtures/seed/' + name);
console.log(dynamic === m);
