// import.meta: url (a file: URL), filename and dirname (Node 20.11+), resolve(); one
// object per module, with a null prototype.
import path from 'path';
import { meta as other } from './fixtures/esm/import-meta/other.mjs';
var m = import.meta;
console.log(Object.keys(m), Object.getPrototypeOf(m));
console.log(m === import.meta, m === other);
console.log(m.url.slice(0, 8), path.basename(m.url), path.basename(m.filename), path.basename(m.dirname));
console.log(m.filename === path.join(m.dirname, 'esm-import-meta.mjs'));
console.log(m.url === 'file://' + m.filename);
console.log(path.basename(other.url), path.basename(other.dirname));
console.log(m.resolve('./fixtures/esm/import-meta/other.mjs') === other.url);
console.log(path.basename(m.resolve('./not-there.mjs')), m.resolve('fs'), m.resolve('node:path'));
function inner() { return import.meta.url; }
console.log(inner() === m.url);
