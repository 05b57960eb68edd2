/* Copy buttons next to calendar addresses; without JavaScript the read-only field is selected and copied by hand. */
(function () {
  'use strict';

  document.querySelectorAll('button[data-copy-for]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy-for'));
    if (!field || !navigator.clipboard) {
      return;
    }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute('data-copied');
        window.setTimeout(function () {
          button.textContent = label;
        }, 2000);
      });
    });
  });

  document.querySelectorAll('input.feed-address').forEach(function (field) {
    field.addEventListener('focus', function () {
      field.select();
    });
  });
}());
