// dns.lookup on localhost/IP literals, with family/all options, promises API and errors
const dns = require('dns');
dns.lookup('127.0.0.1', (err, addr, fam) => {
  console.log('literal', err, addr, fam);
  dns.lookup('localhost', { family: 4 }, (err2, a2, f2) => {
    console.log('localhost v4', err2, a2, f2);
    dns.lookup('::1', { all: true }, (err3, list) => {
      console.log('all', err3, JSON.stringify(list));
      dns.promises.lookup('127.0.0.1', { all: true }).then((r) => {
        console.log('promises', JSON.stringify(r));
        return dns.promises.lookup('no-such-host.invalid');
      }).catch((e) => {
        console.log('invalid', e.code, e.syscall, e.hostname);
        try { dns.lookup('localhost', { family: 5 }, () => {}); } catch (e2) { console.log(e2.code, e2.message); }
        try { dns.lookup(42, () => {}); } catch (e3) { console.log(e3.code); }
      });
    });
  });
});
