// break, continue and return inside a loop whose closures capture its let binding.
function find(list, want) {
  const seen = [];
  for (let i = 0; i < list.length; i++) {
    seen.push(() => i);
    if (list[i] === 'skip') continue;
    if (list[i] === want) return 'found at ' + i + ' after ' + seen.length;
    if (list[i] === 'stop') break;
  }
  return 'not found, seen ' + seen.map(f => f()).join(',');
}
console.log(find(['a', 'b', 'c'], 'b'));
console.log(find(['a', 'skip', 'stop', 'b'], 'b'));
