// Re-exports: renamed, namespace re-exports and re-exported imports.
import { one, two as deux, inner, viaImport, imported } from './fixtures/esm/reexport/hub.mjs';
import * as hub from './fixtures/esm/reexport/hub.mjs';
console.log(one, deux, viaImport, imported);
console.log(inner.one, inner.two, Object.keys(inner));
console.log(Object.keys(hub));
console.log(hub.inner === inner);
