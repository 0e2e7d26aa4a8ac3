import type { Dictionary } from './en.ts';

/**
 * German UI strings. Typed against the English dictionary: a missing or extra key, or a plain
 * string where English has plural forms, is a type error.
 */
export const de: Dictionary = {
  'site.title': 'Sönke Ruempler',
  'site.subtitle': 'Cloud-Architekt und Softwareentwickler',
  'site.imageAlt': 'Sönke Ruempler: Artikel über AWS, MySQL und Aurora, Serverless, Führung und Lernen',
  'site.language': 'Deutsch',

  'nav.skipLink': 'Zum Inhalt springen',
  'nav.label': 'Hauptmenü',
  'nav.home': 'Artikel',
  'nav.contact': 'Kontakt',

  'theme.label': 'Farbschema',
  'theme.auto': 'Auto',
  'theme.light': 'Hell',
  'theme.dark': 'Dunkel',

  'switcher.label': 'Sprache',
  'switcher.original': 'Original',
  'switcher.translation': 'Übersetzung',
  'switcher.untranslated': 'noch nicht übersetzt',

  'home.title': 'Artikel',
  'home.description':
    'Artikel von Sönke Ruempler über AWS, MySQL und Aurora, Serverless, Führung und Lernen in Organisationen, auf Deutsch und Englisch.',
  'home.about':
    'Sönke Ruempler, {subtitle}, schreibt über AWS, Datenbanken, Serverless, Führung und Lernen in Organisationen.',
  'home.untranslated': 'auf {language}',

  'article.published': 'Veröffentlicht',
  'article.updated': 'Aktualisiert',
  'article.readingTime': { one: '{count} Min. Lesezeit', other: '{count} Min. Lesezeit' },
  'article.movedNotice': 'Dieser Artikel hat eine neue Adresse: {link}.',
  'article.translationNotice': 'Dies ist eine Übersetzung des Originals auf {language}: {link}.',
  'article.translationNoticeLink': 'zum Original',
  'article.fallbackNotice':
    'Dieser Artikel ist noch nicht ins Deutsche übersetzt. Hier steht das Original auf {language}: {link}.',
  'article.fallbackNoticeLink': 'Originalseite',
  'article.outdatedNotice':
    'Dies ist eine Übersetzung des Originals auf {language}. Das Original wurde nach dieser Übersetzung geändert: {link}.',
  'article.outdatedNoticeLink': 'zum aktuellen Original',
  'article.edit': 'Diese Seite bearbeiten',
  'article.translate': 'Diesen Artikel übersetzen',
  'article.markdown': 'Markdown-Fassung',
  'article.markdownMeta': 'Veröffentlicht am {date} · {url} · Text von {author}, lizenziert unter {licence}',

  'article.sectionLink': 'Link zum Abschnitt: {heading}',

  'toc.title': 'Auf dieser Seite',
  'toc.current': 'Auf dieser Seite: {section}',
  'code.copy': 'Kopieren',
  'code.copied': 'Kopiert',

  'tags.title': 'Schlagwörter',
  'tags.description': 'Alle Themen der Artikel, mit der Zahl der Artikel zu jedem Thema.',
  'tags.count': { one: '{count} Artikel', other: '{count} Artikel' },
  'tag.title': 'Artikel zum Schlagwort „{tag}“',
  'tag.description': 'Artikel von Sönke Ruempler zum Schlagwort „{tag}“.',
  'article.tags': 'Schlagwörter',
  'article.more': 'Weitere Artikel',
  'article.newer': 'Neuer',
  'article.older': 'Älter',
  'article.related': 'Ähnliche Artikel',

  'author.heading': 'Gefällt dir, was du liest?',
  'author.text': 'Du kannst {hire} oder {donate}!',
  'author.hire': 'mich engagieren',
  'author.donate': 'über PayPal spenden',

  'footer.licence': 'Texte von {author}, lizenziert unter {cc}. Code der Website unter der {mit}.',
  'footer.contact': 'Kontakt',

  'contact.title': 'Kontakt',
  'contact.description': 'So erreichst du Sönke Ruempler: E-Mail, LinkedIn und Mastodon.',
  'contact.email': 'E-Mail',

  'translations.title': 'Stand der Übersetzungen',
  'translations.description':
    'Welche Artikel es auf Englisch und Deutsch gibt, welche Übersetzungen ihrem Original hinterherhinken und wo du helfen kannst.',
  'translations.intro':
    'Jeder Artikel in jeder Sprache: das Original, eine Übersetzung (aktuell oder veraltet) oder eine fehlende. Jeder Eintrag verlinkt seine Quelldatei auf GitHub oder die Anleitung zum Übersetzen.',
  'translations.caption': 'Artikel nach Sprache',
  'translations.article': 'Artikel',
  'translations.original': 'Original',
  'translations.upToDate': 'aktuell',
  'translations.outdated': 'veraltet: das Original wurde am {date} geändert',
  'translations.missing': 'fehlt',
  'translations.edit': 'Bearbeiten',
  'translations.translate': 'Übersetzen',

  'table.caption': {
    one: 'Ist es serverless? {count} Cloud-Dienst und Anwendungsfall',
    other: 'Ist es serverless? {count} Cloud-Dienste und Anwendungsfälle',
  },
  'table.legend': 'Bewertungen:',
  'table.col.name': 'Produkt / Anwendungsfall',
  'table.col.verdict': 'Ist es serverless?',
  'table.col.reason': 'Warum?',
  'table.col.provider': 'Anbieter',
  'table.col.category': 'Kategorie',
  'table.verdict.yes': 'ja',
  'table.verdict.no': 'nein',
  'table.verdict.depends': 'kommt drauf an',
  'table.verdictHint.yes': 'kostet im Leerlauf nichts',
  'table.verdictHint.no': 'kostet auch im Leerlauf',
  'table.verdictHint.depends': 'kommt drauf an oder unklar',
  'table.provider.aws': 'AWS',
  'table.provider.azure': 'Microsoft Azure',
  'table.provider.google': 'Google Cloud',
  'table.provider.akamai': 'Akamai',
  'table.provider.open-source': 'Open Source',
  'table.category.container-orchestration': 'Container-Orchestrierung',
  'table.category.container-compute': 'Container-Compute',
  'table.category.serverless-platform': 'Serverless-Plattform auf Kubernetes',
  'table.category.platform-as-a-service': 'Platform as a Service',
  'table.category.edge-compute': 'Edge-Compute',
  'table.category.relational-database': 'Relationale Datenbank',
  'table.category.nosql-database': 'NoSQL-Datenbank',
  'table.category.streaming': 'Streaming',
  'table.category.messaging': 'Messaging und Events',
  'table.filters': 'Tabelle filtern',
  'table.filter.any': 'Alle',
  'table.search': 'Suche',
  'table.reset': 'Zurücksetzen',
  'table.count': { one: '{shown} von {count} Dienst', other: '{shown} von {count} Diensten' },
  'table.empty': 'Kein Dienst passt zu diesen Filtern.',
  'table.showMore': 'Mehr zeigen ({shown} von {count} sichtbar)',
  'table.rowLink': 'Link zur Zeile: {name}',
  'table.scrollHint': 'Tabelle, seitlich scrollbar',
  'table.download': 'Daten weiterverwenden: {json} oder {csv}, lizenziert unter CC BY 4.0 (Soenke Ruempler).',

  'moved.title': 'Umgezogen',
  'moved.description': 'Diese Seite hat eine neue Adresse.',
  'moved.text': 'Diese Seite ist umgezogen: {link}.',

  'search.title': 'Suche',
  'search.description': 'Die Artikel von Sönke Ruempler durchsuchen.',
  'search.label': 'Artikel durchsuchen',
  'search.submit': 'Suchen',
  'search.results': { one: '{count} Treffer für „{query}“', other: '{count} Treffer für „{query}“' },
  'search.none': 'Keine Treffer für „{query}“.',
  'search.noScript': 'Die Suche braucht JavaScript. Unten stehen alle Artikel.',
  'search.all': 'Alle Artikel von A bis Z',
  'search.sections': 'Abschnitte',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text':
    'Unter dieser Adresse gibt es keine Seite. Vielleicht ist sie umgezogen: Die Artikelliste enthält alles.',
  'notFound.home': 'Deutsche Artikel',
};
