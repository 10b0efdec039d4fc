/**
 * The report page's only script: clicking a fact, statement, summary sentence or timeline entry
 * highlights its evidence in every article and scrolls each column to it. Without it the same
 * links jump to the first evidence, so the page reads the same with scripts off.
 */
export const REPORT_SCRIPT = `
(() => {
  const clear = () =>
    document.querySelectorAll('.focus, .selected').forEach((element) => {
      element.classList.remove('focus', 'selected');
    });
  const select = (trigger) => {
    const ref = trigger.getAttribute('data-select');
    clear();
    trigger.classList.add('selected');
    const marks = [...document.querySelectorAll('mark[data-ref]')].filter((mark) =>
      mark.getAttribute('data-ref').split(' ').includes(ref),
    );
    const scrolled = new Set();
    for (const mark of marks) {
      mark.classList.add('focus');
      const text = mark.closest('.article-text');
      if (text && !scrolled.has(text)) {
        scrolled.add(text);
        text.scrollTop = Math.max(0, mark.offsetTop - 48);
      }
    }
    const first = marks.length ? marks[0].closest('.article-column') : null;
    if (first) first.scrollIntoView({ behavior: 'smooth', block: 'start', inline: 'nearest' });
  };
  document.addEventListener('click', (event) => {
    const trigger = event.target instanceof Element && event.target.closest('[data-select]');
    if (!trigger) return;
    event.preventDefault();
    select(trigger);
  });
})();
`;
