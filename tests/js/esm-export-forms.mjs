// Every export declaration form, seen through a namespace object.
import * as m from './fixtures/esm/export-forms/lib.mjs';
console.log(Object.keys(m).join(' '));
console.log(m.v1, m.l1, m.c1, m.c2, m.x, m.y, m.rest, m.p, m.q);
console.log(m.fn(), typeof m.Cls, new m.Cls().hi(), m.renamed, m['with space'], m.twice1 === m.twice2);
