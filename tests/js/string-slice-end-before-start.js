// String.prototype.slice with an end at or before its start gives '' (mujs swapped the
// ends as substring does); substring and substr keep their own rules.
const cases = [[3, 2], [2, 1], [-1, -2], [4, 2], [1, 1], [0, -10], [-2, 1], [5, 0], [2, -3],
  [1, 3], [-3, -1], [0], [-2], [10, 12], [NaN, 2], [2, NaN], ['2', '1'], [1.7, 0.2]];
for (const s of ['abcdef', 'héllo wörld', 'a😀b😀c', '']) {
  for (const c of cases) {
    console.log(JSON.stringify(s), JSON.stringify(c), JSON.stringify(s.slice(...c)),
      JSON.stringify(s.substring(...c)), JSON.stringify(s.substr(...c)));
  }
}
const long = 'x'.repeat(40) + 'é' + 'y'.repeat(40) + '😀' + 'z'.repeat(40);
for (const c of [[60, 50], [50, 60], [81, 83], [83, 81], [82, 83], [-5, -40]])
  console.log(JSON.stringify(c), JSON.stringify(long.slice(...c)), JSON.stringify(long.substring(...c)));
