// The main module imports a module with a syntax error: nothing runs, and the process
// exits with 1 after printing the error with the file and line (on stderr).
console.log('not printed');
import './fixtures/esm/syntax-error/bad.mjs';
