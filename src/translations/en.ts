import type ja from './ja.ts';

/** English interface strings; the keys are those of ja.ts. */
export default {
	skipLink: 'Skip to content',
	crisisLink: 'Crisis quick guide',
	crisisLinkShort: 'Crisis guide',
	languageSwitch: 'Language',
	languageSwitchLabel: '日本語版を表示',
	search: 'Search',
	'sidebar.label': 'Chapters',
	'sidebar.toggle': 'Contents',
	'toc.label': 'On this page',
	'pagination.label': 'Previous and next chapters',
	'pagination.prev': 'Previous',
	'pagination.next': 'Next',
	'meta.owner': 'Owner',
	'meta.reviewed': 'Last reviewed',
	'meta.nextReview': 'Next review',
	'home.chapters': 'Chapters',
	'home.crisisLead': 'A post is going viral for the wrong reasons? Start here.',
	'notFound.title': 'Page not found',
	'notFound.body': 'The page you are looking for may have moved or been removed.',
	'notFound.home': 'Back to contents',
	'footer.note': 'This handbook is for internal use.',
} satisfies Record<keyof typeof ja, string>;
