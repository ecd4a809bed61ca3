// built-ins mujs or the runtime lack: full Unicode case mapping, WeakRef, FinalizationRegistry
console.log('ß'.toUpperCase(), 'İ'.toLowerCase().length, 'ﬁ'.toUpperCase());
console.log(typeof WeakRef, typeof FinalizationRegistry);
const wr = new WeakRef({ a: 1 }); console.log(typeof wr.deref(), wr.deref().a);
const fr = new FinalizationRegistry(() => {}); console.log(typeof fr.register, fr.unregister({}));
