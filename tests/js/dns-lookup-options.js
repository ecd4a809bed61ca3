// dns.lookup argument forms and validation
const dns = require('dns');
const util = require('util');
const lookup = util.promisify(dns.lookup);
(async () => {
  console.log(await lookup('127.0.0.1'));
  console.log(await lookup('127.0.0.1', 4));
  console.log(await lookup('::1', { family: 6, all: true }));
  console.log(await lookup('localhost', { family: 'IPv4' }));
  for (const bad of [[''], [null, () => {}], ['x', { family: 'IPv5' }, () => {}], ['x', { all: 'yes' }, () => {}], ['x']]) {
    try {
      dns.lookup(...bad);
      console.log('no throw for', JSON.stringify(bad));
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  dns.lookup('', (err, address, family) => console.log('empty host', err, address, family));
})();
