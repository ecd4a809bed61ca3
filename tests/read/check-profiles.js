// check-profiles.js TOTALS.json INTERVAL CPU.cpuprofile HEAP.heapprofile [HEAP-ALL.heapprofile]
//
// Reads leakscope's exports with Node (an independent JSON parser and code) and checks
// them against what the database holds, as `read-fixture totals` read it with plain SQL:
//   .cpuprofile  the shape of V8's Profiler.Profile (a tree of nodes with callFrame,
//                hitCount, children; samples and timeDeltas), hitCounts that match the
//                samples, as many samples as the database and the same self samples per
//                function, time deltas that add up to the last sample's time
//   .heapprofile the shape of Node's --heap-prof output (head tree with callFrame,
//                selfSize, id, children; samples with size, nodeId, ordinal), one sample
//                per live (or, for the -all file, every) sampled allocation with V8's
//                scaled size, and selfSize = the sum of a node's samples
// Exits 1 with every failed check listed.
'use strict';
var fs = require('fs');
var url = require('url');

var failures = [];
function check(ok, what) {
	if (!ok)
		failures.push(what);
}
function load(path) {
	return JSON.parse(fs.readFileSync(path, 'utf8'));
}
function isInt(v) {
	return typeof v === 'number' && Math.floor(v) === v;
}
function checkCallFrame(cf, where) {
	check(cf && typeof cf === 'object', where + ': callFrame is an object');
	if (!cf)
		return;
	check(typeof cf.functionName === 'string', where + ': functionName is a string');
	check(typeof cf.scriptId === 'string', where + ': scriptId is a string');
	check(typeof cf.url === 'string', where + ': url is a string');
	check(isInt(cf.lineNumber) && cf.lineNumber >= -1, where + ': lineNumber');
	check(isInt(cf.columnNumber) && cf.columnNumber >= -1, where + ': columnNumber');
}
// The callFrame a function of the database should get: (name, url, 0-based line).
function frameKey(name, file, fnLine) {
	var u = file;
	if (file === 'native' || file === '')
		return name + '|' + '' + '|' + -1;
	if (file[0] === '/')
		u = url.pathToFileURL(file).href;
	return name + '|' + u + '|' + (fnLine > 0 ? fnLine - 1 : -1);
}
function scaled(size, interval) {
	return size * Math.floor(1 / (1 - Math.exp(-size / interval)) + 0.5);
}
function sameCounts(got, want, what) {
	var keys = Object.keys(want), i;
	Object.keys(got).forEach(function (k) {
		if (!(k in want))
			keys.push(k);
	});
	for (i = 0; i < keys.length; i++)
		check(got[keys[i]] === want[keys[i]], what + ' ' + keys[i] + ': ' + got[keys[i]] +
			' in the profile, ' + want[keys[i]] + ' in the database');
}

function checkCpu(p, totals) {
	var byId = {}, parents = {}, seen = {}, hits = {}, self = {}, want = {};
	var i, j, n, sum = 0, t = 0, stack;
	check(Array.isArray(p.nodes) && p.nodes.length > 0, 'cpu: nodes is a non-empty array');
	check(isInt(p.startTime) && isInt(p.endTime) && p.startTime <= p.endTime,
		'cpu: startTime <= endTime');
	check(Array.isArray(p.samples) && Array.isArray(p.timeDeltas) &&
		p.samples.length === p.timeDeltas.length, 'cpu: samples and timeDeltas pair up');
	for (i = 0; i < p.nodes.length; i++) {
		n = p.nodes[i];
		check(isInt(n.id) && n.id > 0 && !byId[n.id], 'cpu: node ids are unique: ' + n.id);
		byId[n.id] = n;
		checkCallFrame(n.callFrame, 'cpu node ' + n.id);
		check(isInt(n.hitCount) && n.hitCount >= 0, 'cpu node ' + n.id + ': hitCount');
		check(n.children === undefined || Array.isArray(n.children),
			'cpu node ' + n.id + ': children is an array when present');
		if (n.positionTicks) {
			var ticks = 0;
			for (j = 0; j < n.positionTicks.length; j++) {
				check(n.positionTicks[j].line >= 1, 'cpu node ' + n.id + ': tick lines are 1-based');
				ticks += n.positionTicks[j].ticks;
			}
			check(ticks === n.hitCount, 'cpu node ' + n.id + ': positionTicks add up to hitCount');
		}
	}
	for (i = 0; i < p.nodes.length; i++) {
		n = p.nodes[i];
		(n.children || []).forEach(function (c) {
			check(byId[c] !== undefined, 'cpu node ' + n.id + ': child ' + c + ' exists');
			check(parents[c] === undefined, 'cpu node ' + c + ' has one parent');
			parents[c] = n.id;
		});
	}
	var root = p.nodes[0];
	check(root.callFrame.functionName === '(root)' && parents[root.id] === undefined,
		'cpu: the first node is the parentless (root)');
	['(program)', '(idle)', '(garbage collector)'].forEach(function (name) {
		check((root.children || []).some(function (c) {
			return byId[c].callFrame.functionName === name;
		}), 'cpu: (root) has a ' + name + ' child');
	});
	// a tree: every node reached once from (root)
	stack = [root.id];
	while (stack.length) {
		var id = stack.pop();
		check(!seen[id], 'cpu: node ' + id + ' reached once');
		seen[id] = true;
		(byId[id].children || []).forEach(function (c) { stack.push(c); });
	}
	check(Object.keys(seen).length === p.nodes.length, 'cpu: every node hangs off (root)');

	for (i = 0; i < p.samples.length; i++) {
		check(byId[p.samples[i]] !== undefined, 'cpu: sample ' + i + ' names a node');
		hits[p.samples[i]] = (hits[p.samples[i]] || 0) + 1;
		check(p.timeDeltas[i] >= 0, 'cpu: timeDelta ' + i + ' >= 0');
		t += p.timeDeltas[i];
	}
	for (i = 0; i < p.nodes.length; i++) {
		n = p.nodes[i];
		sum += n.hitCount;
		check(n.hitCount === (hits[n.id] || 0), 'cpu node ' + n.id + ': hitCount ' +
			n.hitCount + ' = its samples ' + (hits[n.id] || 0));
		if (n.hitCount) {
			var k = n.callFrame.functionName + '|' + n.callFrame.url + '|' +
				n.callFrame.lineNumber;
			self[k] = (self[k] || 0) + n.hitCount;
		}
	}
	check(p.samples.length === totals.samples, 'cpu: ' + p.samples.length +
		' samples, the database has ' + totals.samples);
	check(sum === totals.samples, 'cpu: hitCounts add up to ' + sum + ', not ' + totals.samples);
	check(t === totals.last_t_us, 'cpu: timeDeltas add up to ' + t + ', the last sample is at ' +
		totals.last_t_us);
	check(p.startTime + t <= p.endTime, 'cpu: the last sample is before endTime');
	totals.self.forEach(function (r) {
		var k = frameKey(r[0], r[1], r[2]);
		want[k] = (want[k] || 0) + r[3];
	});
	sameCounts(self, want, 'cpu: self samples of');
}

function checkHeap(p, sizes, interval, what) {
	var ids = {}, self = {}, got = [], want, stack = [p.head], total = 0, sum = 0, i, last = -1;
	check(p.head && Array.isArray(p.samples), what + ': head and samples');
	while (stack.length) {
		var n = stack.pop();
		checkCallFrame(n.callFrame, what + ' node ' + n.id);
		check(isInt(n.id) && !ids[n.id], what + ': node ids are unique: ' + n.id);
		check(isInt(n.selfSize) && n.selfSize >= 0, what + ' node ' + n.id + ': selfSize');
		check(Array.isArray(n.children), what + ' node ' + n.id + ': children is an array');
		ids[n.id] = n;
		total += n.selfSize;
		(n.children || []).forEach(function (c) { stack.push(c); });
	}
	check(p.head.callFrame.functionName === '(root)', what + ': head is (root)');
	for (i = 0; i < p.samples.length; i++) {
		var s = p.samples[i];
		check(isInt(s.size) && isInt(s.nodeId) && isInt(s.ordinal), what + ': sample ' + i + ' fields');
		check(ids[s.nodeId] !== undefined, what + ': sample ' + i + ' names a node');
		check(s.ordinal > last, what + ': ordinals increase');
		last = s.ordinal;
		self[s.nodeId] = (self[s.nodeId] || 0) + s.size;
		got.push(s.size);
		sum += s.size;
	}
	Object.keys(ids).forEach(function (id) {
		check(ids[id].selfSize === (self[id] || 0), what + ' node ' + id + ': selfSize ' +
			ids[id].selfSize + ' = its samples ' + (self[id] || 0));
	});
	check(total === sum, what + ': selfSizes add up to the samples');
	want = sizes.map(function (r) { return scaled(r[0], interval); });
	check(p.samples.length === sizes.length, what + ': ' + p.samples.length +
		' samples, the database has ' + sizes.length);
	got.sort(function (a, b) { return a - b; });
	want.sort(function (a, b) { return a - b; });
	check(JSON.stringify(got) === JSON.stringify(want), what + ': sizes ' + JSON.stringify(got) +
		', from the database ' + JSON.stringify(want));
}

var totals = load(process.argv[2]);
var interval = Number(process.argv[3]);
checkCpu(load(process.argv[4]), totals);
checkHeap(load(process.argv[5]), totals.heap_live_sizes, interval, 'heap');
if (process.argv[6])
	checkHeap(load(process.argv[6]), totals.heap_all_sizes, interval, 'heap-all');
if (failures.length) {
	console.log(failures.join('\n'));
	process.exit(1);
}
console.log('ok: ' + totals.samples + ' samples, ' + totals.heap_live_sizes.length +
	' live sampled allocations');
