// closure-over-rendered-page.js — a static-site preview service renders each page into
// one large HTML string and registers an "invalidate" callback per page in a plain
// object keyed by page id, so an editor can later say which pages to re-render. The
// callbacks only need the page id, but each closes over the whole rendered string, and
// the object is never pruned. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const layout = '<html><head><title>{{title}}</title></head><body>{{body}}</body></html>';
const invalidators = {};
let rerenders = 0;

function renderPage(id, paragraphs) {
  const body = paragraphs.map((p, i) => `<p id="p${i}">${p}</p>`).join('\n');
  const html = layout.replace('{{title}}', 'Page ' + id).replace('{{body}}', body);
  invalidators['page:' + id] = (reason) => {
    rerenders++;
    return { id, reason, bytes: html.length };
  };
  return html.length;
}

let total = 0;
for (let round = 0; round < 6; round++) {
  for (let i = 0; i < 25; i++) {
    const paras = Array.from({ length: 20 }, (_, k) => `Section ${k} of page ${round}/${i}: lorem ipsum dolor sit amet`);
    total += renderPage(`${round}-${i}`, paras);
  }
  snap('round ' + round);
}
console.log(total, Object.keys(invalidators).length, rerenders);
