// Counts down to the live room's opening on the join page, worded by the browser in the page's language, and
// reloads the page when the room opens (the reload lands in the room). The server sends the seconds left rather than
// a moment, so a browser whose clock is off still opens the room on time; the page's meta refresh does the same
// without JavaScript.
const box = document.getElementById('countdown');
if (box) {
  const opens = performance.now() + Number(box.dataset.seconds) * 1000;
  const out = box.querySelector('dd');
  const words = new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, { numeric: 'auto' });
  let timer;
  const show = () => {
    const seconds = Math.ceil((opens - performance.now()) / 1000);
    if (seconds <= 0) {
      clearInterval(timer);
      location.reload();
      return;
    }
    const units = [['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];
    const [unit, size] = units.find(([, s]) => seconds >= s) || units[3];
    out.textContent = words.format(Math.floor(seconds / size), unit);
    box.hidden = false;
  };
  timer = setInterval(show, 1000);
  show();
}
