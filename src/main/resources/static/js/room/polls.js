// Polls: the live poll in a banner above the tabs, answered in place (vote once, then "thank you"), with the time
// left when the moderator launched it with a limit (the server closes it; the countdown only shows it); results as
// bars with their percentages in words once the moderator reveals them, closed polls, and for moderators
// preparing, launching (with an optional time limit), revealing, closing and deleting.
// Count updates ("poll.tally", about once a second) change the numbers in place, never the voting form.
import { button, countDown, element, fill } from './dom.js';
const MAX_OPTIONS = 10;

export default function create(room) {
  const panel = document.getElementById('panel-polls');
  const live = document.getElementById('poll-live');
  const banner = document.getElementById('live-banner');
  const countdown = document.getElementById('poll-countdown');
  const liveNote = document.getElementById('poll-live-note');
  const closedList = document.getElementById('poll-closed');
  const draftList = document.getElementById('poll-drafts');
  const form = document.getElementById('poll-form');
  const polls = new Map();
  let mine = new Map();
  const noneText = liveNote.textContent.trim();
  // The server's clock minus this device's, from the snapshot: the countdown follows the server's time.
  let skew = 0;
  let showBanner = false;

  function t(name, ...args) {
    return fill(panel.dataset[name] || name, ...args);
  }

  // The results as a list: each option's label, percentage and count in words, and a bar for the eye.
  function bars(poll) {
    const list = element('ul', 'bars');
    const chosen = mine.get(poll.id) || [];
    for (const option of poll.options) {
      const votes = option.votes || 0;
      const percent = poll.ballots ? Math.round((100 * votes) / poll.ballots) : 0;
      const item = element('li');
      const line = element('p', 'bar-line');
      line.append(element('span', '', t('result', option.label, percent, votes)));
      if (chosen.includes(option.id)) line.append(element('strong', '', t('yourChoice')));
      const fill = element('div', 'bar-fill');
      fill.setAttribute('aria-hidden', 'true');
      fill.style.width = percent + '%';
      item.append(line, fill);
      list.append(item);
    }
    return list;
  }

  function showsResults(poll) {
    return poll.options.some((option) => option.votes !== undefined);
  }

  // The numbers part of a poll: "Votes: N", and the bars where the reader may see them. Replaced on every tally.
  function numbers(poll) {
    const box = element('div', 'poll-numbers');
    box.append(element('p', 'ballots', t('ballots', poll.ballots)));
    if (showsResults(poll)) {
      if (!poll.revealed) box.append(element('p', 'hint', t('staffCounts')));
      box.append(bars(poll));
    } else if (poll.state === 'ACTIVE') {
      box.append(element('p', 'hint', t('hidden')));
    } else if (poll.state === 'CLOSED') {
      // Closed and never revealed: no promise of results that may never come.
      box.append(element('p', 'hint', t('notShared')));
    }
    return box;
  }

  function staffTools(poll) {
    const tools = element('p', 'tools');
    const act = (type) => () => room.send(type, { id: poll.id }).catch((failure) => report(tools, failure));
    if (poll.state === 'DRAFT') {
      const timer = element('p', 'poll-timer');
      const seconds = element('input');
      seconds.type = 'number';
      seconds.inputMode = 'numeric';
      seconds.min = 3;
      seconds.max = 3600;
      seconds.id = 'poll-timer-' + poll.id;
      const label = element('label', '', t('timer'));
      label.htmlFor = seconds.id;
      timer.append(label, seconds);
      // the one who launched it is shown the banner, where the counts come in
      const launch = () => room.send('poll.launch', { id: poll.id, seconds: seconds.value === '' ? null : Number(seconds.value) })
        .then(() => { showBanner = true; renderLive(false); }, (failure) => report(tools, failure));
      tools.append(timer, button(t('launch'), '', launch));
    }
    if (poll.state !== 'DRAFT' && !poll.revealed) tools.append(button(t('reveal'), '', act('poll.reveal')));
    if (poll.state === 'ACTIVE') tools.append(button(t('close'), '', act('poll.close')));
    if (poll.state !== 'ACTIVE') tools.append(button(t('delete'), 'link', act('poll.delete')));
    return tools;
  }

  function report(near, failure) {
    let error = near.parentNode.querySelector('.field-error');
    if (!error) {
      error = element('p', 'field-error');
      error.setAttribute('aria-live', 'assertive');
      near.after(error);
    }
    error.textContent = failure.message;
  }

  function voteForm(poll) {
    const voteForm = element('form', 'poll-vote');
    voteForm.noValidate = true;
    const fieldset = element('fieldset');
    fieldset.append(element('legend', '', poll.question));
    const hintId = 'poll-hint-' + poll.id;
    const hint = element('p', 'hint', poll.multiple ? t('several') : t('single'));
    hint.id = hintId;
    fieldset.append(hint);
    for (const option of poll.options) {
      const line = element('p', 'check');
      const input = element('input');
      input.type = poll.multiple ? 'checkbox' : 'radio';
      input.name = 'poll-' + poll.id;
      input.value = option.id;
      input.id = 'poll-' + poll.id + '-option-' + option.id;
      input.setAttribute('aria-describedby', hintId);
      const label = element('label', '', option.label);
      label.htmlFor = input.id;
      line.append(input, label);
      fieldset.append(line);
    }
    const submit = element('button', '', t('vote'));
    submit.type = 'submit';
    const error = element('p', 'field-error');
    error.setAttribute('aria-live', 'assertive');
    voteForm.append(fieldset, submit, error);
    voteForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const options = [...voteForm.querySelectorAll('input:checked')].map((input) => Number(input.value));
      submit.disabled = true;
      room.send('poll.vote', { id: poll.id, options })
        .then((result) => {
          mine.set(poll.id, result.options);
          renderLive(true);
        }, (failure) => { error.textContent = failure.message; })
        .finally(() => { submit.disabled = false; });
    });
    return voteForm;
  }

  // The live poll, rebuilt only when its shape changes (launched, voted, revealed, closed), so a half-filled form
  // is never lost to a count update.
  let liveShape = '';
  function renderLive(focusThanks) {
    const poll = [...polls.values()].find((p) => p.state === 'ACTIVE');
    banner.hidden = !poll;
    if (poll && showBanner) {
      showBanner = false;
      banner.scrollIntoView({ block: 'nearest' });
    }
    liveNote.textContent = poll ? liveNote.dataset.above : noneText;
    tick(poll);
    const shape = poll ? [poll.id, mine.has(poll.id), poll.revealed, showsResults(poll)].join(':') : '';
    if (shape === liveShape) {
      if (poll) live.querySelector('.poll-numbers').replaceWith(numbers(poll));
      return;
    }
    liveShape = shape;
    live.replaceChildren();
    if (!poll) return;
    if (mine.has(poll.id)) {
      live.append(element('p', 'poll-question', poll.question));
      const thanks = element('p', 'success', t('thanks'));
      thanks.tabIndex = -1;
      live.append(thanks);
      if (focusThanks) thanks.focus();
    } else {
      live.append(voteForm(poll));
    }
    live.append(numbers(poll));
    if (room.me.staff) live.append(staffTools(poll));
  }

  // "Closes in 0:42" under the banner's title while a timed poll is live.
  function tick(poll) {
    countDown(countdown, poll && poll.closesAt, skew, panel.dataset.closesIn, panel.dataset.closing);
  }

  function item(poll) {
    const entry = element('li', 'poll-item');
    entry.id = 'poll-' + poll.id;
    const head = element('p', 'poll-question', poll.question);
    head.append(' ', element('span', 'tag', poll.state === 'DRAFT' ? t('draft') : t('closed')));
    entry.append(head);
    if (poll.state === 'DRAFT') {
      const options = element('ul');
      poll.options.forEach((option) => options.append(element('li', '', option.label)));
      entry.append(options);
    } else {
      entry.append(numbers(poll));
    }
    if (room.me.staff) entry.append(staffTools(poll));
    return entry;
  }

  function render() {
    renderLive(false);
    const sorted = [...polls.values()].sort((a, b) => b.id - a.id);
    closedList.replaceChildren(...sorted.filter((p) => p.state === 'CLOSED').map(item));
    if (draftList) draftList.replaceChildren(...sorted.filter((p) => p.state === 'DRAFT').reverse().map(item));
  }

  function tally(data) {
    const poll = polls.get(data.id);
    if (!poll || data.ballots < poll.ballots) return; // a late tally from another node: counts only grow
    poll.ballots = data.ballots;
    if (data.options) {
      const votes = new Map(data.options.map((option) => [option.id, option.votes]));
      poll.options.forEach((option) => { option.votes = votes.get(option.id) || 0; });
    }
    if (poll.state === 'ACTIVE') {
      renderLive(false);
    } else {
      const entry = document.getElementById('poll-' + poll.id);
      if (entry) entry.querySelector('.poll-numbers').replaceWith(numbers(poll));
    }
  }

  if (form) {
    const optionsBox = document.getElementById('poll-options');
    const addOption = document.getElementById('poll-add-option');
    const error = document.getElementById('poll-error');
    const note = document.getElementById('poll-note');
    const addInput = () => {
      const n = optionsBox.querySelectorAll('input').length + 1;
      const line = element('p');
      const input = element('input');
      input.id = 'poll-option-' + n;
      input.maxLength = 200;
      const label = element('label', '', t('option', n));
      label.htmlFor = input.id;
      line.append(label, input);
      optionsBox.append(line);
      addOption.hidden = n >= MAX_OPTIONS;
      return input;
    };
    for (let i = 0; i < 4; i++) addInput();
    addOption.addEventListener('click', () => addInput().focus());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const submit = form.querySelector('button[type=submit]');
      submit.disabled = true;
      note.textContent = '';
      room.send('poll.create', {
        question: document.getElementById('poll-question').value,
        multiple: document.getElementById('poll-multiple').checked,
        options: [...optionsBox.querySelectorAll('input')].map((input) => input.value),
      }).then(() => {
        form.reset();
        error.textContent = '';
        note.textContent = t('saved');
      }, (failure) => { error.textContent = failure.message; })
        .finally(() => { submit.disabled = false; });
    });
  }

  return {
    name: 'polls',
    reset(snapshot) {
      polls.clear();
      if (snapshot.polls.now) skew = Date.parse(snapshot.polls.now) - Date.now();
      snapshot.polls.polls.forEach((poll) => polls.set(poll.id, poll));
      mine = new Map(Object.entries(snapshot.polls.mine).map(([id, options]) => [Number(id), options]));
      liveShape = null;
      render();
    },
    apply(frame) {
      const data = frame.data;
      switch (frame.kind) {
        case 'poll': {
          const before = polls.get(data.id);
          if (data.gone) {
            polls.delete(data.id);
          } else {
            polls.set(data.id, data);
            if (data.state === 'ACTIVE' && (!before || before.state !== 'ACTIVE')) {
              const seconds = data.closesAt ? Math.round((Date.parse(data.closesAt) - Date.now() - skew) / 1000) : 0;
              room.announce(seconds > 0 ? t('announceTimed', data.question, seconds) : t('announce', data.question));
            }
          }
          render();
          break;
        }
        case 'poll.tally':
          tally(data);
          break;
        case 'poll.ballot':
          mine.set(data.id, data.options);
          render();
          break;
        default:
      }
    },
  };
}
