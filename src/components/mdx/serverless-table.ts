/**
 * <kb-serverless-table>: filters, search and sorting for the server-rendered table, with the
 * state in the URL. All logic lives in src/lib/serverless-table.ts; this file wires it to the DOM.
 */
import { fill } from '../../i18n/index.ts';
import {
  matchesRow,
  parseTableState,
  serializeTableState,
  sortedIndexes,
  type RowFacts,
  type SortColumn,
  type TableState,
} from '../../lib/serverless-table.ts';

class KbServerlessTable extends HTMLElement {
  private state: TableState = { q: '' };
  private rows: HTMLTableRowElement[] = [];
  private facts: RowFacts[] = [];
  private order = '';

  connectedCallback() {
    const form = this.querySelector('form')!;
    this.rows = [...this.querySelector('tbody')!.rows];
    this.facts = this.rows.map(({ dataset }) => ({
      verdict: dataset.verdict as RowFacts['verdict'],
      provider: dataset.provider as RowFacts['provider'],
      keys: { name: dataset.keyName!, provider: dataset.keyProvider!, category: dataset.keyCategory!, verdict: '' },
      text: dataset.text!,
    }));
    for (const header of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const column = header.dataset.sort as SortColumn;
        const { sort } = this.state;
        this.update({ sort: sort?.column === column && !sort.descending ? { column, descending: true } : { column, descending: false } });
      });
    }
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    form.addEventListener('input', () => {
      const query = new URLSearchParams({ verdict: value('verdict'), provider: value('provider'), q: value('q') });
      this.update({ ...parseTableState(`?${query}`), sort: this.state.sort });
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () => queueMicrotask(() => this.update({ q: '', verdict: undefined, provider: undefined, sort: undefined })));
    this.state = parseTableState(location.search);
    this.syncForm(form);
    form.hidden = false;
    this.render(false);
  }

  private update(change: Partial<TableState>) {
    this.state = { ...this.state, ...change };
    this.render(true);
  }

  private syncForm(form: HTMLFormElement) {
    const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    control('verdict').value = this.state.verdict ?? '';
    control('provider').value = this.state.provider ?? '';
    control('q').value = this.state.q;
  }

  private render(writeUrl: boolean) {
    const order = sortedIndexes(this.facts, this.state.sort);
    const orderKey = order.join();
    if (orderKey !== this.order) {
      this.order = orderKey;
      this.querySelector('tbody')!.append(...order.map((index) => this.rows[index]!));
    }
    let shown = 0;
    this.rows.forEach((row, index) => {
      const visible = matchesRow(this.facts[index]!, this.state);
      if (row.hidden === visible) row.hidden = !visible;
      if (visible) shown += 1;
    });
    for (const header of this.querySelectorAll<HTMLElement>('th[data-sort]')) {
      const { sort } = this.state;
      header.ariaSort = sort && sort.column === header.dataset.sort ? (sort.descending ? 'descending' : 'ascending') : 'none';
    }
    this.querySelector('.count')!.textContent = fill(this.dataset.count!, { shown, total: this.rows.length });
    (this.querySelector('.empty') as HTMLElement).hidden = shown > 0;
    if (writeUrl) history.replaceState(history.state, '', `${location.pathname}${serializeTableState(this.state)}${location.hash}`);
  }
}

customElements.define('kb-serverless-table', KbServerlessTable);
