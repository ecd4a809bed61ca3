// main.js — runs what the command line asked for: the main script through the CommonJS
// loader (which hands an ES module to internal/esm), or -e/-p code as a script named
// [eval] with require/module in scope.
exports.run = function run() {
	var Module = require('internal/modules');
	// a forked child (child_process.fork, cluster): its end of the IPC channel
	if (!binding.worker.isWorker && process.env.NODE_CHANNEL_FD) {
		var fd = parseInt(process.env.NODE_CHANNEL_FD, 10);
		var serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
		delete process.env.NODE_CHANNEL_FD;
		delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
		require('child_process')._forkChild(fd, serialization);
		if (process.env.NODE_UNIQUE_ID)
			require('cluster');	// a cluster worker: sets itself up and drops the id
	}
	// import() in CommonJS code and scripts (runtime/downlevel/lower_module.c)
	Object.defineProperty((function () { return this; })(), '__lsImport', {
		value: function (specifier, filename, options) {
			return require('internal/esm').importFromFile(specifier, filename, options);
		},
		writable: true, configurable: true, enumerable: false
	});
	if (binding.evalSource !== undefined) {
		var name = binding.worker.isWorker ? '[worker eval]' : '[eval]';
		var m = new Module(name, null);
		m.filename = binding.worker.isWorker ? name : require('path').join(process.cwd(), name);
		m.paths = Module._nodeModulePaths(process.cwd());
		var g = (function () { return this; })();
		g.module = m;
		g.exports = m.exports;
		g.require = Module._makeRequire(m);
		g.__filename = name;
		g.__dirname = '.';
		var result = binding.compile(binding.evalSource, name);
		if (binding.printEval)
			console.log(result);
		return;
	}
	Module.runMain(binding.mainScript);
};
