/**
 * Keeps the handbook readable offline: registers the service worker (which caches every page and
 * the search index after the first visit), shows a notice while the network is gone, and offers a
 * reload when a new deploy has been downloaded in the background.
 */

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
	let reloadWhenControlled = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (reloadWhenControlled) location.reload();
	});

	const offerUpdate = (registration: ServiceWorkerRegistration) => {
		// Only a page already run by an older worker has something to update.
		if (!registration.waiting || !navigator.serviceWorker.controller || !updateNotice) return;
		const waiting = registration.waiting;
		updateNotice.hidden = false;
		updateNotice.querySelector('button')?.addEventListener('click', () => {
			reloadWhenControlled = true;
			waiting.postMessage({ type: 'SKIP_WAITING' });
		});
	};

	navigator.serviceWorker
		.register(`${base}sw.js`, { scope: base })
		.then((registration) => {
			const watch = (worker: ServiceWorker | null) =>
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed') offerUpdate(registration);
				});
			offerUpdate(registration);
			// The browser looks for a new worker as the page loads: it may be installing already,
			// its `updatefound` gone before this code ran.
			watch(registration.installing);
			registration.addEventListener('updatefound', () => watch(registration.installing));
		})
		.catch(() => {
			// Without a service worker the handbook still works online; nothing to tell the reader.
		});
}
