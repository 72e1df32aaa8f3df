// The event editor, enhanced: the texts of one language at a time in tabs (the WAI-ARIA tabs pattern; without this
// script the languages are stacked fieldsets), each tab saying whether its language is complete as the organiser
// types, and a warning before leaving the page with unsaved changes to the details form.
const form = document.getElementById('details');
const box = form && form.querySelector('.language-tabs');

if (box) {
  const tablist = box.querySelector('.tablist');
  const tabs = [...tablist.querySelectorAll('button[data-panel]')];
  const panelOf = (tab) => document.getElementById(tab.dataset.panel);

  const select = (chosen, focus) => {
    for (const tab of tabs) {
      const on = tab === chosen;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panelOf(tab).hidden = !on;
    }
    if (focus) {
      chosen.focus();
    }
  };

  tablist.setAttribute('role', 'tablist');
  for (const tab of tabs) {
    const panel = panelOf(tab);
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-controls', panel.id);
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', tab.id);
    tab.addEventListener('click', () => select(tab, false));
  }
  tablist.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    const rtl = getComputedStyle(tablist).direction === 'rtl';
    const next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let target;
    if (next) {
      target = tabs[(at + next + tabs.length) % tabs.length];
    } else if (event.key === 'Home') {
      target = tabs[0];
    } else if (event.key === 'End') {
      target = tabs[tabs.length - 1];
    }
    if (target) {
      event.preventDefault();
      select(target, true);
    }
  });
  tablist.hidden = false;
  box.classList.add('tabbed');

  // a link to a language's texts (the publish checklist, an error summary) opens its tab
  const tabFor = (element) => element && tabs.find((tab) => panelOf(tab).contains(element));
  const showHash = () => {
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const tab = tabFor(target);
    if (tab) {
      select(tab, false);
      // a language's panel: show it with its tabs; a field (an error's link): go to it
      if (target.matches('input, textarea, select')) {
        target.focus();
      } else {
        box.scrollIntoView({ block: 'start' });
      }
      return true;
    }
    return false;
  };
  window.addEventListener('hashchange', showHash);
  if (!showHash()) {
    select(tabFor(box.querySelector('[aria-invalid=true]')) || tabs[0], false);
  }

  // whether each language has what the publish checklist asks for, kept up to date while typing
  const needed = ['title', 'summary', 'description'];
  const refresh = (panel) => {
    const complete = needed.every((name) => {
      const field = panel.querySelector(`[name$="].${name}"]`);
      return field && field.value.trim() !== '';
    });
    const language = panel.id.replace(/^texts-/, '');
    for (const state of box.querySelectorAll(`[data-state-for="${language}"]`)) {
      state.textContent = complete ? box.dataset.complete : box.dataset.incomplete;
      state.classList.toggle('is-complete', complete);
      state.classList.toggle('is-incomplete', !complete);
    }
  };
  box.addEventListener('input', (event) => {
    const panel = event.target.closest('.texts-panel');
    if (panel) {
      refresh(panel);
    }
  });
}

if (form) {
  const note = document.getElementById('details-unsaved');
  let unsaved = false;
  const mark = () => {
    if (!unsaved) {
      unsaved = true;
      form.classList.add('has-unsaved');
      note.textContent = note.dataset.text;
    }
  };
  // a form sent back with errors still holds what was typed, and none of it is saved
  if (form.dataset.unsaved) {
    mark();
  }
  form.addEventListener('input', mark);
  form.addEventListener('change', mark);
  form.addEventListener('submit', () => {
    unsaved = false;
  });
  window.addEventListener('beforeunload', (event) => {
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
}
