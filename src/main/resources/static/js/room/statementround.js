// The statement round: while a moderator runs one, a banner above the tabs (next to the live poll) shows everyone
// the next statement they have not answered, with agree / disagree / pass answered in place, then the next one;
// with the time left when the round has a limit (the server ends it; the countdown only shows it). Staff see the
// round's answers so far ("statement.round.tally", about once a second), end it there, and start one from the
// statements tab. The statements and the viewer's answers stay statements.js's: it passes what the banner needs.
import { countDown, fill } from './dom.js';

export default function create(room, statements) {
  const banner = document.getElementById('statement-banner');
  const texts = banner.dataset;
  const countdown = document.getElementById('statement-round-countdown');
  const progress = document.getElementById('statement-round-progress');
  const current = document.getElementById('statement-round-text');
  const votesBox = document.getElementById('statement-round-votes');
  const done = document.getElementById('statement-round-done');
  const error = document.getElementById('statement-round-error');
  const counts = document.getElementById('statement-round-counts');
  const closeButton = document.getElementById('statement-round-close');
  const launchButton = document.getElementById('statement-round-launch');
  const seconds = document.getElementById('statement-round-seconds');
  const launchError = document.getElementById('statement-round-launch-error');
  const running = document.getElementById('statement-round-running');
  let round = null;
  let skew = 0;

  function showCounts() {
    if (counts && round) counts.textContent = fill(texts.counts, round.votes || 0, round.voters || 0);
  }

  function render() {
    banner.hidden = !round;
    if (launchButton) {
      launchButton.hidden = Boolean(round);
      document.getElementById('statement-round-timer').hidden = Boolean(round);
      running.hidden = !round;
    }
    countDown(countdown, round && round.closesAt, skew, texts.closesIn, texts.closing);
    if (!round) return;
    const statement = statements.next();
    const [answered, all] = statements.progress();
    current.textContent = statement ? statement.text : '';
    current.dataset.id = statement ? statement.id : '';
    current.hidden = !statement;
    votesBox.hidden = !statement;
    progress.textContent = all ? fill(texts.progress, answered, all) : '';
    done.hidden = Boolean(statement) || !all;
    showCounts();
  }

  // After an answer in the banner, the keyboard stays in it: on the next statement, or on "thank you".
  votesBox.addEventListener('click', (event) => {
    const choice = event.target.closest('button[data-vote]');
    if (!choice || !current.dataset.id) return;
    error.textContent = '';
    statements.vote(Number(current.dataset.id), choice.dataset.vote).then(() => {
      if (!round) return;
      (current.dataset.id ? current : done).focus();
    }, (failure) => { error.textContent = failure.message; });
  });

  if (launchButton) {
    launchButton.addEventListener('click', () => {
      launchError.textContent = '';
      room.send('statement.round.launch', { seconds: seconds.value === '' ? null : Number(seconds.value) })
        .then(() => { seconds.value = ''; banner.scrollIntoView({ block: 'nearest' }); },
          (failure) => { launchError.textContent = failure.message; });
    });
    closeButton.addEventListener('click', () => room.send('statement.round.close')
      .catch((failure) => { error.textContent = failure.message; }));
  }

  return {
    render,
    reset(snapshotRound, now) {
      if (now) skew = Date.parse(now) - Date.now();
      round = snapshotRound && snapshotRound.state === 'RUNNING' ? snapshotRound : null;
      render();
    },
    apply(frame) {
      const data = frame.data;
      if (frame.kind === 'statement.round') {
        const started = data.state === 'RUNNING' && (!round || round.id !== data.id);
        if (data.state === 'RUNNING') round = data; else if (!round || round.id === data.id) round = null;
        if (started) room.announce(texts.announce);
        render();
      } else if (frame.kind === 'statement.round.tally' && round && round.id === data.id
          && data.votes >= (round.votes || 0)) {
        round.votes = data.votes;
        round.voters = data.voters;
        showCounts();
      }
    },
  };
}
