/**
 * Keeps the handbook readable offline: registers the service worker (which caches every page and
 * the search index after the first visit), shows a notice while the network is gone, and offers a
 * reload when a new deploy has been downloaded in the background.
 */

import type { WorkerMessage } from './service-worker.ts';

const root = document.documentElement;
const base = root.dataset.base ?? '/';
const offlineNotice = document.querySelector<HTMLElement>('[data-offline-notice]');
const updateNotice = document.querySelector<HTMLElement>('[data-update-notice]');

function showConnectivity(): void {
	if (offlineNotice) offlineNotice.hidden = navigator.onLine;
}
window.addEventListener('online', showConnectivity);
window.addEventListener('offline', showConnectivity);
showConnectivity();

if ('serviceWorker' in navigator && import.meta.env.PROD) {
	const workers = navigator.serviceWorker;
	let reloadWhenControlled = false;
	const reload = () => location.reload();

	/** Tells the reader a newer handbook is here; the notice's button applies it. */
	const offerUpdate = (apply: () => void) => {
		if (!updateNotice?.hidden) return;
		updateNotice.hidden = false;
		updateNotice.querySelector('button')?.addEventListener('click', apply);
	};

	/** A new deploy, downloaded and waiting: only a page run by an older worker has it to take. */
	const offerWaiting = (registration: ServiceWorkerRegistration) => {
		if (!registration.waiting || !workers.controller) return;
		offerUpdate(() => {
			// Another tab may have taken the new deploy meanwhile: it is running this page already.
			const waiting = registration.waiting;
			if (!waiting) return reload();
			reloadWhenControlled = true;
			waiting.postMessage({ type: 'SKIP_WAITING' } satisfies WorkerMessage);
		});
	};

	// A new deploy can also take over while this page loads, before its script ran or after: the
	// page, served by the old worker, is then older than the worker now running it.
	const askBuild = () => workers.controller?.postMessage({ type: 'BUILD' } satisfies WorkerMessage);
	workers.addEventListener('message', ({ data }: MessageEvent<WorkerMessage | null>) => {
		// Build ids are UTC times (20261102T090000Z): later sorts after.
		if (data?.type === 'BUILD' && (data.id ?? '') > (root.dataset.buildId ?? ''))
			offerUpdate(reload);
	});
	workers.addEventListener('controllerchange', () => {
		if (reloadWhenControlled) reload();
		else askBuild();
	});
	askBuild();

	workers
		.register(`${base}sw.js`, { scope: base })
		.then((registration) => {
			const watch = (worker: ServiceWorker | null) =>
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed') offerWaiting(registration);
				});
			offerWaiting(registration);
			// The browser looks for a new worker as the page loads: it may be installing already,
			// its `updatefound` gone before this code ran.
			watch(registration.installing);
			registration.addEventListener('updatefound', () => watch(registration.installing));
		})
		.catch(() => {
			// Without a service worker the handbook still works online; nothing to tell the reader.
		});
}
