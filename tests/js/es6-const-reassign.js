// Assigning to a const throws TypeError "Assignment to constant variable."
const c = 1;
try {
  c = 2;
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  c++;
} catch (e) {
  console.log(e.name, e.message);
}
console.log(c);
