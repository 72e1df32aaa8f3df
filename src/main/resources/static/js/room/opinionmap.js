// The live opinion map: the room's voters as dots (people who answered alike are close together), coloured and
// lettered by opinion group, and below it the same in words: what sets each group apart, what most people agree
// on, what divides the room. Loaded only once a map arrives, so most participants never download it. Each new map
// redraws in place; nothing here is announced, since a map arrives every few seconds.
import { element, fill } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const GRID = 100; // the server rounds places to 0..GRID on both axes
const PAD = 7;
const GROUP_CLASSES = 5; // colours in room.css (Okabe and Ito's colour-blind-safe palette): g0 … g4

function shape(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function colour(index) {
  return 'g' + (index % GROUP_CLASSES);
}

// A flat list x, y, count (people on one spot) as dots whose area grows with the count.
function dots(flat, className) {
  const group = shape('g', { class: className });
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const r = Math.min(7, 1.6 + 0.9 * Math.sqrt(flat[i + 2] - 1));
    group.append(shape('circle', { cx: flat[i], cy: GRID - flat[i + 1], r: r.toFixed(1) }));
  }
  return group;
}

// Where a group's letter goes: the middle of its people.
function centre(flat) {
  let x = 0; let y = 0; let n = 0;
  for (let i = 0; i + 2 < flat.length; i += 3) {
    x += flat[i] * flat[i + 2];
    y += flat[i + 1] * flat[i + 2];
    n += flat[i + 2];
  }
  return n ? [x / n, GRID - y / n] : null;
}

export default function create(room, section) {
  const texts = section.dataset;
  const drawing = section.querySelector('#opinion-map-drawing');
  const groupsList = section.querySelector('#opinion-map-groups');
  const others = section.querySelector('#opinion-map-others');
  const consensus = section.querySelector('#opinion-map-consensus');
  const divisive = section.querySelector('#opinion-map-divisive');
  const updated = section.querySelector('#opinion-map-updated');
  const picture = shape('svg', {
    viewBox: `${-PAD} ${-PAD} ${GRID + 2 * PAD} ${GRID + 2 * PAD}`, role: 'img', class: 'opinion-map-svg',
  });
  drawing.append(picture);

  function draw(map) {
    const layers = [shape('rect', {
      x: -PAD, y: -PAD, width: GRID + 2 * PAD, height: GRID + 2 * PAD, rx: 3, class: 'opinion-map-ground',
    })];
    layers.push(shape('line', { x1: GRID / 2, y1: -PAD, x2: GRID / 2, y2: GRID + PAD, class: 'opinion-map-axis' }));
    layers.push(shape('line', { x1: -PAD, y1: GRID / 2, x2: GRID + PAD, y2: GRID / 2, class: 'opinion-map-axis' }));
    layers.push(dots(map.others, 'opinion-map-others'));
    map.groups.forEach((group, i) => layers.push(dots(group.points, 'opinion-map-group ' + colour(i))));
    map.groups.forEach((group, i) => {
      const at = centre(group.points);
      if (!at) return;
      const label = shape('g', { class: 'opinion-map-label ' + colour(i) });
      label.append(shape('circle', { cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: 5 }));
      const letter = shape('text', { x: at[0].toFixed(1), y: (at[1] + 2.1).toFixed(1), 'text-anchor': 'middle' });
      letter.textContent = group.label;
      label.append(letter);
      layers.push(label);
    });
    picture.replaceChildren(...layers);
    picture.setAttribute('aria-label', fill(texts.picture, map.groups.length));
  }

  function notes(list, item) {
    const items = list.map((note) => element('li', '', item(note)));
    return items.length ? items : [element('li', 'hint', texts.none)];
  }

  function describe(map) {
    groupsList.replaceChildren(...map.groups.map((group, i) => {
      const entry = element('li');
      const title = element('p', 'opinion-map-group-title');
      const badge = element('span', 'opinion-map-badge ' + colour(i), group.label);
      badge.setAttribute('aria-hidden', 'true');
      title.append(badge, ' ', fill(texts.group, group.label, group.size));
      const list = element('ul');
      list.replaceChildren(...(group.representative.length ? group.representative.map((note) => element('li', '',
        note.agrees ? fill(texts.agreesWith, note.text, note.agree) : fill(texts.disagreesWith, note.text,
          note.disagree))) : [element('li', 'hint', texts.nothingDistinct)]));
      entry.append(title, list);
      return entry;
    }));
    const waiting = map.voters - map.grouped;
    others.hidden = waiting <= 0;
    others.textContent = waiting > 0 ? fill(texts.others, waiting) : '';
    consensus.replaceChildren(...notes(map.consensus, (note) => note.agrees
      ? fill(texts.consensusAgree, note.text, note.agree) : fill(texts.consensusDisagree, note.text, note.disagree)));
    divisive.replaceChildren(...notes(map.divisive, (note) => fill(texts.divisiveItem, note.text, note.agree,
      note.disagree)));
    updated.textContent = fill(texts.updated, room.time(map.at), map.voters);
  }

  return {
    show(map) {
      draw(map);
      describe(map);
    },
  };
}
