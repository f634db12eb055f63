/*
 * Leave this site quickly. The link works without this script; with it, leaving replaces the
 * current page in the browser history (location.replace), so Back does not return here, and
 * the Escape key leaves from anywhere on the page. The page is blanked first so nothing stays
 * on screen while the other site loads.
 */
(function () {
  'use strict';
  var link = document.getElementById('quick-exit');
  if (!link) {
    return;
  }
  var hint = document.getElementById('quick-exit-hint');
  if (hint) {
    hint.hidden = false;
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.title = '';
    document.body.style.visibility = 'hidden';
    window.location.replace(link.href);
  }

  link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      leave(event);
    }
  });
})();
