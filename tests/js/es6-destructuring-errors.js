// Destructuring null or a non-iterable throws TypeError.
try {
  const [a] = null;
} catch (e) {
  console.log(e instanceof TypeError);
}
try {
  const [b] = {};
} catch (e) {
  console.log(e instanceof TypeError);
}
try {
  const { ...c } = null;
} catch (e) {
  console.log(e instanceof TypeError);
}
