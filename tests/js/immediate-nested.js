// An immediate queued while immediates run waits for the next loop iteration.
setImmediate(function () {
  console.log('immediate 1');
  setImmediate(function () { console.log('nested immediate'); });
});
setImmediate(function () { console.log('immediate 2'); });
