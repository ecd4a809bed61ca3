const dns = require('dns');
const servers = dns.getServers();
console.log(Array.isArray(servers), servers.length > 0, servers.every((s) => typeof s === 'string'));
console.log('same as promises', JSON.stringify(dns.promises.getServers()) === JSON.stringify(servers));
console.log(dns.ADDRCONFIG > 0, dns.V4MAPPED > 0, dns.NOTFOUND, dns.NODATA, dns.CONNREFUSED, dns.TIMEOUT);
dns.lookup('localhost', { all: true, family: 4 }, (err, addrs) => {
  console.log(err, addrs);
  dns.promises.lookup('127.0.0.1').then((r) => console.log(r));
  dns.promises.lookup('::1', { verbatim: true }).then((r) => console.log(r));
  console.log('order', dns.getDefaultResultOrder());
  try { dns.setDefaultResultOrder('bogus'); } catch (e) { console.log(e.code); }
  try { dns.lookup('x', { hints: 99999 }, () => {}); } catch (e) { console.log(e.code); }
});
