// data: URLs are modules too: text/javascript percent-encoded or base64, with
// import.meta.url but no filename; relative specifiers cannot resolve from them, and
// other types are Node's errors.
function show(e) { console.log(e.name, e.code, e.message); }
var js = 'export default 1 + 1; export const u = import.meta.url.slice(0, 20), f = typeof import.meta.filename;';
import('data:text/javascript,' + encodeURIComponent(js)).then(function (m) {
  console.log(m.default, m.u, m.f, Object.keys(m));
  return import('data:text/javascript;base64,' + Buffer.from('export const b = "from base64";').toString('base64'));
}).then(function (m) {
  console.log(m.b);
  return import('data:text/javascript,import fs from "fs"; export const f = typeof fs.readFileSync;');
}).then(function (m) {
  console.log('a built-in from a data: module:', m.f);
  return import('data:text/javascript,import "./x.mjs";');
}).then(null, show).then(function () {
  return import('data:application/json,{"a":1}');
}).then(null, show).then(function () {
  return import('data:text/plain,hello');
}).then(null, show);
