// What everyone has beside the panels: emoji reactions (counts for the whole room arrive at most once a second and
// are shown briefly), raising one's hand, and what moderators decided about oneself (muted, removed, a new role).
const SHOW_MILLIS = 4000;
const EMOJI = { clap: '👏', thumbsUp: '👍', heart: '❤️', laugh: '😂', wow: '😮', think: '🤔' };

export default function createSignals(room) {
  const bar = document.getElementById('room-signals');
  if (!bar) return { reset() {}, apply() {} };
  const texts = bar.dataset;
  const notice = document.getElementById('signals-notice');
  const counts = document.getElementById('reaction-counts');
  const hand = document.getElementById('hand-toggle');
  const error = document.getElementById('signals-error');
  let raised = false;
  let hideTimer = null;

  function showHand(value) {
    raised = value;
    hand.classList.toggle('raised', value);
    hand.textContent = value ? texts.lower : texts.raise;
  }

  function tell(text) {
    notice.textContent = text;
    notice.hidden = !text;
  }

  function showReactions(sums) {
    counts.replaceChildren();
    for (const [name, count] of Object.entries(sums)) {
      if (!EMOJI[name]) continue;
      const item = document.createElement('span');
      item.className = 'reaction-count';
      item.textContent = EMOJI[name] + ' ' + count;
      counts.append(item);
    }
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => counts.replaceChildren(), SHOW_MILLIS);
  }

  // After removal nothing on the page can be used any more; the notice says why: a moderator, or the person's
  // registration that was cancelled, rejected or erased.
  const REASONS = { cancelled: 'removedCancelled', rejected: 'removedRejected', erased: 'removedErased' };

  function removed(reason) {
    tell(texts[REASONS[reason]] || texts.removed);
    document.querySelectorAll('#main form, #main button, #main textarea, #main input, #main select')
      .forEach((control) => { control.disabled = true; });
  }

  bar.querySelector('.reactions').addEventListener('click', (event) => {
    const choice = event.target.closest('button[data-reaction]');
    if (!choice) return;
    room.send('reaction.send', { reaction: choice.dataset.reaction })
      .then(() => { error.textContent = ''; }, (failure) => { error.textContent = failure.message; });
  });

  hand.addEventListener('click', () => {
    hand.disabled = true;
    room.send(raised ? 'hand.lower' : 'hand.raise').then((answer) => {
      showHand(answer.raised);
      error.textContent = answer.raised ? texts.raised : '';
    }, (failure) => { error.textContent = failure.message; }).finally(() => { hand.disabled = false; });
  });

  return {
    reset(snapshot) {
      showHand(Boolean(snapshot.you.handRaised));
      room.me.muted = snapshot.you.muted;
      tell(snapshot.you.muted ? texts.muted : '');
    },
    apply(frame) {
      switch (frame.kind) {
        case 'reactions':
          showReactions(frame.data.counts);
          break;
        case 'you.hand':
          if (raised && !frame.data.raised && frame.data.by !== room.me.id) error.textContent = texts.loweredByStaff;
          showHand(frame.data.raised);
          break;
        case 'you.muted':
          room.me.muted = true;
          tell(texts.muted);
          break;
        case 'you.unmuted':
          room.me.muted = false;
          tell(texts.unmuted);
          break;
        case 'you.removed':
          removed(frame.data && frame.data.reason);
          break;
        case 'you.role':
          // The page differs by role (staff get the moderation panel): load it again as the new role.
          tell(texts.role);
          setTimeout(() => location.reload(), 1500);
          break;
        default:
      }
    },
  };
}
