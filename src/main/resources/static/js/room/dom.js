// Small helpers every room panel uses to build its parts: user text only ever goes in as text.

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label, className, action) {
  const node = element('button', className, label);
  node.type = 'button';
  node.addEventListener('click', action);
  return node;
}

// A translated text with {0}, {1}… filled in ('' is how the bundles write an apostrophe next to arguments).
export function fill(template, ...args) {
  let text = (template || '').replace(/''/g, "'");
  args.forEach((arg, i) => { text = text.replace('{' + i + '}', arg); });
  return text;
}
