// Pre-selects the visitor's own time zone on a freshly shown form; without JavaScript the event's zone stays chosen.
const select = document.querySelector('select[data-browser-zone]');
if (select) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && Array.from(select.options).some((option) => option.value === zone)) {
    select.value = zone;
  }
}
