import { readFileSync } from 'node:fs';
import { svgDataUri } from '../lib/data-uri.ts';

/**
 * public/favicon.svg as a `data:` URI for every page's <head>, read once per build. In the page, not
 * a request: a favicon fetched while the page renders delays its first paint (Lighthouse's LCP by
 * about 100 ms). The file stays for everyone who asks for it.
 */
export const FAVICON_DATA_URI = svgDataUri(readFileSync('public/favicon.svg', 'utf8'));
