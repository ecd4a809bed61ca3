// yield* over arrays, strings, Sets, other generators, and its value: the inner return.
function* inner() { yield 'i1'; yield 'i2'; return 'inner result'; }
function* outer() {
  yield* [1, 2];
  yield* 'ab';
  yield* new Set(['s']);
  const r = yield* inner();
  yield r;
  yield* (function* () { yield 'nested'; })();
  const none = yield* [];
  yield none;
}
console.log([...outer()]);
function* tree(node) {
  if (!node) return;
  yield* tree(node.left);
  yield node.value;
  yield* tree(node.right);
}
const t = { value: 4, left: { value: 2, left: { value: 1 }, right: { value: 3 } }, right: { value: 6, left: { value: 5 } } };
console.log([...tree(t)]);
function* flatten(arr) { for (const x of arr) { if (Array.isArray(x)) yield* flatten(x); else yield x; } }
console.log([...flatten([1, [2, [3, [4]], 5], [[6]]])]);
try {
  [...(function* () { yield* 42; })()];
} catch (e) {
  console.log(e instanceof TypeError);
}
