// Shows the event's time in the reader's own time zone, with the zone's name, in the page's language.
// Without JavaScript the page already shows the event's zone and UTC.
const box = document.getElementById('your-time');
if (box && window.Intl) {
  const lang = document.documentElement.lang || undefined;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const start = new Date(box.dataset.start);
  const end = new Date(box.dataset.end);
  const date = new Intl.DateTimeFormat(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: zone });
  // The language's short time style, the one the server's formatter uses: 8:34 AM in English, 08:34 in Dutch
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: zone });
  const zoneName = (d) => new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(d).find((part) => part.type === 'timeZoneName')?.value || zone;
  const sameDay = date.format(start) === date.format(end);
  const text = sameDay
    ? `${date.format(start)}, ${time.format(start)} – ${time.format(end)} (${zoneName(start)})`
    : `${date.format(start)}, ${time.format(start)} – ${date.format(end)}, ${time.format(end)} (${zoneName(end)})`;
  box.querySelector('dd').textContent = `${text} ${zone}`;
  box.hidden = false;
}
