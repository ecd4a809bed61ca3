// for-of uses a custom [Symbol.iterator]; break stops early.
const range = {
  from: 1, to: 5,
  [Symbol.iterator]() {
    let cur = this.from, last = this.to;
    return { next: () => cur <= last ? { value: cur++, done: false } : { value: undefined, done: true } };
  }
};
const got = [];
for (const n of range) {
  if (n === 4) break;
  got.push(n);
}
console.log(got, [...range]);
try {
  for (const x of 42) console.log(x);
} catch (e) {
  console.log(e instanceof TypeError);
}
