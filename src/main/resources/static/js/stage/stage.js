// The stage in the room page, loaded only while the event's stage is open. Joins the event's Janus VideoRoom with
// the token Dialoog gave this person (Janus's own client library, served from the Debian package): everyone joins
// as a participant, which tells them who publishes and who speaks, and subscribes to each person on stage; the
// room's panelists and staff also publish camera, microphone and screen. An attendee the stage sent to a relay Janus
// watches its Streaming mountpoints instead (relay.js). See layout.js and quality.js.
import { Layout } from './layout.js';
import { Layers, chosenMode, rememberMode } from './quality.js';
import { Publishing } from './publish.js';
import { RelayWatch } from './relay.js';

const PLUGIN = 'janus.plugin.videoroom';

const box = document.getElementById('stage-live');
if (box) {
  start(box);
}

function start(box) {
  const config = JSON.parse(box.dataset.stage);
  const texts = box.dataset;
  const status = document.getElementById('stage-status');
  const soundButton = document.getElementById('stage-sound');
  const say = text => { status.textContent = text; };
  const layout = new Layout(document.getElementById('stage-main'), document.getElementById('stage-others'), texts,
      () => { soundButton.hidden = false; });
  soundButton.addEventListener('click', () => {
    layout.playAll();
    soundButton.hidden = true;
  });

  const feeds = new Map();
  const own = new Set();
  let mode = chosenMode();
  let session = null;
  let participant = null;
  let privateId = null;
  const layers = new Layers((substream, down) => {
    for (const feed of feeds.values()) {
      configureLayer(feed);
    }
    if (down) {
      say(texts.lower);
    }
  });

  const Janus = window.Janus;
  if (!Janus) {
    say(texts.failed);
    return;
  }
  say(texts.connecting);
  for (const choice of box.querySelectorAll('input[name="stage-quality"]')) {
    choice.checked = choice.value === mode;
    choice.addEventListener('change', () => {
      if (choice.checked && choice.value !== mode) {
        mode = choice.value;
        rememberMode(mode);
        relay?.rewatch();
        for (const feed of feeds.values()) {
          resubscribe(feed);
        }
      }
    });
  }

  Janus.init({ debug: false, dependencies: Janus.useDefaultDependencies(), callback: connect });

  function connect() {
    session = new Janus({
      server: config.janus,
      token: config.token,
      // no STUN or TURN from the page: Janus's own candidates (or its TURN settings) reach the browser
      iceServers: [],
      success: config.relay ? watchRelay : join,
      error: () => say(texts.failed),
      // Janus ended the session, e.g. because the person was removed from the room and their token revoked
      destroyed: () => say(texts.failed),
    });
  }

  let relay = null;

  function watchRelay() {
    relay = new RelayWatch({ session, layout, texts, say, mode: () => mode, onChange: showEmpty });
    relay.update(config.relay);
    // the room tells the page (controls.js asks it) when the relay carries someone new, or no longer
    box.addEventListener('stage-relayed', (event) => relay.update(event.detail));
    showEmpty();
  }

  function join() {
    session.attach({
      plugin: PLUGIN,
      success: handle => {
        participant = handle;
        // a publisher joins under the id Dialoog gave it (the stage sends out media under any other id)
        handle.send({ message: { request: 'join', room: config.room, ptype: 'publisher', display: config.name,
          token: config.token, ...(config.feed ? { id: config.feed } : {}) } });
      },
      error: () => say(texts.failed),
      onmessage: (message, jsep) => {
        onParticipantMessage(message);
        if (jsep) {
          participant.handleRemoteJsep({ jsep });
        }
      },
      onlocaltrack: (track, on) => publishing?.localTrack(track, on),
    });
  }

  let publishing = null;

  function onParticipantMessage(message) {
    const kind = message.videoroom;
    if (message.error) {
      say(texts.failed);
      return;
    }
    if (kind === 'joined') {
      privateId = message.private_id;
      own.add(message.id);
      if (config.publish) {
        publishing = new Publishing({ session, participant, config, texts, say, layout, own, ownId: message.id });
      }
      published(message.publishers ?? []);
      showEmpty();
      layers.watch(connections);
    } else if (kind === 'event') {
      published(message.publishers ?? []);
      for (const gone of [message.unpublished, message.leaving]) {
        if (gone && gone !== 'ok' && feeds.has(gone)) {
          unsubscribe(feeds.get(gone));
        }
      }
      if (message.unpublished === 'ok') {
        publishing?.unpublished();
      }
      showEmpty();
    } else if (kind === 'talking' || kind === 'stopped-talking') {
      layout.talking(message.id, kind === 'talking');
    }
  }

  function published(list) {
    for (const publisher of list) {
      if (own.has(publisher.id)) {
        continue;
      }
      const streams = (publisher.streams ?? []).filter(s => !s.disabled);
      const known = feeds.get(publisher.id);
      const signature = streams.map(s => s.type + s.mid).join();
      if (known && known.signature === signature) {
        continue;
      }
      const feed = known ?? { id: publisher.id };
      Object.assign(feed, { display: publisher.display ?? '', streams, signature });
      feeds.set(feed.id, feed);
      layout.tile(feed.id, feed.display);
      if (publisher.talking) {
        layout.talking(feed.id, true);
      }
      resubscribe(feed);
    }
  }

  function wanted(feed) {
    // sound only: ask for the audio streams alone, so no video is sent, downloaded or decoded
    return (mode === 'audio' ? feed.streams.filter(s => s.type === 'audio') : feed.streams)
        .filter(s => s.type === 'audio' || s.type === 'video')
        .map(s => ({ feed: feed.id, mid: s.mid }));
  }

  function resubscribe(feed) {
    feed.handle?.detach();
    feed.handle = null;
    feed.videoMids = [];
    layout.clear(feed.id);
    const streams = wanted(feed);
    if (!streams.length) {
      return;
    }
    session.attach({
      plugin: PLUGIN,
      success: handle => {
        feed.handle = handle;
        handle.send({ message: { request: 'join', room: config.room, ptype: 'subscriber', streams,
          private_id: privateId, token: config.token } });
      },
      error: () => say(texts.failed),
      onmessage: (message, jsep) => {
        if (message.streams) {
          feed.videoMids = message.streams.filter(s => s.type === 'video' && s.active !== false).map(s => s.mid);
        }
        if (message.videoroom === 'attached') {
          configureLayer(feed);
        }
        if (jsep && feed.handle) {
          feed.handle.createAnswer({
            jsep,
            tracks: [],
            success: answer => feed.handle?.send({ message: { request: 'start', room: config.room }, jsep: answer }),
            error: () => say(texts.failed),
          });
        }
      },
      onremotetrack: (track, mid, on) => {
        layout.track(feed.id, track, on);
        showEmpty();
      },
    });
  }

  function configureLayer(feed) {
    const mids = feed.videoMids ?? [];
    if (feed.handle && mids.length) {
      feed.handle.send({ message: { request: 'configure',
        streams: mids.map(mid => ({ mid, substream: layers.substream })) } });
    }
  }

  function unsubscribe(feed) {
    feed.handle?.detach();
    feeds.delete(feed.id);
    layout.remove(feed.id);
  }

  function showEmpty() {
    if (layout.empty) {
      say(texts.empty);
    } else if (status.textContent === texts.empty || status.textContent === texts.connecting) {
      say('');
    }
  }

  function connections() {
    if (relay) {
      return relay.connections();
    }
    return [...feeds.values()].map(f => f.handle?.webrtcStuff?.pc).filter(Boolean);
  }

  // For tests and the curious: what the stage receives, read through the browser's own statistics.
  box.stage = {
    connections,
    joined: () => privateId !== null || relay !== null,
    relayed: () => relay !== null,
    mode: () => mode,
    substream: () => layers.substream,
    feeds: () => relay ? relay.list()
      : [...feeds.values()].map(f => ({ id: f.id, display: f.display, streams: wanted(f).length })),
    publishing: () => publishing?.connection() ?? null,
  };
}
