// Bare specifiers through node_modules: "exports" with import/require conditions and
// subpath patterns, null targets, "main", "type": "module" packages, scoped packages.
import { report } from './fixtures/esm/packages/app.mjs';
report().then(function (lines) {
  console.log(lines.join('\n'));
});
