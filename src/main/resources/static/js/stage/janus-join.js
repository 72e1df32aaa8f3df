// Joins one VideoRoom with a stage pass through Janus's own browser library (served from its Debian package):
// publishes the chosen camera and microphone under the publisher id the pass gives (a moderator's mute and removal
// find the person by it), and, where asked, shows the others in the room (the backstage). Returns leave().
const PLUGIN = 'janus.plugin.videoroom';

function load(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

async function janusLibrary() {
  if (!window.Janus) {
    await load('/vendor/webrtc-adapter/adapter.js');
    await load('/vendor/janus/janus.js');
  }
  await new Promise((resolve) => window.Janus.init({ debug: false, callback: resolve }));
  return window.Janus;
}

export async function joinRoom({ pass, name, devices, videos, showOthers, onEnded }) {
  const Janus = await janusLibrary();
  const remote = new Map();
  let session = null;

  function tile(id, label) {
    let figure = videos?.querySelector(`[data-feed="${id}"]`);
    if (!figure && videos) {
      figure = document.createElement('figure');
      figure.dataset.feed = id;
      const video = document.createElement('video');
      video.autoplay = true;
      video.playsInline = true;
      const caption = document.createElement('figcaption');
      caption.textContent = label;
      figure.append(video, caption);
      videos.append(figure);
    }
    return figure?.querySelector('video');
  }

  function subscribe(publisher, privateId) {
    session.attach({
      plugin: PLUGIN,
      success(handle) {
        remote.set(publisher.id, handle);
        handle.send({ message: { request: 'join', room: pass.room, ptype: 'subscriber', private_id: privateId,
          streams: [{ feed: publisher.id }], token: pass.token } });
      },
      onmessage(message, jsep) {
        if (!jsep) return;
        const handle = remote.get(publisher.id);
        handle.createAnswer({ jsep, tracks: [{ type: 'data' }],
          success: (answer) => handle.send({ message: { request: 'start', room: pass.room }, jsep: answer }) });
      },
      onremotetrack(track, mid, on) {
        const video = tile(publisher.id, publisher.display);
        if (!video) return;
        const stream = video.srcObject || new MediaStream();
        if (on) stream.addTrack(track); else stream.removeTrack(track);
        video.srcObject = stream;
      },
    });
  }

  function gone(id) {
    remote.get(id)?.detach();
    remote.delete(id);
    videos?.querySelector(`[data-feed="${id}"]`)?.remove();
  }

  await new Promise((resolve, reject) => {
    session = new Janus({ server: pass.janus, token: pass.token, iceServers: [], success: resolve, error: reject,
      destroyed: () => onEnded?.() });
  });
  await new Promise((resolve, reject) => {
    let me = null;
    session.attach({
      plugin: PLUGIN,
      success(handle) {
        me = handle;
        handle.send({ message: { request: 'join', room: pass.room, ptype: 'publisher', id: pass.feed,
          display: name, token: pass.token } });
      },
      error: reject,
      onmessage(message, jsep) {
        if (message.videoroom === 'joined') {
          me.createOffer({
            tracks: [
              { type: 'audio', capture: devices.microphone ? { deviceId: { exact: devices.microphone } } : true,
                recv: false },
              { type: 'video', capture: devices.camera ? { deviceId: { exact: devices.camera } } : true,
                recv: false },
            ],
            success: (offer) => me.send({ message: { request: 'publish', audio: true, video: true }, jsep: offer }),
            error: reject,
          });
          if (showOthers) (message.publishers || []).forEach((p) => subscribe(p, message.private_id));
          resolve();
        } else if (message.error) {
          reject(new Error(message.error));
        }
        if (showOthers && message.videoroom === 'event') {
          (message.publishers || []).forEach((p) => subscribe(p, message.private_id));
          if (message.leaving || message.unpublished) gone(message.leaving || message.unpublished);
        }
        // kicked by a moderator, or the room is gone
        if (message.leaving === 'ok' || message.videoroom === 'destroyed') session.destroy();
        if (jsep) me.handleRemoteJsep({ jsep });
      },
      onlocaltrack(track, on) {
        if (track.kind !== 'video' || !on) return;
        const video = tile('self', name);
        if (video) {
          video.muted = true;
          video.srcObject = new MediaStream([track]);
        }
      },
    });
  });
  return { leave: () => session.destroy() };
}
