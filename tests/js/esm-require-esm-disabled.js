// With --no-experimental-require-module, require() of an ES module throws Node 20's
// ERR_REQUIRE_ESM: for a .mjs, and for a .js under "type": "module".
var path = require('path');
function show(e) {
  console.log(e.code, e.name);
  console.log(e.message.split(__dirname).join('<dir>'));
}
try { require('./fixtures/esm/require-esm/named.mjs'); } catch (e) { show(e); }
try { require('./fixtures/esm/require-esm/typed/lib.js'); } catch (e) { show(e); }
try { require('./fixtures/esm/require-esm-disabled/typed/plain.js'); } catch (e) { show(e); }
import('./fixtures/esm/require-esm/named.mjs').then(function (ns) { console.log('import() still works:', ns.a); });
