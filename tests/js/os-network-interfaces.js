// networkInterfaces(): name -> [{address, netmask, family, mac, internal, cidr[, scopeid]}], scopeid only
// for IPv6, cidr "address/prefix" from the netmask. Shapes only: the addresses are the machine's.
var os = require('os');
var ifs = os.networkInterfaces();
var names = Object.keys(ifs);
console.log(typeof ifs, Array.isArray(ifs));
var problems = [];
names.forEach(function (name) {
  var list = ifs[name];
  if (!Array.isArray(list) || list.length === 0) problems.push(name + ': not a list');
  list.forEach(function (a) {
    var keys = Object.keys(a).sort().join();
    var v6 = a.family === 'IPv6';
    var want = v6 ? 'address,cidr,family,internal,mac,netmask,scopeid' : 'address,cidr,family,internal,mac,netmask';
    if (keys !== want) problems.push(name + ': keys ' + keys);
    if (a.family !== 'IPv4' && a.family !== 'IPv6') problems.push(name + ': family ' + a.family);
    if (typeof a.internal !== 'boolean') problems.push(name + ': internal');
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac)) problems.push(name + ': mac ' + a.mac);
    if (a.cidr !== null && a.cidr.indexOf(a.address + '/') !== 0) problems.push(name + ': cidr ' + a.cidr);
    if (v6 && typeof a.scopeid !== 'number') problems.push(name + ': scopeid');
    if (!v6 && !/^\d+\.\d+\.\d+\.\d+$/.test(a.netmask)) problems.push(name + ': netmask ' + a.netmask);
  });
});
console.log('problems', problems);
console.log(os.networkInterfaces() !== ifs);
