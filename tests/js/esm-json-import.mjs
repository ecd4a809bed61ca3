// Importing JSON needs an import attribute (with { type: 'json' }), so a plain import
// of a .json file is Node's TypeError; createRequire still loads JSON.
import { createRequire } from 'module';
import('./fixtures/esm/json-import/data.json').then(function () {
  console.log('loaded');
}, function (e) {
  console.log(e.name, e.code, e.message.split(import.meta.dirname).join('<dir>'));
  console.log(createRequire(import.meta.url)('./fixtures/esm/json-import/data.json'));
});
