// Node 20.19+: a .js with no "type" around it that uses import/export is run as an ES
// module (syntax detection), also when it is the main script.
import path from 'path';
import { detected } from './fixtures/esm/detect-main/typeless.js';
console.log(typeof require, typeof module, typeof this);
console.log(path.basename(import.meta.url), detected);
import('./fixtures/esm/detect-main/plain.js').then(function (ns) {
  console.log('plain.js is CommonJS:', ns.default.plain);
});
