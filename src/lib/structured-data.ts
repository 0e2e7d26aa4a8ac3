import { SITE } from '../site-config.ts';
import { isoDay } from './dates.ts';

export interface BlogPostingFacts {
  url: string;
  headline: string;
  description: string;
  /** Absolute URL of the image link previews show (the page's og:image). */
  image: string;
  datePublished: Date;
  dateModified?: Date;
  /** BCP 47 language of the text. */
  inLanguage: string;
  keywords: string[];
  /** Canonical URL of the original, for a translation. */
  translationOf?: string;
}

/** schema.org BlogPosting as JSON-LD, for search engines and link previews. */
export function blogPostingJsonLd(facts: BlogPostingFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: facts.headline,
    description: facts.description,
    image: facts.image,
    url: facts.url,
    mainEntityOfPage: facts.url,
    datePublished: isoDay(facts.datePublished),
    dateModified: isoDay(facts.dateModified ?? facts.datePublished),
    inLanguage: facts.inLanguage,
    keywords: facts.keywords.join(', '),
    author: { '@type': 'Person', name: SITE.author, url: SITE.origin },
    license: SITE.links.ccBy,
    ...(facts.translationOf && { translationOfWork: { '@type': 'BlogPosting', url: facts.translationOf } }),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so the text cannot close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
