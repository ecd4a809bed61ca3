// Error.captureStackTrace(obj) exists and sets obj.stack to a string starting with obj's toString().
console.log(typeof Error.captureStackTrace);
var o = {};
Error.captureStackTrace(o);
console.log(typeof o.stack, o.stack.split('\n')[0]);
var m = { name: 'Custom', message: 'with message' };
Error.captureStackTrace(m);
console.log(m.stack.split('\n')[0]);
function hideMe() {
  var t = {};
  Error.captureStackTrace(t, hideMe);
  return t.stack;
}
function caller() { return hideMe(); }
var st = caller();
console.log(typeof st, st.indexOf('hideMe') < 0, st.indexOf('caller') >= 0);
console.log(Object.keys(o).length === 0 || Object.keys(o).join(','));
