var keep = [];
for (var i = 0; i < 300000; i++) {
	var o = { id: i, name: 'n' + i, tags: [i, i + 1], parent: null };
	if (i % 10 === 0) keep.push(o);
	if (keep.length > 1000) keep = [];
}
if (typeof console !== 'undefined') console.log(keep.length); else print(keep.length);
