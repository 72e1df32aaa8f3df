// Counts down to the event's start on the join page, worded by the browser in the page's language.
const box = document.getElementById('countdown');
if (box) {
  const start = Date.parse(box.dataset.start);
  const out = box.querySelector('dd');
  const words = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, { numeric: 'auto' });
  const show = () => {
    const seconds = Math.round((start - Date.now()) / 1000);
    if (seconds <= 0) {
      box.hidden = true;
      return;
    }
    const units = [['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
    const [unit, size] = units.find(([, s]) => seconds >= s) || units[3];
    out.textContent = words.format(Math.floor(seconds / size), unit);
    box.hidden = false;
  };
  show();
  setInterval(show, 1000);
}
