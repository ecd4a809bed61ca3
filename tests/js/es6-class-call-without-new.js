// Calling a class without new throws TypeError.
class A {}
try {
  A();
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
