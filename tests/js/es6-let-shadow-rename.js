// A block-level let that shares its name with an outer binding keeps both values apart.
var name = 'outer';
function f() {
  if (true) {
    let name = 'block';
    console.log(name);
  }
  return name;
}
console.log(f());
