// dns.lookup on the system resolver: Node's argument errors, localhost (IPv4, as
// /etc/hosts maps it), IP literals (answered on the next tick), all: true with a family,
// dns.promises and dns/promises (Node's output; only loopback names are resolved).
const dns = require('dns');
for (const a of [[1], ['localhost', { family: 5 }], ['localhost', { all: 'x' }], ['localhost', { hints: -1 }], ['localhost', 'x']])
  try { dns.lookup(...a, () => {}); } catch (e) { console.log(e.code, e.message); }
try { dns.lookup('localhost'); } catch (e) { console.log(e.code, e.message); }
dns.lookup('localhost', { family: 4 }, (e, a, f) => {
  console.log('localhost', e, a, f);
  dns.lookup('127.0.0.1', (e2, a2, f2) => console.log('literal', e2, a2, f2));
  dns.lookup('::1', { all: true }, (e3, list) => console.log('literal6', e3, list));
  dns.lookup('localhost', { all: true, family: 4 }, (e4, list) => {
    console.log('all4', e4, list);
    dns.promises.lookup('localhost', { family: 4 }).then((r) => {
      console.log('promise', r);
      return dns.promises.lookup('localhost', { family: 7 });
    }).catch((err) => console.log('promise rejects', err.code, err.message));
  });
});
console.log(dns.getDefaultResultOrder(), dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, dns.NOTFOUND, typeof dns.lookup('localhost', () => {}));
require('dns/promises').lookup('127.0.0.1').then((r) => console.log('dns/promises', r));
