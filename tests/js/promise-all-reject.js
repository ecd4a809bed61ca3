// Promise.all rejects with the first rejection; later ones are ignored.
Promise.all([
  new Promise(function (r, reject) { setTimeout(function () { reject('late'); }, 10); }),
  Promise.reject('early'),
  Promise.resolve('fine')
]).then(function () { console.log('not reached'); }, function (r) { console.log('rejected with', r); });
setTimeout(function () { console.log('done'); }, 60);
