// Reading a let before its declaration throws ReferenceError (TDZ).
try {
  console.log(v);
  let v = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
