// generator-cursors-kept.js — a paginated search API hands out cursors: each search
// builds its result rows and returns a generator that yields them a page at a time.
// The server keeps every cursor in `openCursors` so a client can ask for the next page,
// but clients only ever read the first page and nothing expires the cursors, so every
// suspended generator keeps its rows. Snapshots taken by the app.
'use strict';

const snap = process.versions.leakscope ? require('leakscope').snapshot : () => {};

const openCursors = [];

function* paginate(rows, pageSize) {
  for (let i = 0; i < rows.length; i += pageSize) {
    yield rows.slice(i, i + pageSize);
  }
}

function search(term) {
  const rows = [];
  for (let i = 0; i < 60; i++) rows.push({ term, rank: i, title: `${term} result ${i}` });
  const cursor = paginate(rows, 10);
  openCursors.push(cursor);
  return { cursorId: openCursors.length - 1, page: cursor.next().value };
}

let shown = 0;
for (let round = 0; round < 6; round++) {
  for (let q = 0; q < 30; q++) shown += search(`q${round}-${q}`).page.length;
  snap('round ' + round);
}
console.log(shown, openCursors.length);
