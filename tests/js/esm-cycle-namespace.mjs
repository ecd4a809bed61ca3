// A namespace object seen inside a cycle before its module ran: the names are there,
// uninitialized ones print as <uninitialized>, and later they have their values.
import { early, late } from './fixtures/esm/cycle-namespace/a.mjs';
console.log(early);
console.log(late());
