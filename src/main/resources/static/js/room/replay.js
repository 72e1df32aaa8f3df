// The replay page: marks the chat and questions said up to the video's current time, and seeks the video to a
// message's moment when its time is pressed (a button, so it works by keyboard).
const video = document.getElementById('replay-video');
const list = document.getElementById('replay-moments');

if (video && list) {
  const items = Array.from(list.querySelectorAll('li[data-at]'));

  const mark = () => {
    const now = video.currentTime;
    let current = null;
    for (const item of items) {
      const past = Number(item.dataset.at) <= now;
      item.classList.toggle('replay-past', past);
      item.removeAttribute('aria-current');
      if (past) {
        current = item;
      }
    }
    if (current) {
      current.setAttribute('aria-current', 'true');
    }
  };

  video.addEventListener('timeupdate', mark);
  video.addEventListener('seeked', mark);
  list.addEventListener('click', (event) => {
    const button = event.target.closest('button.replay-seek');
    if (!button) {
      return;
    }
    video.currentTime = Number(button.dataset.at);
    mark();
    video.play().catch(() => {
      // playing needs a user gesture on some browsers; the position is set all the same
    });
  });
  mark();
}
