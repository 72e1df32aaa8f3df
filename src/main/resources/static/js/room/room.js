// The live room page: connects (connection.js), hands every frame to the features (features.js), and offers them
// what they share: sending commands, texts in the reader's language, times in the reader's zone, polite
// announcements for screen readers, tabs with unread counts, and the room's settings.
import { RoomConnection } from './connection.js';
import features from './features.js';
import { fill } from './dom.js';

const config = JSON.parse(document.getElementById('main').dataset.config);
const status = document.getElementById('room-status');
const presence = document.getElementById('presence-count');
const announcer = document.getElementById('room-announcer');
const tabs = [...document.querySelectorAll('[role=tab]')];
// The language's short time style, as the server writes times (8:34 AM in English, 08:34 in Dutch)
const clock = new Intl.DateTimeFormat(config.lang, { timeStyle: 'short', timeZone: config.zone });

let lastAnnouncement = 0;
let announcement = null;
let announceTimer = null;

const room = {
  config,
  me: { id: config.participantId, role: config.role, staff: config.role === 'HOST' || config.role === 'MODERATOR' },
  settings: {},
  send: (type, body) => connection.send(type, body),
  // A text by its key without "room.", with {0}, {1}… filled in.
  text: (key, ...args) => fill(config.texts[key] || key, ...args),
  time: (iso) => clock.format(new Date(iso)),
  roleLabel: (role) => room.text('role.' + role),
  // Tells screen readers something new, at most once every few seconds; a newer message replaces a waiting one.
  announce(message) {
    announcement = message;
    if (announceTimer) return;
    announceTimer = setTimeout(() => {
      announcer.textContent = announcement;
      lastAnnouncement = Date.now();
      announceTimer = null;
    }, Math.max(0, lastAnnouncement + 4000 - Date.now()));
  },
  isShown: (panelId) => !document.getElementById(panelId).hidden,
  // Marks a hidden panel's tab with how many new things it has.
  unread(panelId, count) {
    const tab = tabs.find((t) => t.getAttribute('aria-controls') === panelId);
    if (!tab) return;
    let badge = tab.querySelector('.count');
    if (!count) return badge && badge.remove();
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'count';
      tab.append(badge);
    }
    badge.textContent = count;
  },
};

const parts = features.map((create) => create(room));

const dataUsed = document.getElementById('room-data');

const connection = new RoomConnection(config, {
  received(bytes) {
    if (!dataUsed) return;
    dataUsed.dataset.bytes = bytes;
    dataUsed.textContent = room.text('page.dataUsed', Math.ceil(bytes / 1024));
  },
  state(name, text) {
    status.textContent = text || room.text('status.' + name);
    status.dataset.state = name;
  },
  frame(frame) {
    if (frame.kind === 'snapshot') {
      room.settings = frame.data.room;
      room.me.muted = frame.data.you.muted;
      presence.textContent = frame.data.presence;
      parts.forEach((part) => part.reset(frame.data));
      return;
    }
    if (frame.kind === 'presence') {
      presence.textContent = frame.data.count;
      return;
    }
    if (frame.kind === 'room.settings') room.settings = frame.data;
    parts.forEach((part) => part.apply(frame));
  },
});

// From this width questions and chat stand beside the rest (room.css), so their tabs step aside.
const wide = window.matchMedia('(min-width: 60rem)');
const sidePanels = ['panel-chat', 'panel-qa'];
const onSide = (tab) => sidePanels.includes(tab.getAttribute('aria-controls'));
const shownTabs = () => (wide.matches ? tabs.filter((tab) => !onSide(tab)) : tabs);
let chosen = tabs[0];

function select(tab, focus) {
  chosen = tab;
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', selected);
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute('aria-controls')).hidden =
      !selected && !(wide.matches && onSide(other));
  }
  room.unread(tab.getAttribute('aria-controls'), 0);
  if (focus) tab.focus();
}

// Lays the panels out for the window's width; a side tab chosen on a narrow window gives way to the first other.
function layout() {
  select(wide.matches && onSide(chosen) ? shownTabs()[0] : chosen, false);
  if (wide.matches) sidePanels.forEach((id) => room.unread(id, 0));
}

tabs.forEach((tab) => {
  tab.addEventListener('click', () => select(tab, false));
  tab.addEventListener('keydown', (event) => {
    const shown = shownTabs();
    const i = shown.indexOf(tab);
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: shown.length - 1 - i }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const rtl = document.dir === 'rtl' && (event.key === 'ArrowRight' || event.key === 'ArrowLeft') ? -1 : 1;
    select(shown[(i + step * rtl + shown.length) % shown.length], true);
  });
});
wide.addEventListener('change', layout);
layout();

// On a phone the stage stays on top (room.css); what gets focus or is scrolled to must land below it, not under it.
const stageArea = document.getElementById('stage-area');
if (stageArea && window.ResizeObserver) {
  new ResizeObserver(() => document.documentElement.style.setProperty('--stage-height', stageArea.offsetHeight + 'px'))
    .observe(stageArea);
}
connection.start();
