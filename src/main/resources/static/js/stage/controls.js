// The stage's people controls in the room (a room feature, see room/features.js): "we are live" for everyone;
// for moderators go live / end, mute, remove, invite a raised hand up and send a guest back; for an invited
// attendee accept or decline, check devices and go on stage; for the panel the backstage. The server decides who
// may (room.onstage); this page only shows what the answer says.
// The device check and Janus's library load only on pages that show the controls (never in text-only mode).
import { fill } from '../room/dom.js';

export default function createStageControls(room) {
  const root = document.getElementById('stage-controls');
  if (!root) return { reset() {}, apply() {} };
  const texts = root.dataset;
  const $ = (id) => document.getElementById(id);
  const liveLine = $('stage-onair');
  const you = $('stage-you');
  const error = $('stage-error');
  const people = new Map(); // panelists and guests, by participant id
  const hands = new Map();
  // who is muted (by any moderator; the room keeps it): Janus keeps a mute until unmuted, the button offers to undo it
  const muted = new Set();
  let joined = null; // the backstage or the guest's own publishing
  let guestPass = null;

  function say(text) {
    you.textContent = text || '';
    you.hidden = !text;
  }

  function showLive(live) {
    liveLine.textContent = live ? texts.live : texts.notLive;
    liveLine.classList.toggle('on-air', live);
    if ($('stage-go-live')) {
      $('stage-go-live').hidden = live;
      $('stage-end').hidden = !live;
    }
  }

  function act(type, body) {
    return room.send(type, body).then((answer) => {
      if (error) error.textContent = '';
      return answer;
    }, (failure) => {
      if (error) error.textContent = failure.message;
      else say(failure.message);
      throw failure;
    });
  }

  function button(label, onClick, secondary) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (secondary) b.className = 'secondary';
    b.addEventListener('click', () => onClick().catch(() => {}));
    return b;
  }

  function showPeople() {
    const list = $('stage-people');
    if (!list) return;
    const shown = [...people.values()].filter((p) => p.state !== 'OFF');
    $('stage-people-none').hidden = shown.length > 0;
    list.replaceChildren(...shown.map((p) => {
      const item = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = p.name + ' · ' + (p.state === 'INVITED' ? texts.invited : room.roleLabel(p.role));
      item.append(label);
      const by = { participantId: p.id };
      if (p.state !== 'INVITED') {
        const isMuted = muted.has(p.id);
        const toggle = button(fill(isMuted ? texts.unmute : texts.mute, p.name),
          () => act(isMuted ? 'stage.unmute' : 'stage.mute', by).then(() => {
            if (isMuted) muted.delete(p.id);
            else muted.add(p.id);
            showPeople();
            $('stage-people').querySelector(`[data-mute="${p.id}"]`)?.focus();
          }), true);
        toggle.dataset.mute = p.id;
        item.append(toggle);
      }
      if (p.state === 'INVITED' || p.state === 'ON_STAGE') {
        item.append(button(fill(texts.sendBack, p.name), () => act('stage.sendBack', by), true));
      } else {
        item.append(button(fill(texts.remove, p.name), () => act('stage.remove', by), true));
      }
      return item;
    }));
    const handList = $('stage-hands');
    const raised = [...hands.values()].filter((h) => h.raised && h.role === 'ATTENDEE' && !people.has(h.id));
    $('stage-hands-none').hidden = raised.length > 0;
    handList.replaceChildren(...raised.map((h) => {
      const item = document.createElement('li');
      const label = document.createElement('span');
      label.textContent = h.name;
      item.append(label, button(fill(texts.invite, h.name), () => act('stage.invite', { participantId: h.id })));
      return item;
    }));
  }

  function seat(data) {
    if (data.state === 'OFF' || data.state === 'NONE') muted.delete(data.id);
    if (data.state === 'NONE' && data.role === 'ATTENDEE') people.delete(data.id);
    else people.set(data.id, data);
    showPeople();
  }

  function leave() {
    joined?.leave();
    joined = null;
  }

  // The attendee's side: the invitation, then their devices, then the stage.
  function yourSeat(state) {
    if (state === 'OFF') {
      // panelists too: their own camera on the stage was sent out with their tokens
      leave();
      say(texts.youRemoved);
    }
    const invitation = $('stage-invitation');
    const guest = $('stage-guest');
    if (!invitation) return;
    invitation.hidden = state !== 'INVITED';
    guest.hidden = state !== 'ON_STAGE' || joined !== null;
    if (state === 'INVITED') {
      say(texts.youInvited);
      $('stage-accept').focus();
    } else if (state === 'ON_STAGE') {
      say(joined ? texts.youOnStage : '');
    } else {
      if (joined || guestPass) say(state === 'OFF' ? texts.youRemoved : texts.youBack);
      leave();
      guestPass = null;
      guestDevices?.stop();
    }
  }

  let guestDevices = null;
  Promise.all([import('./devices.js'), import('./janus-join.js')]).then(([{ deviceCheck }, { joinRoom }]) => {
    const backstage = $('stage-backstage');
    if (backstage) {
      const devices = deviceCheck(backstage, texts);
      devices.button.addEventListener('click', () => devices.start().catch((e) => say(e.message)));
      $('backstage-join').addEventListener('click', async () => {
        $('backstage-join').disabled = true;
        try {
          const pass = await act('stage.backstagePass');
          devices.stop();
          joined = await joinRoom({ pass, name: texts.name, devices: devices.chosen(),
            videos: $('backstage-videos'), showOthers: true,
            onEnded: () => { $('backstage-join').hidden = false; $('backstage-leave').hidden = true; } });
          say(texts.joined);
          $('backstage-join').hidden = true;
          $('backstage-leave').hidden = false;
          $('backstage-leave').focus();
        } catch (failure) {
          say(failure.message || texts.failed);
        } finally {
          $('backstage-join').disabled = false;
        }
      });
      $('backstage-leave').addEventListener('click', () => {
        leave();
        $('backstage-videos').replaceChildren();
        $('backstage-join').hidden = false;
        $('backstage-leave').hidden = true;
        $('backstage-join').focus();
      });
    }

    const guest = $('stage-guest');
    guestDevices = guest ? deviceCheck(guest, texts) : null;
    if (guest) {
      $('stage-accept').addEventListener('click', async () => {
        guestPass = await act('stage.accept').catch(() => null);
        if (!guestPass) return;
        $('stage-invitation').hidden = true;
        guest.hidden = false;
        guestDevices.start().catch((e) => say(e.message));
        guestDevices.button.focus();
      });
      $('stage-decline').addEventListener('click', () => act('stage.decline').catch(() => {}));
      guestDevices.button.addEventListener('click', () => guestDevices.start().catch((e) => say(e.message)));
      $('guest-publish').addEventListener('click', async () => {
        $('guest-publish').disabled = true;
        try {
          guestPass = guestPass || await act('stage.publishPass');
          guestDevices.stop();
          joined = await joinRoom({ pass: guestPass, name: texts.name, devices: guestDevices.chosen(),
            showOthers: false, onEnded: () => { joined = null; } });
          guest.hidden = true;
          say(texts.youOnStage);
        } catch (failure) {
          say(failure.message || texts.failed);
        } finally {
          $('guest-publish').disabled = false;
        }
      });
    }
  });

  function showRecording(recording) {
    $('stage-recording').hidden = !recording;
    if ($('stage-record-start')) {
      $('stage-record-start').hidden = recording;
      $('stage-record-stop').hidden = !recording;
    }
  }

  if ($('stage-record-start')) {
    $('stage-record-start').addEventListener('click', () => act('recording.start').then(() => {
      showRecording(true);
      $('stage-record-stop').focus();
    }, () => {}));
    $('stage-record-stop').addEventListener('click', () => act('recording.stop').then(() => {
      showRecording(false);
      $('stage-record-start').focus();
    }, () => {}));
  }

  if ($('stage-go-live')) {
    // the answer may come before the stage.live frame: show the change now, so focus can move to the other button
    $('stage-go-live').addEventListener('click', () => act('stage.goLive').then(() => {
      showLive(true);
      $('stage-end').focus();
    }, () => {}));
    $('stage-end').addEventListener('click', () => act('stage.end').then(() => {
      showLive(false);
      $('stage-go-live').focus();
    }, () => {}));
  }

  // A page watching through a relay Janus learns from the room what the relay carries (stage.js plays it); the relays
  // take up new people on stage with the server's housekeeping, so asking every 10 s is soon enough.
  const player = document.getElementById('stage-live');
  if (player && JSON.parse(player.dataset.stage || '{}').relay) {
    setInterval(() => room.send('stage.relayed').then(
      (answer) => player.dispatchEvent(new CustomEvent('stage-relayed', { detail: answer.feeds })), () => {}), 10000);
  }

  return {
    name: 'stage',
    reset(snapshot) {
      const stage = snapshot.onstage || {};
      showLive(Boolean(stage.live));
      showRecording(Boolean(stage.recording));
      yourSeat(stage.you || 'NONE');
      if (!room.me.staff) return;
      // whom a moderator muted is kept by the server: a reload shows it
      muted.clear();
      (stage.muted || []).forEach((id) => muted.add(id));
      people.clear();
      (stage.seats || []).forEach((s) => people.set(s.id, s));
      hands.clear();
      (snapshot.moderation?.hands || []).forEach((h) => hands.set(h.id, h));
      room.send('moderation.people').then((answer) => {
        answer.people.filter((p) => p.role === 'PANELIST' && !people.has(p.id))
          .forEach((p) => people.set(p.id, { id: p.id, name: p.name, role: p.role, state: 'NONE' }));
        showPeople();
      }, () => showPeople());
    },
    apply(frame) {
      switch (frame.kind) {
        case 'stage.live':
          // someone who came in before the stage opened has no player yet: the page fetches one, once per frame
          if (frame.data.live && !document.getElementById('stage-live')
              && !sessionStorage.getItem('stage-reloaded-' + frame.seq)) {
            sessionStorage.setItem('stage-reloaded-' + frame.seq, '1');
            window.location.reload();
            break;
          }
          showLive(frame.data.live);
          room.announce(frame.data.live ? texts.live : texts.notLive);
          break;
        case 'stage.recording':
          showRecording(frame.data.recording);
          room.announce(frame.data.recording ? texts.recordingOn : texts.recordingOff);
          break;
        case 'stage.seat':
          seat(frame.data);
          break;
        case 'stage.muted':
          // the acting moderator's page knows already: leave its list (and the focus in it) alone
          if (muted.has(frame.data.id) === frame.data.muted) break;
          if (frame.data.muted) muted.add(frame.data.id);
          else muted.delete(frame.data.id);
          showPeople();
          break;
        case 'hand':
          hands.set(frame.data.id, frame.data);
          showPeople();
          break;
        case 'participant':
          if (frame.data.role === 'PANELIST' && !frame.data.removed && !people.has(frame.data.id)) {
            people.set(frame.data.id, { id: frame.data.id, name: frame.data.name, role: 'PANELIST', state: 'NONE' });
          } else if (frame.data.removed
            || (frame.data.role === 'ATTENDEE' && people.get(frame.data.id)?.state === 'NONE')) {
            people.delete(frame.data.id);
          }
          showPeople();
          break;
        case 'you.stage':
          yourSeat(frame.data.state);
          break;
        case 'you.stageMuted':
          say(texts.youMuted);
          break;
        case 'you.stageUnmuted':
          say(texts.youUnmuted);
          break;
        default:
      }
    },
  };
}
