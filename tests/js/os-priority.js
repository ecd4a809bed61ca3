// getPriority()/setPriority(): validated int32 arguments (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE), and a
// SystemError (ERR_SYSTEM_ERROR, info, errno, syscall) for a process that does not exist.
var os = require('os');
function show(label, f) {
  try {
    var r = f();
    console.log(label + ': ok ' + typeof r);
  } catch (e) {
    console.log(label + ': ' + e.name + ' ' + e.code + ' ' + e.message);
  }
}
var p = os.getPriority();
console.log(typeof p, p >= -20 && p <= 19, os.getPriority(0) === p, os.getPriority(process.pid) === p);
show('get string', function () { return os.getPriority('x'); });
show('get float', function () { return os.getPriority(1.5); });
show('get big', function () { return os.getPriority(2147483648); });
show('set range', function () { return os.setPriority(0, 100); });
show('set type', function () { return os.setPriority(0, '1'); });
show('set pid type', function () { return os.setPriority('0', 1); });
show('set same', function () { return os.setPriority(p); });
show('get missing', function () { return os.getPriority(2147483647); });
show('set missing', function () { return os.setPriority(2147483647, 0); });
try {
  os.getPriority(2147483647);
} catch (e) {
  console.log(e instanceof Error, e.errno, e.syscall, JSON.stringify(e.info));
  console.log(String(e));
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e).sort().join(' '));
}
