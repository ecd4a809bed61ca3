// new URL(input[, base]): special and opaque schemes, hosts (IPv4 forms, IPv6,
// Punycode, percent-decoding, forbidden code points), ports, dot segments, the
// percent-encode sets of path/query/fragment/userinfo, relative resolution, failures.
function show(s, b) {
  try {
    var u = b === undefined ? new URL(s) : new URL(s, b);
    console.log(JSON.stringify(s) + (b === undefined ? '' : ' @ ' + b), '=>', u.href);
  } catch (e) {
    console.log(JSON.stringify(s), 'ERR', e.name, e.code, e.message, e.input, e.base);
  }
}
show('http://a/^`{}|"<> x?^`{}|"<>\' x#^`{}|"<> x');
show('foo://a/^`{}|"<> x?^`{}|"<>\' x#^`{}|"<> x');
show('http://münchen.de/');
show('http://EXAMPLE.com./a/../b/./c');
show('http://0x7f.1/');
show('http://[::1]:80/');
show('http://[1:0:0:2:0:0:0:3]/');
show('http://[0:0:0:0:0:0:0:0]/');
show('http://[::ffff:1.2.3.4]/');
show('http://[::1/');
show('https://u:p@h:443/p');
show('file:///C:/x/../../y');
show('file://host/share');
show('file://localhost/etc');
show('x');
show('x', 'http://a/b/c');
show('//foo/bar', 'https://a/');
show('?q', 'http://a/b?c#d');
show('#h', 'http://a/b?c#d');
show('../../../g', 'http://a/b/c/d;p?q');
show('/%2e%2E/x', 'http://a/b/c');
show('mailto:Joe@Example.COM');
show('javascript:alert(1)');
show('http://a b/');
show('http://%41.com/');
show('http://a:99999/');
show('http://a:0080/');
show('http:\\\\a\\b\\c');
show('  http://a/ \t\n');
show('http://a/%zz%41');
show('ws://a:80/');
show('wss://a:443/x');
show('blob:http://a/b');
show('http://1.2.3.4.5/');
show('http://999999999/');
show('http://4294967296/');
show('http://0300.0250.0.1/');
show('http://a/\ud800');
show('data:text/plain,hi there');
show('sc://ñ/x');
show('http://xn--nxasmq6b.com/');
show('http:/a');
show('http:a', 'http://b/c');
show('..', 'file:///a/b/c');
show('http://@a/');
show('http://:@a/');
show('http://a@b@c/');
show('http://us er:pa:ss@a/');
show('non-spec:/.//p');
show('non-spec:/a/..//p');
show('a:b:c');
show('http://a/b', 'not a url');
show('http://[1::2]:3:4/');
show('http://a%00b/');
show('HTTP://A.COM:80/%7E');
