/**
 * English UI strings: the source dictionary. Keys are dotted, area first.
 * `{name}` placeholders are filled by `t(key, { name })`.
 */
export const en = {
  'site.title': 'Sönke Ruempler',
  'site.subtitle': 'Cloud Architect and Software Engineer',
  'site.language': 'English',

  'nav.skipLink': 'Skip to content',
  'nav.label': 'Main',
  'nav.home': 'Articles',
  'nav.contact': 'Contact',

  'switcher.label': 'Language',
  'switcher.original': 'original',
  'switcher.translation': 'translation',
  'switcher.untranslated': 'not translated yet',

  'home.title': 'Articles',
  'home.description':
    'Articles by Sönke Ruempler on AWS, MySQL and Aurora, serverless, leadership and learning in organisations, in English and German.',
  'home.about': 'Sönke Ruempler, {subtitle}, writes about AWS, databases, serverless, leadership and learning in organisations.',
  'home.untranslated': 'in {language}',

  'article.published': 'Published',
  'article.updated': 'Updated',
  'article.readingTime': '{minutes} min read',
  'article.translationNotice': 'This is a translation of the {language} original: {link}.',
  'article.translationNoticeLink': 'read the original',
  'article.fallbackNotice': 'This article has not been translated into English yet. Showing the {language} original: {link}.',
  'article.fallbackNoticeLink': 'original page',

  'author.heading': 'Like what you read?',
  'author.text': 'You can {hire} or {donate}!',
  'author.hire': 'hire me',
  'author.donate': 'make a donation via PayPal',

  'footer.licence': 'Texts by {author}, licensed under {cc}. Site code under the {mit}.',
  'footer.contact': 'Contact',

  'contact.title': 'Contact',
  'contact.description': 'How to reach Sönke Ruempler: email, LinkedIn and Mastodon.',
  'contact.email': 'Email',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. Maybe it moved: the article list has everything.',
  'notFound.home': 'English articles',
} as const satisfies Record<string, string>;

export type UiKey = keyof typeof en;
