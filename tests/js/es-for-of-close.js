// for-of closes its iterator (return()) on break, return and throw, not when the
// iterator itself threw or finished
function make(name, n, opts = {}) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      if (opts.nextThrowsAt === i) throw new Error(name + ' next threw');
      return i < n ? { value: opts.values ? opts.values[i++] : i++, done: false } : { value: undefined, done: true };
    },
    return() {
      console.log(name, 'return()');
      if (opts.returnThrows) throw new Error(name + ' return threw');
      return { done: true };
    },
  };
}
function attempt(label, fn) { try { console.log(label, fn()); } catch (e) { console.log(label, 'threw', e.message); } }
attempt('break', () => { for (const x of make('A', 5)) if (x === 1) break; return 'ok'; });
attempt('return', () => { for (const x of make('B', 5)) if (x === 2) return 'returned ' + x; });
attempt('throw', () => { for (const x of make('C', 5)) if (x === 0) throw new Error('body threw'); });
attempt('complete', () => { for (const x of make('D', 2)); return 'no return()'; });
attempt('next throws', () => { for (const x of make('E', 5, { nextThrowsAt: 2 })); });
attempt('return throws on break', () => { for (const x of make('F', 5, { returnThrows: true })) break; });
attempt('return throws on throw', () => { for (const x of make('G', 5, { returnThrows: true })) throw new Error('body error wins'); });
attempt('nested', () => {
  for (const x of make('outer', 3)) {
    for (const y of make('inner', 3)) {
      if (y === 1) throw new Error('from inner ' + x);
    }
  }
});
attempt('caught inside', () => {
  const seen = [];
  for (const x of make('I', 3)) { try { if (x === 1) throw new Error('x'); seen.push(x); } catch { seen.push('c'); } }
  return seen;
});
attempt('continue', () => { let s = 0; for (const x of make('J', 4)) { if (x % 2) continue; s += x; } return s; });
attempt('closure per iteration', () => {
  const fns = [];
  for (const x of make('K', 3)) { fns.push(() => x); if (x === 1) throw new Error('closure loop ' + fns.map((f) => f())); }
});
attempt('labelled', () => { outer: for (const x of make('L', 3)) { for (const y of make('M', 3)) { if (y === 1) continue outer; if (x === 2) break outer; } } return 'labelled done'; });
function* g() { try { yield 1; yield 2; yield 3; } finally { console.log('generator finally'); } }
attempt('generator throw', () => { for (const v of g()) if (v === 2) throw new Error('stop at 2'); });
attempt('spread', () => [...make('N', 3)]);
attempt('destructure', () => { const [a, b] = make('O', 5); return [a, b]; });
attempt('destructure rest', () => { const [a, ...r] = make('P', 3); return r; });
async function af() { for (const x of make('Q', 3)) { await null; if (x === 1) throw new Error('async body'); } }
af().catch((e) => console.log('async', e.message));
