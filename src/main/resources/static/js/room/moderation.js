// Moderation: for everyone, the signals beside the panels (signals.js); for staff, the room's settings, raised
// hands, the people here (on request) with mute / remove / appoint, and for hosts personal invitation links.
import createSignals from './signals.js';
import { button, element, fill } from './dom.js';

export default function create(room) {
  const signals = createSignals(room);
  const panel = document.getElementById('panel-moderation');
  if (!panel) {
    return { name: 'moderation', reset: (snapshot) => signals.reset(snapshot), apply: (frame) => signals.apply(frame) };
  }
  const texts = panel.dataset;
  const host = texts.host === 'true';
  const settingsForm = document.getElementById('moderation-settings');
  const settingsResult = document.getElementById('moderation-settings-result');
  const handsList = document.getElementById('moderation-hands');
  const handsNone = document.getElementById('hands-none');
  const peopleList = document.getElementById('moderation-people');
  const peopleSummary = document.getElementById('people-summary');
  const error = document.getElementById('moderation-error');
  const hands = new Map();
  const people = new Map();

  const secondary = (label, onClick) => button(label, 'secondary', onClick);

  function act(type, body) {
    error.textContent = '';
    return room.send(type, body).catch((failure) => { error.textContent = failure.message; });
  }

  // Settings: the form shows the room's current settings; each change is sent at once.
  function showSettings() {
    const s = room.settings;
    settingsForm.elements.chatEnabled.checked = Boolean(s.chatEnabled);
    settingsForm.elements.qaPremoderated.checked = Boolean(s.qaPremoderated);
    settingsForm.elements.statementsPremoderated.checked = Boolean(s.statementsPremoderated);
    const slow = settingsForm.elements.slowModeSeconds;
    const value = String(s.slowModeSeconds || 0);
    if (![...slow.options].some((o) => o.value === value)) slow.append(new Option(value, value));
    slow.value = value;
  }

  settingsForm.addEventListener('submit', (event) => event.preventDefault());
  settingsForm.addEventListener('change', (event) => {
    const field = event.target;
    const body = {};
    body[field.name] = field.type === 'checkbox' ? field.checked : Number(field.value);
    room.send('moderation.settings', body).then(() => { settingsResult.textContent = texts.saved; },
      (failure) => { settingsResult.textContent = failure.message; showSettings(); });
  });

  function showHands() {
    const raised = [...hands.values()].filter((h) => h.raised).sort((a, b) => a.at.localeCompare(b.at));
    handsNone.hidden = raised.length > 0;
    handsList.replaceChildren(...raised.map((h) => {
      const item = element('li');
      item.append(element('span', 'who', h.name), ' ', element('time', '', room.time(h.at)), ' ');
      item.append(secondary(fill(texts.lower, h.name), () => act('hand.lower', { participantId: h.id })));
      return item;
    }));
    room.unread('panel-moderation', room.isShown('panel-moderation') ? 0 : raised.length);
  }

  function personItem(person) {
    const item = element('li');
    item.id = 'person-' + person.id;
    item.append(element('span', 'who', person.name));
    if (person.role !== 'ATTENDEE') item.append(' ', element('span', 'role', room.roleLabel(person.role)));
    const card = [person.organisation, person.country].filter(Boolean).join(' · ');
    if (card) item.append(' ', element('span', 'card-line', card));
    if (person.muted) item.append(' ', element('span', 'badge', texts.mutedLabel));
    if (person.id === room.me.id || person.role === 'HOST') return item;
    const tools = element('p', 'tools');
    if (host || person.role !== 'MODERATOR') {
      tools.append(secondary(fill(person.muted ? texts.unmute : texts.mute, person.name),
        () => act(person.muted ? 'moderation.unmute' : 'moderation.mute', { participantId: person.id })));
      tools.append(secondary(fill(texts.remove, person.name), () => {
        if (confirm(fill(texts.confirmRemove, person.name))) act('moderation.remove', { participantId: person.id });
      }));
    }
    if (host) {
      const toModerator = person.role !== 'MODERATOR';
      tools.append(secondary(fill(toModerator ? texts.makeModerator : texts.makeAttendee, person.name),
        () => act('moderation.role', { participantId: person.id, role: toModerator ? 'MODERATOR' : 'ATTENDEE' })));
    }
    item.append(tools);
    return item;
  }

  function showPeople() {
    const list = [...people.values()].filter((p) => !p.removed);
    peopleList.replaceChildren(...list.map(personItem));
  }

  document.getElementById('people-refresh').addEventListener('click', () => {
    act('moderation.people').then((answer) => {
      if (!answer) return;
      people.clear();
      answer.people.forEach((p) => people.set(p.id, p));
      peopleSummary.textContent = fill(texts.peopleCount, answer.total);
      showPeople();
    });
  });

  // Invitations (hosts): a link is shown once, right after it is made; the list shows who was invited.
  const inviteForm = document.getElementById('invite-form');
  const invitations = document.getElementById('invitations');

  function showInvitations(list) {
    invitations.replaceChildren(...list.map((invitation) => {
      const item = element('li');
      item.append(element('span', 'who', invitation.name), ' ', element('span', 'role', room.roleLabel(invitation.role)),
        ' ', element('span', 'card-line', invitation.revoked ? texts.revoked : invitation.used ? texts.used : texts.unused));
      if (!invitation.revoked) {
        item.append(' ', secondary(fill(texts.revoke, invitation.name), () => {
          act('moderation.revokeInvitation', { id: invitation.id }).then((answer) => {
            if (answer) showInvitations(list.map((i) => (i.id === answer.id ? answer : i)));
          });
        }));
      }
      return item;
    }));
  }

  if (inviteForm) {
    let list = [];
    const inviteError = document.getElementById('invite-error');
    const link = document.getElementById('invite-link');
    inviteForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = { name: inviteForm.elements.name.value.trim(), role: inviteForm.elements.role.value };
      room.send('moderation.invite', body).then((answer) => {
        inviteError.textContent = '';
        inviteForm.reset();
        link.value = location.origin + answer.path;
        document.getElementById('invite-result').hidden = false;
        delete answer.path;
        list = [answer, ...list];
        showInvitations(list);
        link.select();
      }, (failure) => { inviteError.textContent = failure.message; });
    });
    document.getElementById('invite-copy').addEventListener('click', () => {
      navigator.clipboard?.writeText(link.value).then(() => {
        document.getElementById('invite-copied').textContent = texts.copied;
      });
    });
    showInvitations.reset = (items) => { list = items || []; showInvitations(list); };
  }

  return {
    name: 'moderation',
    reset(snapshot) {
      signals.reset(snapshot);
      showSettings();
      hands.clear();
      (snapshot.moderation?.hands || []).forEach((h) => hands.set(h.id, h));
      showHands();
      if (showInvitations.reset) showInvitations.reset(snapshot.moderation?.invitations);
    },
    apply(frame) {
      signals.apply(frame);
      switch (frame.kind) {
        case 'room.settings':
          showSettings();
          break;
        case 'hand': {
          const isNew = frame.data.raised && !hands.get(frame.data.id)?.raised;
          hands.set(frame.data.id, frame.data);
          showHands();
          if (isNew) room.announce(fill(texts.newHand, frame.data.name));
          break;
        }
        case 'participant':
          if (people.has(frame.data.id)) {
            people.set(frame.data.id, frame.data);
            showPeople();
          }
          if (frame.data.removed && hands.delete(frame.data.id)) showHands();
          break;
        default:
      }
    },
  };
}
