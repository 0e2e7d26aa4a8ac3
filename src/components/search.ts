/**
 * <kb-search>: runs the page's GET search form against the Pagefind index in the browser.
 * The query stays in the URL (?q=). Results in the reader's language come first, then the
 * articles that exist only in another language, marked with it, at their page in the reader's
 * locale. A query that finds little gets "Did you mean …" from the articles' words.
 * Pagefind's code loads only here (the page preloads its script).
 */
import { fill, plural, type PluralForms } from '../i18n/templates.ts';
import {
  matchesQuery,
  resultView,
  type ExcerptPart,
  type PagefindResultData,
  type ResultView,
} from '../lib/search-results.ts';
import { correctedQuery } from '../lib/spelling.ts';
import { PAGEFIND_SCRIPT } from '../lib/urls.ts';

type PagefindSearch = { results: { data(): Promise<PagefindResultData> }[] };
interface Pagefind {
  search(query: string): Promise<PagefindSearch>;
}

const MAX_RESULTS = 20;
/** While the reader types, search once they pause; a submitted form or a search link goes at once. */
const TYPING_PAUSE_MS = 200;
/** Fewer results than this, and the query may hold a typo: the articles' words are fetched. */
const FEW_RESULTS = 3;

interface Found {
  views: ResultView[];
  count: number;
}

class KbSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private words?: Promise<string[]>;
  /** The number of the newest search: an answer that arrives after a newer search began is dropped. */
  private newest = 0;
  private readonly reader = document.documentElement.lang;

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

  private engine(): Promise<Pagefind> {
    // A runtime URL, in a variable: Pagefind's files are written after the build and are not bundled.
    const script = PAGEFIND_SCRIPT;
    return (this.pagefind ??= import(/* @vite-ignore */ script) as Promise<Pagefind>);
  }

  /**
   * The results, those in the reader's language first, without the words Pagefind fell back to
   * (matchesQuery). The reader's index holds the texts only in another language at their
   * fallback pages' addresses. `count` takes the results beyond the shown ones as they come.
   */
  private async find(query: string): Promise<Found> {
    const found = await (await this.engine()).search(query);
    const loaded = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    const views = loaded.filter((data) => matchesQuery(data, query)).map((data) => resultView(data, this.reader));
    const inReaderLanguage = views.filter((view) => !view.lang);
    return {
      views: [...inReaderLanguage, ...views.filter((view) => view.lang)],
      count: views.length + found.results.length - loaded.length,
    };
  }

  private async search(raw: string, pauseMs: number) {
    const number = ++this.newest;
    const query = raw.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    const status = this.querySelector('.status')!;
    const suggestion = this.querySelector<HTMLElement>('.suggestion')!;
    const list = this.querySelector('.results')!;
    this.querySelector<HTMLElement>('.browse')!.hidden = Boolean(query);
    if (!query) {
      status.textContent = '';
      suggestion.replaceChildren();
      list.replaceChildren();
      return;
    }
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    if (number !== this.newest) return; // superseded while the reader typed on
    let found = await this.find(query);
    const corrected = found.count < FEW_RESULTS ? await this.correction(query) : undefined;
    // Nothing found, but a near query: show what it finds, and say so.
    const shown = corrected && found.count === 0 ? await this.find(corrected) : undefined;
    if (number !== this.newest) return;
    status.textContent = found.count
      ? plural(this.reader, JSON.parse(this.dataset.results!) as PluralForms, { count: found.count, query })
      : fill(this.dataset.none!, { query });
    suggestion.replaceChildren(
      ...(corrected ? this.linked(shown ? this.dataset.showing! : this.dataset.didYouMean!, corrected) : []),
    );
    if (shown) found = shown;
    list.replaceChildren(...found.views.map((view) => this.renderResult(view)));
  }

  /** The query with its unknown words replaced by the nearest words of the articles, if any. */
  private async correction(query: string): Promise<string | undefined> {
    this.words ??= fetch(this.dataset.words!)
      .then((response) => (response.ok ? response.text() : ''))
      .then((text) => text.split('\n').filter(Boolean))
      .catch(() => []);
    return correctedQuery(query, await this.words);
  }

  /** A sentence of `template` whose `{link}` is a search link for `query`. */
  private linked(template: string, query: string): Node[] {
    const link = document.createElement('a');
    link.href = `?q=${encodeURIComponent(query)}`;
    link.textContent = query;
    const [before, after] = template.split('{link}');
    return [document.createTextNode(before ?? ''), link, document.createTextNode(after ?? '')];
  }

  private renderResult(view: ResultView): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'result';
    const heading = document.createElement('h2');
    const title = document.createElement('a');
    title.href = view.url;
    title.textContent = view.title;
    heading.append(title);
    const where = document.createElement('p');
    where.className = 'where';
    if (view.published) {
      const time = document.createElement('time');
      time.dateTime = view.published;
      time.textContent = new Intl.DateTimeFormat(this.reader, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(view.published),
      );
      where.append(time);
    }
    if (view.lang) {
      // The text is in another language: its title and excerpts say so to screen readers too.
      heading.lang = view.lang;
      const language = document.createElement('span');
      language.className = 'language';
      language.textContent = new Intl.DisplayNames([this.reader], { type: 'language' }).of(view.lang) ?? view.lang;
      where.append(language);
    }
    item.append(heading, where);
    if (view.excerpt) item.append(this.excerpt(view.excerpt, view.lang));
    if (view.sections.length > 0) {
      const sections = document.createElement('ul');
      sections.ariaLabel = this.dataset.sections!;
      for (const section of view.sections) {
        const link = document.createElement('a');
        link.href = section.url;
        link.textContent = section.title;
        if (view.lang) link.lang = view.lang;
        const entry = document.createElement('li');
        entry.append(link, this.excerpt(section.excerpt, view.lang));
        sections.append(entry);
      }
      item.append(sections);
    }
    return item;
  }

  private excerpt(parts: ExcerptPart[], lang: string | undefined): HTMLParagraphElement {
    const paragraph = document.createElement('p');
    paragraph.className = 'excerpt';
    if (lang) paragraph.lang = lang;
    paragraph.append(
      ...parts.map(({ text, marked }) => {
        if (!marked) return document.createTextNode(text);
        const mark = document.createElement('mark');
        mark.textContent = text;
        return mark;
      }),
    );
    return paragraph;
  }
}

customElements.define('kb-search', KbSearch);
