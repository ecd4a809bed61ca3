// require() of an ES module graph with top-level await is Node's
// ERR_REQUIRE_ASYNC_MODULE.
try {
  require('./fixtures/esm/top-level-await/waits.mjs');
} catch (e) {
  console.log(e.code, e.message.split(__dirname).join('<dir>'));
}
