/**
 * Checklists in chapters (`- [ ] …`) can be ticked: a planner works down the campaign checklist
 * and comes back to it later. The ticks stay in this browser, per page and per item text (an item
 * reworded starts unticked), until the reader clears them with the button under the list. Without
 * this script the boxes show as Markdown renders them: unticked and disabled.
 */
const { checklistClear = '' } = document.body.dataset;
const STORAGE_KEY = `handbook-checklist:${location.pathname}`;

function loadTicked(): Set<string> {
	try {
		return new Set(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as string[]);
	} catch {
		return new Set();
	}
}

function saveTicked(ticked: ReadonlySet<string>): void {
	try {
		if (ticked.size > 0) localStorage.setItem(STORAGE_KEY, JSON.stringify([...ticked]));
		else localStorage.removeItem(STORAGE_KEY);
	} catch {
		// Storage refused (a private window's quota): the ticks last as long as the page.
	}
}

const ticked = loadTicked();
for (const list of document.querySelectorAll<HTMLUListElement>('main .contains-task-list')) {
	const boxes = [
		...list.querySelectorAll<HTMLInputElement>(':scope > .task-list-item input[type="checkbox"]'),
	];
	if (boxes.length === 0) continue;
	const clear = document.createElement('button');
	clear.type = 'button';
	clear.className = 'checklist-clear';
	clear.textContent = checklistClear;
	const showClear = () => (clear.hidden = !boxes.some((box) => box.checked));
	const items = boxes.map((box) => {
		// The whole line is the box's label: a thumb-sized target, and the name a screen reader reads.
		const line = box.parentElement!;
		const label = document.createElement('label');
		const text = document.createElement('span');
		text.append(...[...line.childNodes].filter((node) => node !== box));
		label.append(box, text);
		line.append(label);
		const item = label.textContent!.trim();
		box.disabled = false;
		box.checked = ticked.has(item);
		box.addEventListener('change', () => {
			if (box.checked) ticked.add(item);
			else ticked.delete(item);
			saveTicked(ticked);
			showClear();
		});
		return item;
	});
	clear.addEventListener('click', () => {
		for (const box of boxes) box.checked = false;
		for (const item of items) ticked.delete(item);
		saveTicked(ticked);
		showClear();
		boxes[0]!.focus();
	});
	showClear();
	list.after(clear);
}
