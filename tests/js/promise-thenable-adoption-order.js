// Thenable adoption ordering: resolve(promise) costs two ticks, a thenable one.
Promise.resolve().then(function(){ console.log(1); });
new Promise(function(r){ r(Promise.resolve()); }).then(function(){ console.log(2); });
Promise.resolve().then(function(){ console.log(3); }).then(function(){ console.log(4); }).then(function(){ console.log(5); }).then(function(){ console.log(6); });
new Promise(function(r){ r({ then: function(f){ f(); } }); }).then(function(){ console.log(7); });
Promise.resolve().then(function(){ return { then: function(f){ f('th'); } }; }).then(function(v){ console.log(8, v); });
