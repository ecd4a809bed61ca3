// Every import form: default, named, renamed, namespace, default with named, default
// with namespace, string names, and imports for side effects only.
import def from './fixtures/esm/import-forms/lib.mjs';
import { a, b as bee } from './fixtures/esm/import-forms/lib.mjs';
import * as all from './fixtures/esm/import-forms/lib.mjs';
import def2, { a as a2 } from './fixtures/esm/import-forms/lib.mjs';
import def3, * as all2 from './fixtures/esm/import-forms/lib.mjs';
import { 'string name' as str, default as def4 } from './fixtures/esm/import-forms/lib.mjs';
import './fixtures/esm/import-forms/effect.mjs';
import {} from './fixtures/esm/import-forms/effect.mjs';
console.log(def, a, bee, str);
console.log(def === def2, def === def3, def === def4, a === a2, all === all2);
console.log(all.a, all.b, all['string name'], all.default);
console.log(globalThis.effectRuns);
