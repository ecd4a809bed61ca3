// source.jsx — a recorded script's lines with their CPU samples (self: the line was
// running; total: it was on the stack), scrolled to the line asked for.
import { useEffect, useRef } from 'preact/hooks';
import { base } from './api.js';
import { useApi, Loading } from './util.jsx';

export function Source({ run, frame, file, line, context, onClose }) {
	const q = frame ? `frame=${frame}` : `file=${encodeURIComponent(file)}`;
	const [d, err] = useApi(`runs/${run}/source?${q}`);
	const ref = useRef(null);
	const at = line || (d && (d.line || d.fn_line));
	useEffect(() => {
		// the line to the middle of the panel: the panel scrolls, not the page
		const box = ref.current, el = box && box.querySelector('.hl');
		if (el && !context)
			box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top -
				box.clientHeight / 2;
	}, [d]);
	if (!d)
		return <Loading error={err} what="source" />;
	const max = Math.max(1, ...Object.values(d.total || {}));
	let lines = d.lines.map((t, i) => i + 1);
	if (context && at)
		lines = lines.filter((n) => Math.abs(n - at) <= context);
	return (
		<section class="source" aria-label={`source of ${d.file}`} ref={ref}>
			<h3>
				{base(d.file)}{at ? `:${at}` : ''} <span class="dim">{d.file}</span>
				{onClose && <button onClick={onClose} aria-label="close source">×</button>}
			</h3>
			{!d.available ? <p class="empty">The file is not readable here (a runtime module or
				moved since the recording).</p> :
				<table class="code">
					<thead><tr><th>self</th><th>total</th><th>line</th><th /></tr></thead>
					<tbody>{lines.map((n) => {
						const s = d.self[n] || 0, t = d.total[n] || 0;
						return (
							<tr key={n} class={n === at ? 'hl' : ''}>
								<td class="num">{s || ''}</td>
								<td class="num heat" style={{ '--heat': t / max }}>{t || ''}</td>
								<td class="num dim">{n}</td>
								<td><pre>{d.lines[n - 1]}</pre></td>
							</tr>
						);
					})}</tbody>
				</table>}
		</section>
	);
}
