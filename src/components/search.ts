/**
 * <kb-search>: runs the page's GET search form against the Pagefind index in the browser.
 * The query stays in the URL (?q=), results link to the matching sections of each article.
 * Pagefind's code loads only here, on first use.
 */
import { fill, plural, type PluralForms } from '../i18n/templates.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}
type PagefindSearch = { results: { data(): Promise<PagefindResultData> }[] };
interface Pagefind {
  search(query: string): Promise<PagefindSearch>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<PagefindSearch | null>;
}

const MAX_RESULTS = 20;
/** While the reader types, search once they pause; a submitted form or a search link goes at once. */
const TYPING_PAUSE_MS = 200;

class KbSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  /** The number of the newest search: an answer that arrives after a newer search began is dropped. */
  private newest = 0;

  connectedCallback() {
    // Search works now: the note for readers without JavaScript goes.
    this.querySelector('.no-script')?.remove();
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search(input.value, 0);
    });
    input.addEventListener('input', () => void this.search(input.value, TYPING_PAUSE_MS));
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    if (input.value.trim()) void this.search(input.value, 0);
  }

  private load(): Promise<Pagefind> {
    // A runtime URL: Pagefind's files are written after the build and are not bundled.
    const url = '/pagefind/pagefind.js';
    return (this.pagefind ??= import(/* @vite-ignore */ url));
  }

  private async search(raw: string, pauseMs: number) {
    const number = ++this.newest;
    const query = raw.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    const status = this.querySelector('.status')!;
    const list = this.querySelector('.results')!;
    this.querySelector<HTMLElement>('.browse')!.hidden = Boolean(query);
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const pagefind = await this.load();
    const search = pauseMs ? await pagefind.debouncedSearch(query, {}, pauseMs) : await pagefind.search(query);
    if (!search || number !== this.newest) return; // superseded by a newer search
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (number !== this.newest) return;
    list.replaceChildren(...results.map((result) => this.renderResult(result)));
    status.textContent = results.length
      ? plural(document.documentElement.lang, JSON.parse(this.dataset.results!) as PluralForms, {
          count: search.results.length,
          query,
        })
      : fill(this.dataset.none!, { query });
  }

  private renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'result';
    const title = document.createElement('a');
    title.href = result.url;
    title.textContent = result.meta.title;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = result.excerpt; // Pagefind escapes the text; only <mark> is markup
    item.append(title, excerpt);
    const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, 3);
    if (sections.length > 0) {
      const list = document.createElement('ul');
      list.ariaLabel = this.dataset.sections!;
      for (const section of sections) {
        const link = document.createElement('a');
        link.href = section.url;
        link.textContent = section.title;
        const entry = document.createElement('li');
        entry.append(link);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }
}

customElements.define('kb-search', KbSearch);
