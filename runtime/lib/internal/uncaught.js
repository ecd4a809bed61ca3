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

// A SyntaxError from compiling user code carries the 1-based byte column of the
// offending token (runtime/compile.c, binding.c); Node's caret stands under it, counted
// in UTF-16 units, with a tab taking one column like any other character.
var SYNTAX_COL = '\x01syntaxCol';

function syntaxColumn(er, src) {
	var bytes = er instanceof SyntaxError ? er[SYNTAX_COL] : undefined;
	if (typeof bytes !== 'number' || bytes < 1)
		return -1;
	bytes -= 1;
	for (var i = 0; i < src.length && bytes > 0; i++) {
		var c = src.charCodeAt(i);
		if (c >= 0xD800 && c <= 0xDBFF && i + 1 < src.length) {
			bytes -= 4;
			i++;
		} else {
			bytes -= c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
		}
	}
	return i;
}

// Node's caret line: a tab for each tab before the caret, a space for each other UTF-16
// unit (counted with charCodeAt: mujs's regexps see a surrogate pair as one character)
function indent(src, col) {
	var out = '';
	for (var i = 0; i < col && i < src.length; i++)
		out += src.charCodeAt(i) === 9 ? '\t' : ' ';
	return out;
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

// Node prints a thrown primitive as its string (V8's ToString); a Symbol cannot be
// converted that way
function primitiveString(v) {
	try {
		return typeof v === 'symbol' ? v.toString() : String(v);
	} catch (e) {
		return '<toString() threw exception>';
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
			var col = syntaxColumn(er, src);
			if (col < 0)
				col = src.search(/\S/);
			out += src + '\n' + indent(src, col) + '^\n';
		}
		out += '\n';
	}
	if (er instanceof Error || (er !== null && typeof er === 'object') ||
	    typeof er === 'function') {
		// an object is shown as inspect shows it (Node's afterInspector)
		out += describe(er);
	} else {
		// a primitive is printed as its string, with Node's hint
		out += primitiveString(er) + '\n' +
			'(Use `node --trace-uncaught ...` to show where the exception was thrown)';
	}
	out += '\n\nNode.js ' + process.version + '\n';	// Node's last line, as Node prints it
	binding.writeSync(2, out);
};
