// Statements (Pol.is style): one statement at a time to answer agree / disagree / pass, the answers given so far
// (each can be changed), a form to propose a statement, and for staff the pending ones to accept or reject and the
// vote counts on request. Votes travel only to the server: nobody else is sent a frame for them. Staff also see the
// live opinion map (opinionmap.js, loaded when the first map arrives) and may show it to everyone. While a
// moderator runs a statement round, the same next statement is also in a banner above the tabs (statementround.js).
import { button, element, fill } from './dom.js';
import createRound from './statementround.js';
export default function create(room) {
  const panel = document.getElementById('panel-statements');
  const texts = panel.dataset;
  const progress = document.getElementById('statement-progress');
  const current = document.getElementById('statement-text');
  const votesBox = document.getElementById('statement-votes');
  const done = document.getElementById('statement-done');
  const none = document.getElementById('statement-none');
  const error = document.getElementById('statement-error');
  const mine = document.getElementById('statement-mine');
  const voted = document.getElementById('statement-voted');
  const form = document.getElementById('statement-form');
  const input = document.getElementById('statement-input');
  const result = document.getElementById('statement-result');
  const pending = document.getElementById('statement-pending');
  const pendingNone = document.getElementById('statement-pending-none');
  const accepted = document.getElementById('statement-accepted');
  const countsButton = document.getElementById('statement-counts');
  const voters = document.getElementById('statement-voters');
  const statements = new Map();
  let votes = {};
  let counts = {};
  let unread = 0;
  const mapSection = document.getElementById('opinion-map');
  const mapShare = document.getElementById('opinion-map-share');
  const mapStatus = document.getElementById('opinion-map-status');
  const map = { shared: false, data: null, view: null };

  function acceptedOnes() {
    return [...statements.values()].filter((s) => s.status === 'ACCEPTED').sort((a, b) => a.id - b.id);
  }

  // The oldest accepted statement the viewer has not answered.
  function next() {
    return acceptedOnes().find((s) => !votes[s.id]);
  }

  function showCurrent() {
    const all = acceptedOnes();
    const answered = all.filter((s) => votes[s.id]).length;
    const statement = next();
    current.textContent = statement ? statement.text : '';
    current.dataset.id = statement ? statement.id : '';
    votesBox.hidden = !statement;
    progress.textContent = all.length ? fill(texts.progress, answered, all.length) : '';
    done.hidden = !(all.length && !statement);
    none.hidden = all.length > 0;
  }

  function showVoted() {
    const answered = acceptedOnes().filter((s) => votes[s.id]);
    mine.hidden = answered.length === 0;
    voted.replaceChildren(...answered.map((statement) => {
      const item = element('li');
      item.append(element('p', 'statement-text', statement.text));
      const choices = element('div', 'statement-votes');
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-label', statement.text);
      for (const choice of ['agree', 'disagree', 'pass']) {
        const option = button(texts[choice], 'secondary', () => vote(statement.id, choice));
        option.setAttribute('aria-pressed', votes[statement.id] === choice);
        choices.append(option);
      }
      item.append(choices);
      return item;
    }));
  }

  function staffItem(statement) {
    const item = element('li');
    item.append(element('p', 'statement-text', statement.text));
    const meta = [];
    if (statement.author) meta.push(fill(texts.by, statement.author.name));
    const count = counts[statement.id];
    if (statement.status === 'ACCEPTED' && count) meta.push(fill(texts.counts, count.agree, count.disagree, count.pass));
    if (meta.length) item.append(element('p', 'statement-meta', meta.join(' · ')));
    const tools = element('p', 'tools');
    const decide = (type) => room.send(type, { id: statement.id }).catch((f) => { error.textContent = f.message; });
    if (statement.status === 'PENDING') tools.append(button(texts.accept, '', () => decide('statement.accept')));
    tools.append(button(statement.status === 'PENDING' ? texts.reject : texts.remove, 'secondary',
      () => decide('statement.reject')));
    item.append(tools);
    return item;
  }

  function showStaff() {
    if (!pending) return;
    const all = [...statements.values()].sort((a, b) => a.id - b.id);
    const waiting = all.filter((s) => s.status === 'PENDING');
    pending.replaceChildren(...waiting.map(staffItem));
    pendingNone.hidden = waiting.length > 0;
    accepted.replaceChildren(...all.filter((s) => s.status === 'ACCEPTED').map(staffItem));
    room.unread('panel-statements', room.isShown('panel-statements') ? 0 : waiting.length);
  }

  // The round's banner answers the same statements in the same order as the card here.
  const round = createRound(room, {
    next,
    progress: () => { const all = acceptedOnes(); return [all.filter((s) => votes[s.id]).length, all.length]; },
    vote: (id, choice) => room.send('statement.vote', { id, vote: choice }).then(() => { votes[id] = choice; render(); }),
  });

  function render() {
    showCurrent();
    showVoted();
    showStaff();
    round.render();
  }

  function vote(id, choice) {
    error.textContent = '';
    return room.send('statement.vote', { id, vote: choice }).then(() => {
      const wasCurrent = String(current.dataset.id) === String(id);
      votes[id] = choice;
      render();
      if (wasCurrent && next()) current.focus();
    }, (failure) => { error.textContent = failure.message; });
  }

  votesBox.addEventListener('click', (event) => {
    const choice = event.target.closest('button[data-vote]');
    if (choice && current.dataset.id) vote(Number(current.dataset.id), choice.dataset.vote);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const send = form.querySelector('button[type=submit]');
    send.disabled = true;
    room.send('statement.submit', { text }).then((answer) => {
      input.value = '';
      result.textContent = answer.status === 'PENDING' ? texts.held : texts.published;
    }, (failure) => { result.textContent = failure.message; }).finally(() => { send.disabled = false; });
  });

  if (countsButton) {
    countsButton.addEventListener('click', () => room.send('statement.counts').then((answer) => {
      counts = {};
      answer.counts.forEach((count) => { counts[count.id] = count; });
      voters.textContent = fill(texts.voters, answer.voters);
      showStaff();
    }, (failure) => { error.textContent = failure.message; }));
  }

  // Staff always see the map's place; everyone else only while the host shares it and a map has come.
  function showMap() {
    if (!room.me.staff && !map.shared) map.data = null;
    mapSection.hidden = !room.me.staff && !map.data;
    document.getElementById('opinion-map-waiting').hidden = Boolean(map.data);
    document.getElementById('opinion-map-drawing').hidden = !map.data;
    document.getElementById('opinion-map-text').hidden = !map.data;
    if (mapShare) {
      mapShare.setAttribute('aria-pressed', map.shared);
      mapStatus.textContent = map.shared ? mapSection.dataset.sharedStatus : mapSection.dataset.staffStatus;
    }
    if (!map.data) return;
    map.view = map.view || import('./opinionmap.js').then((module) => module.default(room, mapSection));
    map.view.then((view) => { if (map.data) view.show(map.data); });
  }

  if (mapShare) {
    mapShare.addEventListener('click', () => room.send('opinionMap.share', { shared: !map.shared })
      .then((answer) => { map.shared = answer.shared; showMap(); }, (failure) => { error.textContent = failure.message; }));
  }

  return {
    name: 'statements',
    reset(snapshot) {
      statements.clear();
      snapshot.statements.items.forEach((s) => statements.set(s.id, s));
      votes = Object.assign({}, snapshot.statements.votes);
      round.reset(snapshot.statements.round, snapshot.statements.now);
      render();
      map.shared = snapshot.opinionMap.shared;
      map.data = snapshot.opinionMap.map;
      showMap();
    },
    apply(frame) {
      if (frame.kind === 'opinionMap' || frame.kind === 'opinionMap.shared') {
        if (frame.kind === 'opinionMap') map.data = frame.data; else map.shared = frame.data.shared;
        if (frame.kind === 'opinionMap' && !room.me.staff) map.shared = true;
        showMap();
        return;
      }
      if (frame.kind === 'statement.round' || frame.kind === 'statement.round.tally') {
        round.apply(frame);
        return;
      }
      if (frame.kind !== 'statement') return;
      const statement = frame.data;
      const visible = statement.status === 'ACCEPTED' || (room.me.staff && statement.status === 'PENDING');
      const isNew = !statements.has(statement.id) && statement.status === 'ACCEPTED';
      if (visible) statements.set(statement.id, statement); else statements.delete(statement.id);
      render();
      if (isNew && !room.me.staff) {
        if (room.isShown('panel-statements')) unread = 0; else room.unread('panel-statements', ++unread);
      }
    },
  };
}
