// runs.jsx — every run in the file: when, how long, what it recorded, how it ended.
import { get, dur, num } from './api.js';
import { useApi, Loading, Empty, rowProps } from './util.jsx';

export function Runs() {
	const [d, err] = useApi('runs');
	const [snaps] = useApi('snapshots');
	if (!d)
		return <Loading error={err} what="runs" />;
	if (!d.runs.length)
		return <Empty>No runs in this file yet (it may still be recording: reload).</Empty>;
	const count = {};
	for (const s of (snaps ? snaps.snapshots : []))
		count[s.run] = (count[s.run] || 0) + 1;
	const runs = [...d.runs].reverse();
	return (
		<section>
			<h2>Runs</h2>
			<table class="runs" data-testid="runs">
				<thead><tr>
					<th>run</th><th>started</th><th>command</th><th class="num">duration</th>
					<th class="num">samples</th><th class="num">iterations</th>
					<th class="num">snapshots</th><th class="num">exit</th>
				</tr></thead>
				<tbody>{runs.map((r) => (
					<tr key={r.id} {...rowProps(() => (location.hash = `#/run/${r.id}/overview`))}>
						<td class="num">{r.id}</td>
						<td>{new Date(r.started_at / 1000).toLocaleString()}</td>
						<td class="cmd" title={r.argv.join(' ')}>{r.argv.slice(1).join(' ')}</td>
						<td class="num">{r.complete ? dur(r.duration_us) : dur(r.last_event_us) + '+'}</td>
						<td class="num">{num(r.samples)}</td>
						<td class="num">{num(r.iterations)}</td>
						<td class="num">{count[r.id] || 0}</td>
						<td class={'num' + (r.exit_code ? ' bad' : '')}>
							{r.complete ? r.exit_code : <span class="dim">{r.ended_at ? '' : 'running or died'}</span>}
						</td>
					</tr>
				))}</tbody>
			</table>
			<p class="hint">Enter or click opens a run; keys 1–7 switch its views, 0 comes back here.</p>
		</section>
	);
}
