// CommonJS names do not exist in module scope: require, module, exports, __filename,
// __dirname; createRequire gives a require.
import { createRequire } from 'module';
var names = ['require', 'module', 'exports', '__filename', '__dirname'];
names.forEach(function (n) {
  console.log(n, typeof globalThis[n]);
});
try {
  require('fs');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  console.log(__dirname);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
var req = createRequire(import.meta.url);
console.log(typeof req('fs').readFileSync, req('./fixtures/esm/cjs-globals/data.json').ok);
