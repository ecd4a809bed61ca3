// A top-level await whose promise rejects: an uncaught exception, exit code 1.
import './fixtures/esm/tla-rejection/lib.mjs';
console.log('main never runs');
