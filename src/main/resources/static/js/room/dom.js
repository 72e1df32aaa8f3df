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

// "Closes in 0:42" in `node`, once a second until `closesAt` (an instant; none hides it), on the server's clock:
// `skew` is the server's time minus this device's. The server closes what runs out; this only shows the time left.
export function countDown(node, closesAt, skew, closesIn, closing) {
  clearTimeout(node.countDownTimer);
  node.hidden = !closesAt;
  if (node.hidden) return;
  const ms = Date.parse(closesAt) - Date.now() - skew;
  const left = Math.max(0, Math.ceil(ms / 1000));
  const clock = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
  node.textContent = left > 0 ? fill(closesIn, clock) : fill(closing);
  node.classList.toggle('ending', left <= 10);
  if (left > 0) {
    node.countDownTimer = setTimeout(() => countDown(node, closesAt, skew, closesIn, closing), ms - (left - 1) * 1000 + 20);
  }
}
