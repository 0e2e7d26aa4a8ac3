import type { UiKey } from './en.ts';

/** German UI strings. Typed against the English keys: a missing or extra key is a type error. */
export const de: Record<UiKey, string> = {
  'site.title': 'Sönke Ruempler',
  'site.subtitle': 'Cloud-Architekt und Softwareentwickler',
  'site.language': 'Deutsch',

  'nav.skipLink': 'Zum Inhalt springen',
  'nav.label': 'Hauptmenü',
  'nav.home': 'Artikel',
  'nav.contact': 'Kontakt',

  'switcher.label': 'Sprache',
  'switcher.original': 'Original',
  'switcher.translation': 'Übersetzung',
  'switcher.untranslated': 'noch nicht übersetzt',

  'home.title': 'Artikel',
  'home.description':
    'Artikel von Sönke Ruempler über AWS, MySQL und Aurora, Serverless, Führung und Lernen in Organisationen, auf Deutsch und Englisch.',
  'home.about': 'Sönke Ruempler, {subtitle}, schreibt über AWS, Datenbanken, Serverless, Führung und Lernen in Organisationen.',
  'home.untranslated': 'auf {language}',

  'article.published': 'Veröffentlicht',
  'article.updated': 'Aktualisiert',
  'article.readingTime': '{minutes} Min. Lesezeit',
  'article.translationNotice': 'Dies ist eine Übersetzung des Originals auf {language}: {link}.',
  'article.translationNoticeLink': 'zum Original',
  'article.fallbackNotice':
    'Dieser Artikel ist noch nicht ins Deutsche übersetzt. Hier steht das Original auf {language}: {link}.',
  'article.fallbackNoticeLink': 'Originalseite',

  'author.heading': 'Gefällt dir, was du liest?',
  'author.text': 'Du kannst {hire} oder {donate}!',
  'author.hire': 'mich engagieren',
  'author.donate': 'über PayPal spenden',

  'footer.licence': 'Texte von {author}, lizenziert unter {cc}. Code der Website unter der {mit}.',
  'footer.contact': 'Kontakt',

  'contact.title': 'Kontakt',
  'contact.description': 'So erreichst du Sönke Ruempler: E-Mail, LinkedIn und Mastodon.',
  'contact.email': 'E-Mail',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text': 'Unter dieser Adresse gibt es keine Seite. Vielleicht ist sie umgezogen: Die Artikelliste enthält alles.',
  'notFound.home': 'Deutsche Artikel',
};
