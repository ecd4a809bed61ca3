// A module is keyed by its URL: the same file with a query or fragment is another
// instance, evaluated again; the same URL is the same instance.
import { id as plain } from './fixtures/esm/query-instances/counter.mjs';
import { id as q1 } from './fixtures/esm/query-instances/counter.mjs?one';
import { id as q1again } from './fixtures/esm/query-instances/counter.mjs?one';
import { id as hash } from './fixtures/esm/query-instances/counter.mjs#frag';
console.log(plain, q1, q1again, hash);
import('./fixtures/esm/query-instances/counter.mjs?two').then(function (ns) {
  console.log('dynamic:', ns.id, ns.where.split('?')[1]);
});
