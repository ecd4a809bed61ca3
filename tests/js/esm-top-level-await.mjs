// Top-level await: the module's evaluation waits for it, and so do its importers.
import { value } from './fixtures/esm/top-level-await/waits.mjs';
console.log('main sees', value);
const later = await Promise.resolve('awaited in main');
console.log(later);
