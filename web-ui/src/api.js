// api.js — the JSON API of `leakscope ui` (ui/api.c) and the formatting every view shares.

export async function get(path) {
	const r = await fetch('/api/' + path);
	let body;
	try {
		body = await r.json();
	} catch (e) {
		throw new Error(`${path}: ${r.status} (not JSON)`);
	}
	if (!r.ok)
		throw new Error(body.error || `${path}: ${r.status}`);
	return body;
}

export function dur(us) {
	if (us == null)
		return '–';
	if (us < 1000)
		return `${Math.round(us)} µs`;
	if (us < 1e6)
		return `${(us / 1000).toFixed(us < 1e4 ? 2 : 1)} ms`;
	return `${(us / 1e6).toFixed(2)} s`;
}

export function bytes(b) {
	if (b == null)
		return '–';
	const a = Math.abs(b);
	if (a < 1024)
		return `${b} B`;
	if (a < 1024 * 1024)
		return `${(b / 1024).toFixed(1)} KiB`;
	if (a < 1024 * 1024 * 1024)
		return `${(b / 1048576).toFixed(1)} MiB`;
	return `${(b / 1073741824).toFixed(2)} GiB`;
}

export function num(n) {
	return n == null ? '–' : n.toLocaleString('en-US');
}

export function signed(n, f = num) {
	return n > 0 ? '+' + f(n) : n < 0 ? '−' + f(-n) : '0';
}

export function pct(part, whole) {
	return whole ? `${((100 * part) / whole).toFixed(1)}%` : '–';
}

export function base(file) {
	if (!file)
		return '';
	const i = file.lastIndexOf('/');
	return i >= 0 && !file.startsWith('node:') ? file.slice(i + 1) : file;
}

export function fname(f) {
	return f.function || f.name || '(anonymous)';
}

export function where(f) {
	if (!f.file)
		return '';
	if (f.file === 'native')
		return '(native)';
	const line = f.line || f.fn_line;
	return line ? `${base(f.file)}:${line}` : base(f.file);
}

export const PHASES = ['timers', 'pending', 'idle', 'prepare', 'poll', 'check', 'close'];

// Theme colours from the CSS (dark or light, following the system).
export function css(name) {
	return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}
