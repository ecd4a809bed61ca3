// export default: anonymous functions and classes are named 'default'; an expression
// is evaluated once, when the module runs, and later assignments do not change it.
import f1 from './fixtures/esm/export-default/anon-fn.mjs';
import f2 from './fixtures/esm/export-default/named-fn.mjs';
import C1 from './fixtures/esm/export-default/anon-class.mjs';
import C2 from './fixtures/esm/export-default/named-class.mjs';
import a from './fixtures/esm/export-default/arrow.mjs';
import v, { bump } from './fixtures/esm/export-default/value.mjs';
import obj from './fixtures/esm/export-default/object.mjs';
console.log(f1.name, f1(), f2.name, f2());
console.log(C1.name, new C1().m(), C2.name, new C2() instanceof C2);
console.log(a.name, a());
bump();
console.log(v, obj.n, typeof obj.m);
