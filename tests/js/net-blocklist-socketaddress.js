// net.SocketAddress and net.BlockList: normalization, rules, IPv4-mapped matching, errors
const net=require('net');
try{new net.SocketAddress({address:'abc'})}catch(e){console.log(e.name, e.code,e.message)}
try{new net.SocketAddress({port:70000})}catch(e){console.log(e.name,e.code,e.message)}
try{new net.SocketAddress(5)}catch(e){console.log(e.name,e.code,e.message)}
console.log(new net.SocketAddress({address:'::0001', family:'IPv6'}));
console.log(new net.SocketAddress({address:'::ffff:1.2.3.4',family:'ipv6'}).address, new net.SocketAddress({address:'::1.2.3.4',family:'ipv6'}).address, new net.SocketAddress({address:'1:0:0:2:0:0:0:3',family:'ipv6'}).address, new net.SocketAddress({address:'FE80:0:0:0:0:0:0:0',family:'ipv6'}).address);
const b=new net.BlockList(); b.addAddress('::1','ipv6'); b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6'); b.addAddress('1.2.3.4');
console.log(b, b.check('::ffff:1.2.3.4','ipv6'), b.check('8592:757c:efae:4e45:1::1','ipv6'), b.check('1.2.3.4'), b.check('::1'), b.check('bogus'));
try{b.addRange('1.1.1.5','1.1.1.1')}catch(e){console.log(e.code,e.message)}
try{b.addSubnet('1.1.1.1',33)}catch(e){console.log(e.code,e.message)}
try{b.addAddress('1.1.1.1','ipv5')}catch(e){console.log(e.code,e.message)}
try{b.addAddress(5)}catch(e){console.log(e.code,e.message)}
const b2=new net.BlockList(); b2.addRange('::1','::5','ipv6'); console.log(b2.rules, b2.check('1.2.3.4'), JSON.stringify(new net.SocketAddress()));
const c=new net.BlockList(); c.addSubnet('::ffff:0:0',96,'ipv6'); console.log(c.check('9.9.9.9'), c.check('::ffff:9.9.9.9','ipv6'));
const d=new net.BlockList(); d.addSubnet('10.0.0.0',8); console.log(d.check('::ffff:10.1.1.1','ipv6'), d.check('::ffff:11.1.1.1','ipv6'));
d.addAddress(new net.SocketAddress({address:'192.168.1.1'})); console.log(d.check(new net.SocketAddress({address:'192.168.1.1', port: 80})), d.rules);
console.log(net.SocketAddress.isSocketAddress, typeof net.BlockList);
