// A namespace object: null prototype, sorted keys, not extensible, read-only
// properties, the same object for every import of the module.
import * as ns from './fixtures/esm/namespace-object/lib.mjs';
import * as again from './fixtures/esm/namespace-object/lib.mjs';
import util from 'util';
console.log(ns);
console.log(Object.getPrototypeOf(ns), Object.keys(ns), ns === again);
console.log(Object.isExtensible(ns), Object.isSealed(ns), 'zeta' in ns, 'nope' in ns);
try { ns.zeta = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { ns.added = 1; } catch (e) { console.log(e.name); }
try { delete ns.zeta; } catch (e) { console.log(e.name); }
console.log(ns.zeta, ns.added);
console.log(util.types.isModuleNamespaceObject(ns), util.types.isModuleNamespaceObject({}));
import('./fixtures/esm/namespace-object/lib.mjs').then(function (d) {
  console.log('dynamic import gives the same namespace:', d === ns);
});
