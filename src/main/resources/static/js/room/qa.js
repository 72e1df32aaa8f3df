// Questions: asking (optionally anonymous), upvoting (a toggle), sorting by votes or time, and for moderators
// approving, answering, dismissing, reopening, merging, pinning and deleting. Each question keeps its element, which
// is updated in place and moved when the order changes, so keyboard focus survives the room's updates.
import { button, element, fill } from './dom.js';
export default function create(room) {
  const panel = document.getElementById('panel-qa');
  const form = document.getElementById('qa-form');
  const input = document.getElementById('qa-text');
  const anonymous = document.getElementById('qa-anonymous');
  const error = document.getElementById('qa-error');
  const note = document.getElementById('qa-note');
  const none = document.getElementById('qa-none');
  const pinnedBox = document.getElementById('qa-pinned');
  const lists = {
    open: document.getElementById('qa-open'),
    answered: document.getElementById('qa-answered'),
    pending: document.getElementById('qa-pending'),
    dismissed: document.getElementById('qa-dismissed'),
  };
  const questions = new Map();
  const items = new Map();
  let mine = new Set();
  let asked = new Set();
  let pinned = null;
  let sort = 'votes';
  let unread = 0;
  let scheduled = false;

  // A text from the panel's data-* attributes, with {0}, {1}… filled in.
  function t(name, ...args) {
    return fill(panel.dataset[name] || name, ...args);
  }

  function fail(failure) {
    error.textContent = failure && failure.message ? failure.message : String(failure);
  }

  function send(type, body) {
    error.textContent = '';
    return room.send(type, body).catch((failure) => { fail(failure); throw failure; });
  }

  function excerpt(text) {
    return text.length <= 120 ? text : text.slice(0, 119) + '…';
  }

  // The element of a question: made once, with every control it can need; update() shows the right ones.
  function make(id) {
    const item = element('li', 'qa-item');
    item.id = 'qa-' + id;
    const head = element('p', 'head');
    const who = element('span', 'who');
    const role = element('span', 'role');
    const card = element('span', 'card-line');
    const yours = element('span', 'tag', t('yours'));
    const time = element('time');
    head.append(who, role, card, yours, time);
    const text = element('p', 'text');
    const merged = element('p', 'hint merged');
    const tools = element('p', 'tools');
    const vote = button(t('upvote'), 'vote', () => {
      const up = !mine.has(id);
      send('qa.vote', { id, up }).then((result) => {
        if (result.voted) mine.add(id); else mine.delete(id);
        const question = questions.get(id);
        if (question) question.votes = result.votes;
        schedule();
      }, () => {});
    });
    // a toggle keeps its name; aria-pressed says whether it is on, and a visible word says it to the eye
    const upvoted = element('span', 'tag', t('upvoted'));
    upvoted.setAttribute('aria-hidden', 'true');
    const votes = element('span', 'votes');
    const badge = element('span', 'tag');
    tools.append(vote, upvoted, votes, badge);
    const controls = {};
    if (room.me.staff) {
      controls.approve = button(t('approve'), 'link', () => send('qa.approve', { id }).catch(() => {}));
      controls.answer = button(t('answer'), 'link', () => send('qa.answer', { id, live: false }).catch(() => {}));
      controls.answerLive = button(t('answerLive'), 'link', () => send('qa.answer', { id, live: true }).catch(() => {}));
      controls.dismiss = button(t('dismiss'), 'link', () => send('qa.dismiss', { id }).catch(() => {}));
      controls.reopen = button(t('reopen'), 'link', () => send('qa.reopen', { id }).catch(() => {}));
      controls.pin = button(t('pin'), 'link', () => send('qa.pin', { id }).catch(() => {}));
      controls.unpin = button(t('unpin'), 'link', () => send('qa.unpin', {}).catch(() => {}));
      controls.merge = button(t('merge'), 'link', () => openMerge());
      tools.append(...Object.values(controls));
    }
    controls.remove = button(t('delete'), 'link', () => send('qa.delete', { id }).catch(() => {}));
    tools.append(controls.remove);
    item.append(head, text, merged, tools);

    let mergeForm = null;
    function openMerge() {
      if (mergeForm) {
        mergeForm.remove();
        mergeForm = null;
        return;
      }
      mergeForm = element('p', 'qa-merge');
      const select = element('select');
      select.id = 'qa-merge-' + id;
      const label = element('label', '', t('mergeInto'));
      label.htmlFor = select.id;
      for (const other of questions.values()) {
        if (other.id === id || (other.state !== 'OPEN' && other.state !== 'ANSWERED')) continue;
        const option = element('option', '', '#' + other.id + ' ' + excerpt(other.text));
        option.value = other.id;
        select.append(option);
      }
      const go = button(t('merge'), '', () => send('qa.merge', { id, into: Number(select.value) })
        .then(() => { if (mergeForm) mergeForm.remove(); mergeForm = null; }, () => {}));
      go.disabled = select.options.length === 0;
      mergeForm.append(label, select, go);
      item.append(mergeForm);
      select.focus();
    }

    return { item, who, role, card, yours, time, text, merged, vote, upvoted, votes, badge, controls };
  }

  function update(parts, question) {
    const author = question.author;
    parts.who.textContent = author ? author.name : t('anonymousAuthor');
    parts.role.textContent = author && author.role !== 'ATTENDEE' ? room.roleLabel(author.role) : '';
    parts.role.hidden = !parts.role.textContent;
    const card = author ? [author.organisation, author.country].filter(Boolean).join(' · ') : '';
    parts.card.textContent = card;
    parts.card.hidden = !card;
    parts.yours.hidden = !asked.has(question.id);
    parts.time.textContent = room.time(question.at);
    parts.time.dateTime = question.at;
    parts.text.textContent = question.text;
    const merged = question.merged || [];
    parts.merged.textContent = merged.length ? t('merged', merged.map((m) => excerpt(m.text)).join(' · ')) : '';
    parts.merged.hidden = merged.length === 0;
    const open = question.state === 'OPEN';
    const voted = mine.has(question.id);
    parts.vote.hidden = !open;
    parts.vote.setAttribute('aria-pressed', String(voted));
    parts.upvoted.hidden = !voted;
    parts.votes.textContent = t('votes', question.votes);
    const badges = { ANSWERED: question.answeredLive ? t('answeredLive') : t('answered'), PENDING: t('awaiting') };
    parts.badge.textContent = badges[question.state] || '';
    parts.badge.hidden = !parts.badge.textContent;
    const c = parts.controls;
    const state = question.state;
    if (room.me.staff) {
      c.approve.hidden = state !== 'PENDING';
      c.answer.hidden = !['PENDING', 'OPEN'].includes(state);
      c.answerLive.hidden = !['PENDING', 'OPEN'].includes(state);
      c.dismiss.hidden = state === 'DISMISSED';
      c.reopen.hidden = !['ANSWERED', 'DISMISSED'].includes(state);
      c.pin.hidden = state !== 'OPEN' || pinned === question.id;
      c.unpin.hidden = pinned !== question.id;
      c.merge.hidden = state === 'DISMISSED';
    }
    c.remove.hidden = !room.me.staff && !asked.has(question.id);
    parts.item.classList.toggle('pinned', pinned === question.id);
  }

  function listFor(question) {
    if (question.state === 'PENDING') return room.me.staff ? lists.pending : lists.open;
    if (question.state === 'DISMISSED') return lists.dismissed;
    return question.state === 'ANSWERED' ? lists.answered : lists.open;
  }

  function order(a, b) {
    if (sort === 'votes' && a.votes !== b.votes) return b.votes - a.votes;
    return sort === 'votes' ? a.id - b.id : b.id - a.id;
  }

  // Renders at most once per animation frame, however many frames a batch brought.
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(render);
  }

  function render() {
    scheduled = false;
    const focused = document.activeElement;
    for (const [id, parts] of items) {
      if (!questions.has(id)) {
        parts.item.remove();
        items.delete(id);
      }
    }
    const sorted = [...questions.values()].sort(order);
    const filled = new Map(Object.values(lists).filter(Boolean).map((list) => [list, []]));
    for (const question of sorted) {
      const list = listFor(question);
      if (!list) continue;
      let parts = items.get(question.id);
      if (!parts) {
        parts = make(question.id);
        items.set(question.id, parts);
      }
      update(parts, question);
      filled.get(list).push(parts.item);
    }
    for (const [list, wanted] of filled) {
      wanted.forEach((item, i) => {
        if (list.children[i] !== item) list.insertBefore(item, list.children[i] || null);
      });
      while (list.children.length > wanted.length) list.lastElementChild.remove();
    }
    none.hidden = lists.open.children.length > 0;
    const current = pinned && questions.get(pinned);
    pinnedBox.hidden = !current;
    pinnedBox.querySelector('.text').textContent = current ? current.text : '';
    if (focused && panel.contains(focused) && document.activeElement !== focused && focused.isConnected) {
      focused.focus({ preventScroll: true });
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    note.textContent = '';
    send('qa.ask', { text, anonymous: anonymous.checked })
      .then((result) => {
        input.value = '';
        asked.add(result.id);
        if (result.question.state === 'PENDING') {
          note.textContent = t('sentForApproval');
          if (!questions.has(result.id)) questions.set(result.id, result.question);
        }
        schedule();
      }, () => {})
      .finally(() => { submit.disabled = false; });
  });
  panel.querySelectorAll('input[name=qa-sort]').forEach((radio) => radio.addEventListener('change', () => {
    sort = radio.value;
    schedule();
  }));

  return {
    name: 'qa',
    reset(snapshot) {
      const qa = snapshot.qa;
      questions.clear();
      qa.questions.forEach((question) => questions.set(question.id, question));
      mine = new Set(qa.mine);
      asked = new Set(qa.asked);
      pinned = qa.pinned;
      schedule();
    },
    apply(frame) {
      const data = frame.data;
      switch (frame.kind) {
        case 'qa.question': {
          if (data.gone) {
            questions.delete(data.id);
          } else {
            const before = questions.get(data.id);
            questions.set(data.id, data);
            if (data.state === 'OPEN' && (!before || before.state === 'PENDING')) {
              room.announce(t('announce', excerpt(data.text)));
              if (room.isShown('panel-qa')) unread = 0; else room.unread('panel-qa', ++unread);
            }
          }
          break;
        }
        case 'qa.votes': {
          const question = questions.get(data.id);
          if (question) question.votes = data.votes;
          break;
        }
        case 'qa.pin':
          pinned = data.id;
          break;
        case 'qa.mine':
          if (data.voted) mine.add(data.id); else mine.delete(data.id);
          break;
        default:
          return;
      }
      schedule();
    },
  };
}
