/**
 * <kb-toc>, inside the table of contents (TableOfContents.astro): marks the link of the section
 * being read (`aria-current`), and writes its title into the summary, which on phones stays at the
 * top of the screen (`.live`). Following a link closes the list. Without JavaScript the contents
 * are a plain list at the top of the article.
 */
import { currentSection } from '../lib/current-section.ts';

class KbToc extends HTMLElement {
  connectedCallback() {
    const nav = this.parentElement!;
    const details = nav.querySelector('details')!;
    const now = nav.querySelector('.toc-now')!;
    const links = [...nav.querySelectorAll('ol a')];
    const headings = links.map((link) => document.getElementById(link.getAttribute('href')!.slice(1)));
    let shown = -1;
    let queued = false;
    const update = () => {
      queued = false;
      const root = document.documentElement;
      const index = currentSection(
        headings.map((heading) => heading?.getBoundingClientRect().top ?? Infinity),
        innerHeight,
        root.scrollTop + innerHeight >= root.scrollHeight - 2,
      );
      if (index === shown) return;
      links[shown]?.removeAttribute('aria-current');
      links[index]?.setAttribute('aria-current', 'true');
      now.textContent = index < 0 ? '' : this.dataset.current!.replace('{section}', () => links[index]!.textContent!);
      shown = index;
    };
    const queue = () => {
      if (!queued) requestAnimationFrame(update);
      queued = true;
    };
    addEventListener('scroll', queue, { passive: true });
    addEventListener('resize', queue);
    nav.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) details.open = false;
    });
    nav.classList.add('live');
    // In the next frame, where the browser lays the page out anyway: reading positions now would
    // force that layout inside this script's task (a long task on a slow phone).
    queue();
  }
}

customElements.define('kb-toc', KbToc);
