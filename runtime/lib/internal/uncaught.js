// uncaught.js — prints an exception nobody caught, in Node's layout:
//   file:line / the source line / a caret / blank / the error with its stack / version
var frameRe = /(?:\(|^)([^()]+):(\d+)\)?$/;

function location(er) {
	var t = er !== null && typeof er === 'object' ? er.stackTrace : undefined;
	if (typeof t !== 'string')
		return undefined;
	var lines = t.split('\n\tat ');
	for (var i = 1; i < lines.length; i++) {
		var m = frameRe.exec(lines[i]);
		if (m && m[1] !== 'native')
			return { file: m[1], line: Number(m[2]) };
	}
	return undefined;
}

function sourceLine(file, line) {
	var src;
	if (file.indexOf('file://') === 0)	// an ES module
		file = decodeURIComponent(file.slice(7).replace(/[?#].*$/, ''));
	try {
		src = file === '[eval]' ? binding.evalSource : binding.readFileUtf8(file);
	} catch (e) {
		return undefined;
	}
	if (typeof src !== 'string')
		return undefined;
	var lines = src.split('\n');
	return line >= 1 && line <= lines.length ? lines[line - 1].replace(/\r$/, '') : undefined;
}

function describe(er) {
	try {
		return require('internal/inspect').inspect(er);
	} catch (e) {
		if (er !== null && typeof er === 'object' && typeof er.stack === 'string')
			return er.stack;
		return String(er);
	}
}

exports.location = location;

exports.print = function print(er) {
	var out = '';
	var loc = location(er);
	if (loc) {
		out += loc.file + ':' + loc.line + '\n';
		var src = sourceLine(loc.file, loc.line);
		if (src !== undefined) {
			var col = src.search(/\S/);
			out += src + '\n' + new Array((col < 0 ? 0 : col) + 1).join(' ') + '^\n';
		}
		out += '\n';
	}
	if (er instanceof Error) {
		out += describe(er);
	} else {
		out += 'Uncaught ' + describe(er) + '\n' +
			'(Use `node --trace-uncaught ...` to show where the exception was thrown)';
	}
	out += '\n\nNode.js ' + process.version + ' (leakscope v' + process.versions.leakscope + ')\n';
	binding.writeSync(2, out);
};
