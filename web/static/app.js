/* global document, CSS */
// A little help on top of pages that work without it: layer switches, filters that apply at
// once, and highlighting in the text what the side lists point at.

const articleText = document.querySelector('.article-text');

for (const form of document.querySelectorAll('form.layers')) {
  form.hidden = false;
  form.addEventListener('change', (event) => {
    const box = event.target;
    if (articleText && box.dataset.layer)
      articleText.classList.toggle(`hide-${box.dataset.layer}`, !box.checked);
  });
}

for (const select of document.querySelectorAll('select[data-autosubmit]')) {
  select.addEventListener('change', () => select.form?.requestSubmit());
}

function light(selector, on) {
  if (!articleText) return;
  for (const element of articleText.querySelectorAll(selector)) element.classList.toggle('lit', on);
}

for (const link of document.querySelectorAll('.annotations [data-entity]')) {
  const selector = `[data-entity="${CSS.escape(link.dataset.entity)}"], [data-speaker="${CSS.escape(link.dataset.entity)}"]`;
  for (const [event, on] of [
    ['mouseenter', true],
    ['mouseleave', false],
    ['focus', true],
    ['blur', false],
  ])
    link.addEventListener(event, () => light(selector, on));
}

for (const link of document.querySelectorAll('.annotations [data-quote]')) {
  link.addEventListener('click', () => {
    light('.lit', false);
    const quote = document.getElementById(link.dataset.quote);
    if (quote) {
      quote.classList.add('lit');
      quote.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  });
}
