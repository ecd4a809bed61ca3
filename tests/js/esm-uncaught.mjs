// An error thrown by the main module is an uncaught exception: exit code 1, after
// what was printed before it.
import { value } from './fixtures/esm/uncaught/lib.mjs';
console.log('before', value);
process.on('exit', function (code) { console.log('exit', code); });
throw new Error('uncaught in a module');
