// "Select everyone on this page" on the registrations list: a checkbox in the table's heading that ticks or clears
// every row's box. Without JavaScript it stays hidden and each row is ticked on its own.
const all = document.getElementById('pick-all');
if (all) {
  const boxes = () => [...document.querySelectorAll('input[type=checkbox][name=id][form=bulk]')];
  all.hidden = false;
  all.addEventListener('change', () => boxes().forEach((box) => { box.checked = all.checked; }));
  document.addEventListener('change', (event) => {
    if (event.target !== all && event.target.matches('input[name=id][form=bulk]')) {
      const ticked = boxes().filter((box) => box.checked).length;
      all.checked = ticked === boxes().length;
      all.indeterminate = ticked > 0 && ticked < boxes().length;
    }
  });
}
