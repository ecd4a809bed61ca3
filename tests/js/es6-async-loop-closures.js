// Closures made inside loops that await keep their own iteration's let/const bindings.
const later = [];
async function main() {
  for (const x of ['a', 'b', 'c']) {
    const upper = await Promise.resolve(x.toUpperCase());
    later.push(() => x + upper);
  }
  for (let i = 0; i < 3; i++) {
    await null;
    setTimeout(() => later.push(() => 'timer ' + i), 0);
  }
  let n = 0;
  while (n < 2) {
    const id = n++;
    const label = await Promise.resolve('item' + id);
    later.push(function named() { return label + '#' + id; });
  }
  for (const group of [[1, 2], [3]]) {
    for (const v of group) {
      await null;
      later.push(() => group.length + ':' + v);
    }
  }
  await new Promise((r) => setTimeout(r, 5));
  console.log(later.map((f) => f()));
}
main();
