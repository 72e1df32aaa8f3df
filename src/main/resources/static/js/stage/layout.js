// The stage's picture: one tile per person on stage (a <video> that also plays their sound). The large place goes
// to a shared screen when there is one, else to whoever speaks (Janus's audio-level events), else to the first
// person; the others are small beside or below it.

const SCREEN = 'screen:';

export function isScreen(display) {
  return typeof display === 'string' && display.startsWith(SCREEN);
}

export function screenDisplay(name) {
  return SCREEN + name;
}

export class Layout {
  constructor(main, others, texts, onBlockedSound) {
    this.main = main;
    this.others = others;
    this.texts = texts;
    this.onBlockedSound = onBlockedSound;
    this.tiles = new Map();
    this.speaker = null;
  }

  /** A tile for a feed (created on first use). */
  tile(id, display) {
    let tile = this.tiles.get(id);
    if (!tile) {
      const figure = document.createElement('figure');
      figure.className = 'stage-tile no-video';
      const video = document.createElement('video');
      video.autoplay = true;
      video.playsInline = true;
      const caption = document.createElement('figcaption');
      figure.append(video, caption);
      tile = { id, figure, video, caption, stream: new MediaStream(), screen: false, order: this.tiles.size };
      video.srcObject = tile.stream;
      this.tiles.set(id, tile);
    }
    tile.screen = isScreen(display);
    const name = tile.screen ? display.slice(SCREEN.length) : display;
    tile.caption.textContent = tile.screen ? this.texts.screenOf.replace('{0}', name) : name;
    this.arrange();
    return tile;
  }

  /** Our own camera: shown small and silent, never large. */
  self(id, name) {
    const tile = this.tile(id, name);
    tile.own = true;
    tile.video.muted = true;
    this.arrange();
    return tile;
  }

  track(id, track, on) {
    const tile = this.tiles.get(id);
    if (!tile) {
      return;
    }
    const present = tile.stream.getTracks().find(t => t.id === track.id);
    if (on && !present) {
      tile.stream.addTrack(track);
    } else if (!on && present) {
      tile.stream.removeTrack(track);
    }
    tile.figure.classList.toggle('no-video', tile.stream.getVideoTracks().length === 0);
    this.play(tile);
  }

  /** Forgets a tile's tracks (its subscription is being replaced), keeping the tile in its place. */
  clear(id) {
    const tile = this.tiles.get(id);
    if (tile) {
      for (const track of tile.stream.getTracks()) {
        tile.stream.removeTrack(track);
      }
      tile.figure.classList.add('no-video');
    }
  }

  remove(id) {
    const tile = this.tiles.get(id);
    if (tile) {
      tile.figure.closest('li')?.remove();
      tile.figure.remove();
      this.tiles.delete(id);
      if (this.speaker === id) {
        this.speaker = null;
      }
      this.arrange();
    }
  }

  talking(id, talking) {
    if (talking) {
      this.speaker = id;
    }
    const tile = this.tiles.get(id);
    tile?.figure.classList.toggle('talking', talking);
    this.arrange();
  }

  /** Whom the large place shows now. */
  large() {
    const candidates = [...this.tiles.values()].filter(t => !t.own);
    const screens = candidates.filter(t => t.screen);
    if (screens.length) {
      return screens[screens.length - 1];
    }
    return candidates.find(t => t.id === this.speaker) ?? candidates.sort((a, b) => a.order - b.order)[0] ?? null;
  }

  arrange() {
    const large = this.large();
    if (large && large.figure.parentElement !== this.main) {
      this.main.replaceChildren();
      large.figure.closest('li')?.remove();
      this.main.append(large.figure);
      this.play(large);
    } else if (!large) {
      this.main.replaceChildren();
    }
    for (const tile of this.tiles.values()) {
      if (tile === large || tile.figure.closest('li')) {
        continue;
      }
      const item = document.createElement('li');
      item.append(tile.figure);
      this.others.append(item);
      this.play(tile);
    }
    this.main.classList.toggle('has-screen', Boolean(large?.screen));
  }

  play(tile) {
    const playing = tile.video.play();
    if (playing && !tile.video.muted) {
      // a browser may refuse sound before the person has touched the page
      playing.catch(() => this.onBlockedSound());
    }
  }

  playAll() {
    for (const tile of this.tiles.values()) {
      tile.video.play().catch(() => {});
    }
  }

  get empty() {
    return [...this.tiles.values()].every(t => t.own);
  }
}
