// In a cycle, the module that runs first sees the other's function declarations
// (hoisted) and its var as undefined, while its let, const, class and default
// expression throw Node's ReferenceError until their declarations have run.
import { report } from './fixtures/esm/cycle-tdz/a.mjs';
console.log(report.join('\n'));
