/* A Print button on the run-of-show; without JavaScript the page tells people to use the browser's print command. */
(function () {
  'use strict';

  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
}());
