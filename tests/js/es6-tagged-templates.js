// Tagged templates get cooked and raw strings and the values; the strings object is cached per site.
function tag(strings, ...values) {
  return strings.raw.join('|') + ' / ' + strings.join('|') + ' / ' + values.join(',');
}
console.log(tag`a${1}b${2}c`);
console.log(tag`line\n${'x'}`);
const seen = [];
function keep(s) { seen.push(s); return s.length; }
for (let i = 0; i < 2; i++) keep`same ${i}`;
console.log(seen[0] === seen[1], Object.isFrozen(seen[0]));
console.log(String.raw ? 'has raw' : 'no raw');
