// Chat: the list (newest at the bottom, at most KEEP messages on the page), replies, deletion, and the form.
// Text is only ever put on the page as text; links are made from it here, for http(s) addresses only.
import { element } from './dom.js';
const KEEP = 500;
const LINK = /\bhttps?:\/\/[^\s<>"']+/g;

export default function create(room) {
  const list = document.getElementById('chat-list');
  const form = document.getElementById('chat-form');
  const input = document.getElementById('chat-text');
  const error = document.getElementById('chat-error');
  const replyLine = document.getElementById('chat-reply');
  const notice = document.getElementById('chat-notice');
  let replyTo = null;
  let unread = 0;

  function linkify(text, into) {
    let at = 0;
    for (const match of text.matchAll(LINK)) {
      const url = match[0].replace(/[.,;:!?)\]]+$/, '');
      into.append(text.slice(at, match.index));
      const a = document.createElement('a');
      a.href = url;
      a.rel = 'nofollow noopener noreferrer ugc';
      a.target = '_blank';
      a.textContent = url;
      into.append(a);
      at = match.index + url.length;
    }
    into.append(text.slice(at));
  }

  function render(message) {
    const item = element('li');
    item.id = 'chat-' + message.id;
    const head = element('p', 'head');
    head.append(element('span', 'who', message.author.name));
    if (message.author.role !== 'ATTENDEE') head.append(element('span', 'role', room.roleLabel(message.author.role)));
    const card = [message.author.organisation, message.author.country].filter(Boolean).join(' · ');
    if (card) head.append(element('span', 'card-line', card));
    const time = element('time', '', room.time(message.at));
    time.dateTime = message.at;
    head.append(time);
    item.append(head);
    if (message.replyTo) {
      item.append(element('p', 'quote', message.replyTo.name + ': ' + message.replyTo.excerpt));
    }
    const text = element('p', 'text');
    linkify(message.text, text);
    item.append(text);
    const tools = element('p', 'tools');
    const reply = element('button', 'link', room.text('chat.reply'));
    reply.type = 'button';
    reply.addEventListener('click', () => startReply(message));
    tools.append(reply);
    if (room.me.staff || message.author.id === room.me.id) {
      const remove = element('button', 'link', room.text('chat.delete'));
      remove.type = 'button';
      remove.addEventListener('click', () => room.send('chat.delete', { id: message.id })
        .catch((failure) => { error.textContent = failure.message; }));
      tools.append(remove);
    }
    item.append(tools);
    return item;
  }

  function add(message) {
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    const existing = document.getElementById('chat-' + message.id);
    if (existing) existing.replaceWith(render(message)); else list.append(render(message));
    while (list.children.length > KEEP) list.firstElementChild.remove();
    if (atBottom || message.author.id === room.me.id) list.scrollTop = list.scrollHeight;
  }

  function startReply(message) {
    replyTo = message.id;
    replyLine.querySelector('span').textContent = room.text('chat.replyingTo', message.author.name);
    replyLine.hidden = false;
    input.focus();
  }

  function stopReply() {
    replyTo = null;
    replyLine.hidden = true;
  }

  function showSettings() {
    const settings = room.settings;
    const lines = [];
    if (!settings.chatEnabled) lines.push(room.text('chat.off'));
    const slow = settings.slowModeSeconds;
    if (slow > 0 && slow % 60 === 0) {
      lines.push(slow === 60 ? room.text('chat.slowModeMinute') : room.text('chat.slowModeMinutes', slow / 60));
    } else if (slow > 0) {
      lines.push(room.text('chat.slowMode', slow));
    }
    notice.textContent = lines.join(' ');
    notice.hidden = lines.length === 0;
  }

  replyLine.querySelector('button').addEventListener('click', stopReply);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    room.send('chat.post', replyTo ? { text, replyTo } : { text })
      .then(() => {
        input.value = '';
        error.textContent = '';
        stopReply();
      }, (failure) => { error.textContent = failure.message; })
      .finally(() => { button.disabled = false; });
  });

  return {
    name: 'chat',
    reset(snapshot) {
      list.replaceChildren();
      snapshot.chat.forEach(add);
      list.scrollTop = list.scrollHeight;
      showSettings();
    },
    apply(frame) {
      if (frame.kind === 'chat.posted') {
        add(frame.data);
        if (room.isShown('panel-chat')) unread = 0; else room.unread('panel-chat', ++unread);
      } else if (frame.kind === 'chat.deleted') {
        const item = document.getElementById('chat-' + frame.data.id);
        if (item) item.remove();
      } else if (frame.kind === 'room.settings') {
        showSettings();
      }
    },
  };
}
