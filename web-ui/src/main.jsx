// main.jsx — the leakscope UI: a hash router (#/ the runs, #/run/ID/VIEW a run's views),
// the navigation bar (keys 1–8 switch views) and the views.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './style.css';
import { get } from './api.js';
import { Runs } from './runs.jsx';
import { Overview } from './overview.jsx';
import { Loop } from './loop.jsx';
import { Cpu } from './cpu.jsx';
import { Allocs, Listeners, Gate } from './tables.jsx';
import { Snapshots } from './snapshots.jsx';

const VIEWS = [
	['overview', 'Overview', Overview],
	['loop', 'Event loop', Loop],
	['cpu', 'CPU', Cpu],
	['allocs', 'Allocations', Allocs],
	['listeners', 'Listeners', Listeners],
	['snapshots', 'Snapshots', Snapshots],
	['gate', 'Gate', Gate],
];

function parse(hash) {
	const [path, query = ''] = hash.replace(/^#/, '').split('?');
	const parts = path.split('/').filter(Boolean);
	const params = Object.fromEntries(new URLSearchParams(query));
	if (parts[0] === 'run' && /^\d+$/.test(parts[1] || ''))
		return { run: +parts[1], view: parts[2] || 'overview', params };
	return { run: null, view: 'runs', params };
}

export function go(run, view, params) {
	const q = params ? '?' + new URLSearchParams(params) : '';
	location.hash = run ? `#/run/${run}/${view}${q}` : '#/';
}

function App() {
	const [route, setRoute] = useState(parse(location.hash));
	const [info, setInfo] = useState(null);
	useEffect(() => {
		const on = () => setRoute(parse(location.hash));
		addEventListener('hashchange', on);
		get('info').then(setInfo, () => {});
		const keys = (e) => {
			if (e.target.closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey)
				return;
			const r = parse(location.hash);
			if (e.key === '0' || (e.key === 'Escape' && !r.run))
				go(null);
			else if (r.run && e.key >= '1' && e.key <= String(VIEWS.length))
				go(r.run, VIEWS[+e.key - 1][0]);
		};
		addEventListener('keydown', keys);
		return () => {
			removeEventListener('hashchange', on);
			removeEventListener('keydown', keys);
		};
	}, []);
	const view = VIEWS.find((v) => v[0] === route.view);
	const View = route.run && view ? view[2] : null;
	useEffect(() => {
		document.title = route.run ? `run ${route.run} · ${view ? view[1] : ''} · leakscope` :
			'runs · leakscope';
	}, [route.run, route.view]);
	return (
		<>
			<header>
				<a class="brand" href="#/">leakscope</a>
				<span class="db" title="the recording">{info ? info.db : ''}</span>
				<nav aria-label="views">
					<a href="#/" class={route.run ? '' : 'on'} aria-current={route.run ? null : 'page'}>
						Runs <kbd>0</kbd></a>
					{route.run && VIEWS.map(([id, label], i) => (
						<a href={`#/run/${route.run}/${id}`} key={id} data-nav={id}
							class={route.view === id ? 'on' : ''}
							aria-current={route.view === id ? 'page' : null}>
							{label} <kbd>{i + 1}</kbd></a>
					))}
				</nav>
			</header>
			<main id="main" data-view={route.run ? route.view : 'runs'}>
				{View ? <View key={route.run + route.view} run={route.run} params={route.params} /> :
					route.run ? <p class="error">No view “{route.view}”.</p> : <Runs />}
			</main>
		</>
	);
}

render(<App />, document.getElementById('app'));
