// In an ES module too, generator and async functions print with their kind: top-level
// and exported declarations (hoisted: usable before their line), expressions, and
// functions declared after a top-level await.
import { types } from 'node:util';

console.log(exported, local, gen);
export async function exported() {}
async function local() {}
function* gen() {}
export const arrow = async () => {};
export const agen = async function* () {};
console.log(arrow, agen, types.isAsyncFunction(exported), types.isGeneratorFunction(gen));
await null;
console.log(afterAwait, types.isAsyncFunction(afterAwait));
async function afterAwait() {}
