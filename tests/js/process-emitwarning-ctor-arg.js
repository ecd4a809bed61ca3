// process.emitWarning(msg, type, fn): a function in the code position is the stack's ctor, not a code.
process.on('warning', function (w) {
  console.log(w.name, typeof w.code, w.code, w.message);
});
function ctor() {}
process.emitWarning('third arg is a function', 'CustomWarning', ctor);
process.emitWarning('with code and ctor', 'CustomWarning', 'CODE1', ctor);
process.emitWarning('type is a function', ctor);
