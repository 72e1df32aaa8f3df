// The "change your name" form in the room's header.
export default function create(room) {
  const form = document.getElementById('profile-form');
  const name = document.getElementById('profile-name');
  const card = document.getElementById('profile-card');
  const result = document.getElementById('profile-result');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    room.send('me.rename', { name: name.value, showCard: card.checked })
      .then((saved) => {
        name.value = saved.name;
        result.textContent = form.dataset.saved;
      }, (failure) => { result.textContent = failure.message; });
  });
  return { name: 'profile', reset() {}, apply() {} };
}
