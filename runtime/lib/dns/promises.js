// dns/promises — dns.promises: lookup as a Promise of { address, family } (or the list
// with all: true), settled from dns.lookup's callback; argument errors reject.
'use strict';

var dns = require('dns');

function lookup(hostname, options) {
  return new Promise(function (resolve, reject) {
    dns.lookup(hostname, options === undefined ? {} : options, function (err, address, family) {
      if (err) return reject(err);
      resolve(Array.isArray(address) ? address : { address: address, family: family });
    });
  });
}

exports.lookup = lookup;
exports.getDefaultResultOrder = dns.getDefaultResultOrder;
exports.setDefaultResultOrder = dns.setDefaultResultOrder;
exports.getServers = dns.getServers;
