const http = require('http');
console.log(http.STATUS_CODES[200], http.STATUS_CODES[418], http.STATUS_CODES[451], http.STATUS_CODES[999]);
console.log(http.METHODS.length, http.METHODS.slice(0, 5));
console.log(typeof http.maxHeaderSize, http.maxHeaderSize);
console.log(http.globalAgent instanceof http.Agent, http.globalAgent.keepAlive, http.globalAgent.maxSockets);
try { http.validateHeaderName('a b'); } catch (e) { console.log(e.code, e.message); }
try { http.validateHeaderValue('x', 'a\u0000'); } catch (e) { console.log(e.code, e.message); }
try { http.validateHeaderValue('x', undefined); } catch (e) { console.log(e.code, e.message); }
const s = http.createServer();
console.log(s instanceof require('net').Server, s.listening, s.maxRequestsPerSocket);
