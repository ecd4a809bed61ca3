// xml-check.js — is FILE well-formed XML (elements nest and close, attributes quoted,
// no raw < or & in text)? And, given, that it has N <testcase> and F <failure> elements.
//   leakscope xml-check.js FILE TESTCASES FAILURES SKIPPED
'use strict';
var fs = require('fs');
var s = fs.readFileSync(process.argv[2], 'utf8');
var stack = [], counts = { testcase: 0, failure: 0, skipped: 0 }, i = 0, m;
function bad(why) {
  console.log('FAIL ' + process.argv[2] + ': ' + why + ' near offset ' + i);
  process.exit(1);
}
if (s.indexOf('<?xml version="1.0"') !== 0) bad('no XML declaration');
i = s.indexOf('?>') + 2;
var tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<&]*(?:&(?:lt|gt|amp|quot|apos);[^"<&]*)*")*)\s*(\/?)>/;
while (i < s.length) {
  var lt = s.indexOf('<', i);
  var text = lt < 0 ? s.slice(i) : s.slice(i, lt);
  if (/&(?!(lt|gt|amp|quot|apos);)/.test(text)) bad('raw & in text');
  if (lt < 0) break;
  if (stack.length === 0 && text.trim() !== '') bad('text outside the root');
  i = lt;
  m = tag.exec(s.slice(i));
  if (!m) bad('malformed tag');
  if (m[1]) {
    if (stack.pop() !== m[2]) bad('</' + m[2] + '> closes the wrong element');
  } else {
    if (counts[m[2]] !== undefined) counts[m[2]]++;
    if (!m[4]) stack.push(m[2]);
  }
  i += m[0].length;
}
if (stack.length) bad('unclosed ' + stack.join(', '));
var want = { testcase: +process.argv[3], failure: +process.argv[4], skipped: +process.argv[5] };
Object.keys(want).forEach(function (k) {
  if (counts[k] !== want[k]) bad(counts[k] + ' <' + k + '> elements, want ' + want[k]);
});
console.log('ok ' + process.argv[2] + ': well-formed, ' + counts.testcase + ' test cases, ' +
  counts.failure + ' failures, ' + counts.skipped + ' skipped');
