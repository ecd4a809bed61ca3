// clean-cache-plateau.js — an unbounded-looking Map cache whose key space is small: keys
// are one of 50 country codes, so it fills during the first action and then only hits.
'use strict';

const ratesByCountry = new Map();
let next = 0;

function taxRate(country) {
  let r = ratesByCountry.get(country);
  if (!r) {
    r = { country: country, vat: (country.charCodeAt(1) % 25) / 100, rules: [country, 'standard', 'reduced'] };
    ratesByCountry.set(country, r);
  }
  return r;
}

function setup() {}

function action() {
  let sum = 0;
  for (let i = 0; i < 300; i++) {
    const n = next++;
    sum += taxRate('C' + String.fromCharCode(65 + (n % 50))).vat;
  }
  return sum > -1 ? undefined : sum;
}

function teardown() {}

module.exports = { setup, action, teardown };
