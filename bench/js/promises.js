var p = Promise.resolve(0);
for (var i = 0; i < 100000; i++)
	p = p.then(function (v) { return v + 1; });
p.then(function (v) { console.log(v); });
