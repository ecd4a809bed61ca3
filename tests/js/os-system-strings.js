// platform/type/arch/release/version/machine/hostname/homedir are non-empty strings that agree with
// process; the values themselves are the machine's and not printed.
var os = require('os');
console.log(os.platform(), os.platform() === process.platform, os.arch() === process.arch);
console.log(os.type(), os.type() === 'Linux');
['release', 'version', 'machine', 'hostname', 'homedir', 'tmpdir'].forEach(function (n) {
  var v = os[n]();
  console.log(n, typeof v, v.length > 0, os[n]() === v);
});
console.log(os.homedir().charAt(0), os.tmpdir().charAt(0));
console.log('' + os.platform === os.platform(), '' + os.hostname === os.hostname());
