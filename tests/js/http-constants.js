const http = require('http');
console.log(http.METHODS);
console.log(http.STATUS_CODES);
console.log(typeof http.Agent, typeof http.globalAgent, http.globalAgent.keepAlive, http.globalAgent.maxSockets);
console.log(http.globalAgent.options.timeout, http.maxHeaderSize);
const s = http.createServer();
console.log(s.keepAliveTimeout, s.headersTimeout, s.requestTimeout, s.timeout, s.maxHeadersCount, s.maxRequestsPerSocket);
console.log(s instanceof require('net').Server, s.listening);
try { http.validateHeaderName('a b'); } catch (e) { console.log(e.code, e.message); }
try { http.request({ protocol: 'https:', host: '127.0.0.1' }); } catch (e) { console.log(e.code, e.message); }
try { http.request({ host: '127.0.0.1', path: '/a b' }); } catch (e) { console.log(e.code, e.message); }
try { http.request({ host: '127.0.0.1', method: 'B@D' }); } catch (e) { console.log(e.code, e.message); }
