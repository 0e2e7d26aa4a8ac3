/** <kb-code-copy>: a copy button on every code block of the page (the code stays usable without it). */
class KbCodeCopy extends HTMLElement {
  connectedCallback() {
    const { copy, copied } = this.dataset;
    for (const figure of document.querySelectorAll('.code-block')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-code';
      button.textContent = copy!;
      button.addEventListener('click', async () => {
        await navigator.clipboard.writeText(figure.querySelector('pre')!.innerText);
        button.textContent = copied!;
        setTimeout(() => (button.textContent = copy!), 2000);
      });
      figure.append(button);
    }
  }
}

customElements.define('kb-code-copy', KbCodeCopy);
