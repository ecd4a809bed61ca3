const net = require('net');
for (const a of ['127.0.0.1', '::1', '256.1.1.1', 'fe80::1%eth0', '::ffff:127.0.0.1', 'localhost', '1.2.3', '']) {
  console.log(JSON.stringify(a), net.isIP(a), net.isIPv4(a), net.isIPv6(a));
}
const bl = new net.BlockList();
bl.addAddress('10.0.0.1');
bl.addRange('192.168.0.10', '192.168.0.20');
bl.addSubnet('172.16.0.0', 12);
for (const a of ['10.0.0.1', '10.0.0.2', '192.168.0.15', '192.168.0.21', '172.20.1.1', '172.32.0.1']) {
  console.log(a, bl.check(a));
}
console.log(bl.rules);
const sa = new net.SocketAddress({ address: '127.0.0.1', port: 8080 });
console.log(sa.address, sa.port, sa.family, sa.flowlabel);
