/**
 * <kb-serverless-table>: filters, search and sorting for the server-rendered table, with the
 * state in the URL. All logic lives in src/lib/serverless-table.ts; this file wires it to the DOM.
 */
import { fill, plural, type PluralForms } from '../../i18n/templates.ts';
import {
  normalizeSearchText,
  parseTableState,
  selectRows,
  serializeTableState,
  sortedIndexes,
  sortParam,
  type RowFacts,
  type SortColumn,
  type TableState,
} from '../../lib/serverless-table.ts';

/**
 * Matching rows laid out at once; "Show more" adds as many again. Laying out a table costs time
 * per row (about 0.2 ms in the 5,000-row benchmark), so this keeps every update within a frame.
 */
const ROWS_PER_STEP = 50;

class KbServerlessTable extends HTMLElement {
  private state: TableState = { q: '' };
  private rows: HTMLTableRowElement[] = [];
  /** Read from the rows on the first change, not at start-up (see connectedCallback). */
  private facts: RowFacts[] | undefined;
  private orders = new Map<string, number[]>();
  private limit = ROWS_PER_STEP;
  /** Row indexes in the tbody, joined: the server renders all rows in the author's order. */
  private displayed = '';

  /**
   * Start-up does only what the first paint needs: the sort buttons and the controls' values.
   * The rows are read and laid out again only when a filter, a search or a sort asks for it (on
   * first interaction, or at once for an address with one), so loading the page runs no long task.
   */
  connectedCallback() {
    const form = this.querySelector('form')!;
    this.rows = [...this.querySelector('tbody')!.rows];
    this.displayed = this.rows.map((_, index) => index).join();
    for (const header of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const column = header.dataset.sort as SortColumn;
        const descending = this.state.sort?.column === column && !this.state.sort.descending;
        this.update({ sort: { column, descending } });
      });
    }
    // Cards (serverless-table.css, below 72rem) hide the headings and sort by the "Sort by" control:
    // their buttons stay with assistive technology but leave the Tab order, as nothing shows them.
    const cards = matchMedia('(max-width: 71.99rem)');
    const tabStops = () => {
      for (const button of this.querySelectorAll<HTMLButtonElement>('thead button'))
        button.tabIndex = cards.matches ? -1 : 0;
    };
    cards.addEventListener('change', tabStops);
    tabStops();
    form.addEventListener('input', () => {
      const query = new URLSearchParams({
        verdict: this.control('verdict').value,
        provider: this.control('provider').value,
        q: this.control('q').value,
        sort: this.control('sort').value,
      });
      this.update(parseTableState(`?${query}`));
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () =>
      queueMicrotask(() => this.update({ q: '', verdict: undefined, provider: undefined, sort: undefined })),
    );
    this.querySelector('.show-more')!.addEventListener('click', () => {
      this.limit += ROWS_PER_STEP;
      this.render(false);
    });
    this.state = parseTableState(location.search);
    // Also undoes what the browser restores into the form on "back": the address is the state.
    this.control('verdict').value = this.state.verdict ?? '';
    this.control('provider').value = this.state.provider ?? '';
    this.control('q').value = this.state.q;
    this.control('sort').value = sortParam(this.state.sort);
    if (serializeTableState(this.state)) this.render(false);
  }

  /**
   * Sort keys and search text come from the cells themselves (name, verdict, reason, provider,
   * category), not from copies in attributes: the table page stays within the first round trip.
   */
  /** The filter form's field `name` (a select or the search field). */
  private control(name: string): HTMLInputElement | HTMLSelectElement {
    return this.querySelector('form')!.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  private rowFacts(): RowFacts[] {
    this.facts ??= this.rows.map(({ dataset, cells }) => {
      const [name, , reason, provider, category] = [...cells].map((cell) => cell.textContent!.trim());
      return {
        verdict: dataset.verdict as RowFacts['verdict'],
        provider: dataset.provider as RowFacts['provider'],
        keys: { name: name!, provider: provider!, category: category!, verdict: '' },
        text: normalizeSearchText(`${name} ${category} ${reason}`),
      };
    });
    return this.facts;
  }

  private update(change: Partial<TableState>) {
    this.state = { ...this.state, ...change };
    this.limit = ROWS_PER_STEP;
    this.render(true);
  }

  /** Sorting thousands of rows costs more than filtering them: keep each order once computed. */
  private order(): number[] {
    const key = serializeTableState({ q: '', sort: this.state.sort });
    if (!this.orders.has(key))
      this.orders.set(key, sortedIndexes(this.rowFacts(), this.state.sort, document.documentElement.lang));
    return this.orders.get(key)!;
  }

  private render(writeUrl: boolean) {
    const { indexes, matching } = selectRows(this.rowFacts(), this.state, this.order(), this.limit);
    const displayed = indexes.join();
    if (displayed !== this.displayed) {
      this.displayed = displayed;
      this.querySelector('tbody')!.replaceChildren(...indexes.map((index) => this.rows[index]!));
    }
    const { sort } = this.state;
    this.control('sort').value = sortParam(sort);
    for (const header of this.querySelectorAll<HTMLElement>('th[data-sort]')) {
      header.ariaSort =
        sort && sort.column === header.dataset.sort ? (sort.descending ? 'descending' : 'ascending') : 'none';
    }
    const countForms = JSON.parse(this.dataset.count!) as PluralForms;
    const count = plural(document.documentElement.lang, countForms, { shown: matching, count: this.rows.length });
    this.querySelector('.count')!.textContent = count;
    (this.querySelector('.empty') as HTMLElement).hidden = matching > 0;
    const showMore = this.querySelector<HTMLButtonElement>('.show-more')!;
    showMore.hidden = indexes.length === matching;
    showMore.textContent = fill(this.dataset.showMore!, { shown: indexes.length, count: matching });
    if (writeUrl)
      history.replaceState(history.state, '', `${location.pathname}${serializeTableState(this.state)}${location.hash}`);
  }
}

customElements.define('kb-serverless-table', KbServerlessTable);
