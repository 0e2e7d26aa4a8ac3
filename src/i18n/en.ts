import type { PluralForms } from './templates.ts';

/**
 * English UI strings: the source dictionary. Keys are dotted, area first.
 * `{name}` placeholders are filled by `t(key, { name })`. A string with a number in it is counted:
 * its forms are keyed by plural category (see PluralForms), `{count}` is the number that picks one.
 */
export const en = {
  'site.title': 'Sönke Ruempler',
  'site.subtitle': 'Cloud Architect and Software Engineer',
  'site.imageAlt': 'Sönke Ruempler: articles on AWS, MySQL and Aurora, serverless, leadership and learning',
  'site.language': 'English',

  'nav.skipLink': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Articles',
  'nav.contact': 'Contact',
  'nav.menu': 'Menu',

  'theme.label': 'Colour theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'switcher.label': 'Language',
  'switcher.original': 'original',
  'switcher.translation': 'translation',
  'switcher.untranslated': 'not translated yet',

  'home.title': 'Articles',
  'home.description':
    'Articles by Sönke Ruempler on AWS, MySQL and Aurora, serverless, leadership and learning in organisations, in English and German.',
  'home.about':
    'Sönke Ruempler, {subtitle}, writes about AWS, databases, serverless, leadership and learning in organisations.',
  'home.untranslated': 'in {language}',
  'home.newest': 'Newest articles',
  'home.browse': 'All articles',
  'home.browseText': 'Every article by year in the {archive}, by topic under {tags}, or by word in the {search}.',
  'home.archiveLink': 'archive',
  'home.tagsLink': 'tags',
  'home.searchLink': 'search',

  'archive.title': 'Archive',
  'archive.description': 'Every article by Sönke Ruempler, by year.',
  'archive.years': 'Years',
  'archive.year': 'Articles of {year}',
  'archive.yearDescription': 'The articles by Sönke Ruempler published in {year}.',
  'archive.months': 'Months',
  'archive.month': 'Articles of {month}',
  'archive.monthDescription': 'The articles by Sönke Ruempler published in {month}.',

  'llms.list': 'each with a link to its Markdown version',
  'llms.fullTitle': '{period}, full text',
  'llms.full': 'the text of each in Markdown',

  'pages.label': 'Pages',
  'pages.previous': 'Previous page',
  'pages.next': 'Next page',
  'pages.position': 'Page {page} of {pages}',
  'pages.title': '{title}, page {page}',

  'article.published': 'Published',
  'article.updated': 'Updated',
  'article.readingTime': { one: '{count} min read', other: '{count} min read' },
  'article.movedNotice': 'This article has a new address: {link}.',
  'article.translationNotice': 'This is a translation of the {language} original: {link}.',
  'article.translationNoticeLink': 'read the original',
  'article.fallbackNotice': 'This article has not been translated into English yet: {link}.',
  'article.fallbackNoticeLink': 'read the {language} original',
  'article.outdatedNotice':
    'This is a translation of the {language} original. The original was updated after this translation: {link}.',
  'article.outdatedNoticeLink': 'read the current original',
  'article.edit': 'Edit this page',
  'article.translate': 'Translate this article',
  'article.markdown': 'Markdown version',
  'article.markdownMeta': 'Published {date} · {url} · Text by {author}, licensed under {licence}',

  'fallback.sections': 'The sections of the original',

  'article.sectionLink': 'Link to section: {heading}',

  'toc.title': 'On this page',
  'toc.current': 'On this page: {section}',
  'code.copy': 'Copy',
  'code.copied': 'Copied',

  'tags.title': 'Tags',
  'tags.description': 'All topics of the articles, with the number of articles for each.',
  'tags.count': { one: '{count} article', other: '{count} articles' },
  'tag.title': 'Articles tagged “{tag}”',
  'tag.description': 'Articles by Sönke Ruempler tagged “{tag}”.',
  'article.tags': 'Tags',
  'article.more': 'More articles',
  'article.newer': 'Newer',
  'article.older': 'Older',
  'article.related': 'Related articles',

  'author.heading': 'Like what you read?',
  'author.text': 'You can {hire} or {donate}!',
  'author.hire': 'hire me',
  'author.donate': 'make a donation via PayPal',

  'footer.licence': 'Texts by {author}, licensed under {cc}. Site code under the {mit}.',
  'footer.contact': 'Contact',

  'contact.title': 'Contact',
  'contact.description': 'How to reach Sönke Ruempler: email, LinkedIn and Mastodon.',
  'contact.email': 'Email',

  'translations.title': 'Translation status',
  'translations.description':
    'Which articles exist in English and German, which translations lag behind their original, and where to help.',
  'translations.intro':
    'How many articles each language has as originals, up-to-date or outdated translations, or not at all; then what needs doing, each with a link to its source file on GitHub or to the guide for translating.',
  'translations.caption': 'Articles by language',
  'translations.article': 'Article',
  'translations.original': 'original',
  'translations.upToDate': 'up to date',
  'translations.outdated': 'outdated: the original changed on {date}',
  'translations.outdatedName': 'outdated',
  'translations.missing': 'missing',
  'translations.edit': 'Edit',
  'translations.translate': 'Translate',
  'translations.summary': 'Summary',
  'translations.summaryCaption': 'Articles per language and state',
  'translations.state': 'State',
  'translations.work': 'Work to do',
  'translations.workIntro': 'Outdated translations first, then the articles not yet translated, newest first.',
  'translations.workCaption': 'Translations to update or make',
  'translations.language': 'Language',
  'translations.noWork': 'Nothing to do: every article is translated and up to date.',

  'table.caption': {
    one: 'Is it serverless? {count} cloud service and use case',
    other: 'Is it serverless? {count} cloud services and use cases',
  },
  'table.legend': 'Verdicts:',
  'table.col.name': 'Product / use case',
  'table.col.verdict': 'Is it serverless?',
  'table.col.reason': 'Why?',
  'table.col.provider': 'Provider',
  'table.col.category': 'Category',
  'table.verdict.yes': 'yes',
  'table.verdict.no': 'no',
  'table.verdict.depends': 'depends',
  'table.verdictHint.yes': 'costs nothing when idle',
  'table.verdictHint.no': 'costs money when idle',
  'table.verdictHint.depends': 'depends or unclear',
  'table.provider.aws': 'AWS',
  'table.provider.azure': 'Microsoft Azure',
  'table.provider.google': 'Google Cloud',
  'table.provider.akamai': 'Akamai',
  'table.provider.open-source': 'Open source',
  'table.category.container-orchestration': 'Container orchestration',
  'table.category.container-compute': 'Container compute',
  'table.category.serverless-platform': 'Serverless platform on Kubernetes',
  'table.category.platform-as-a-service': 'Platform as a service',
  'table.category.edge-compute': 'Edge compute',
  'table.category.relational-database': 'Relational database',
  'table.category.nosql-database': 'NoSQL database',
  'table.category.streaming': 'Streaming',
  'table.category.messaging': 'Messaging and events',
  'table.filters': 'Filter the table',
  'table.filter.any': 'All',
  'table.search': 'Search',
  'table.reset': 'Reset',
  'table.jump': 'To the table',
  'table.sortBy': 'Sort by',
  'table.sort.none': 'Original order',
  'table.sort.ascending': '{column}, ascending',
  'table.sort.descending': '{column}, descending',
  // The noun agrees with the total: "1 of 17 services".
  'table.count': { one: '{shown} of {count} service', other: '{shown} of {count} services' },
  'table.empty': 'No service matches these filters.',
  'table.showMore': 'Show more ({shown} of {count} shown)',
  'table.rowLink': 'Link to row: {name}',
  'table.scrollHint': 'Table, scrolls sideways',
  'table.download': 'Reuse the data: {json} or {csv}, licensed under CC BY 4.0 (Soenke Ruempler).',

  'moved.title': 'Moved',
  'moved.description': 'This page has moved to a new address.',
  'moved.text': 'This page has moved to {link}.',

  'search.title': 'Search',
  'search.description': 'Search the articles of Sönke Ruempler.',
  'search.label': 'Search articles',
  'search.submit': 'Search',
  'search.results': { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
  'search.none': 'No results for “{query}”.',
  'search.noScript': 'Search needs JavaScript. Without it, browse the articles by year or by tag below.',
  'search.all': 'Browse the articles',
  'search.didYouMean': 'Did you mean {link}?',
  'search.showing': 'Showing the results for {link} instead.',
  'search.sections': 'Sections',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Maybe it moved: the article list has everything.',
  'notFound.home': 'English articles',
} as const satisfies Record<string, string | PluralForms>;

export type UiKey = keyof typeof en;
/** Keys of counted strings: `t(key, { count })` picks the plural form. */
export type CountedKey = { [Key in UiKey]: (typeof en)[Key] extends string ? never : Key }[UiKey];
export type TextKey = Exclude<UiKey, CountedKey>;
/** What every locale's dictionary holds: the same keys, counted where English is counted. */
export type Dictionary = { [Key in UiKey]: Key extends CountedKey ? PluralForms : string };
