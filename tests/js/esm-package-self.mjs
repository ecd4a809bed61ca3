// Inside a package: "imports" (#names, also mapping to other packages) and a
// self-reference by the package's own name through its "exports".
import { all } from './fixtures/esm/package-self/src/main.mjs';
console.log(all);
