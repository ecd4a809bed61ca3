// AbortSignal.timeout(ms): aborts with a TimeoutError DOMException; its timer does not
// keep the process alive.
var t = AbortSignal.timeout(5);
console.log(t.aborted);
t.addEventListener('abort', function () {
  var r = t.reason;
  console.log('aborted', t.aborted, r.name, r.message, r.code, r instanceof DOMException);
});
setTimeout(function () { console.log('kept alive by this timer'); }, 40);
var idle = AbortSignal.timeout(100000);
idle.onabort = function () { console.log('never'); };
process.on('exit', function () { console.log('exit without waiting', idle.aborted); });
