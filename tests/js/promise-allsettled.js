// Promise.allSettled reports every outcome in input order.
Promise.allSettled([Promise.resolve(1), Promise.reject('no'), 3]).then(function (rs) {
  for (var i = 0; i < rs.length; i++) {
    console.log(i, rs[i].status, rs[i].status === 'fulfilled' ? rs[i].value : rs[i].reason);
  }
});
