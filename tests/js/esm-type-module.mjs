// Formats: a .js under a package.json with "type": "module" is an ES module, a .cjs
// there is CommonJS, a .js under "type": "commonjs" is CommonJS, and the nearest
// package.json decides.
import { kind } from './fixtures/esm/type-module/pkg/lib.js';
import cjs from './fixtures/esm/type-module/pkg/old.cjs';
import commonjs from './fixtures/esm/type-module/pkg/nested/cjs.js';
import { kind as deeper } from './fixtures/esm/type-module/pkg/nested/esm/deep.js';
console.log(kind, cjs.kind, commonjs.kind, deeper);
