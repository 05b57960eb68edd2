/*
 * Drag and drop on the agenda editor: a mouse shortcut for the "Move up", "Move down" and "Move to…" forms,
 * which keep working without it. A drop posts the item's new day and place (counted from 1) to the item's
 * "move" address, as the "Move to…" form does, then reloads the page to show the message and the new times.
 */
(function () {
  'use strict';

  var editor = document.querySelector('[data-agenda-editor]');
  var token = editor && editor.querySelector('input[name="_csrf"]');
  if (!editor || !token || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var dragged = null;
  editor.querySelectorAll('[data-drag-hint]').forEach(function (hint) {
    hint.hidden = false;
  });

  /** The items of a day's list, without the one being dragged: the places a drop counts. */
  function itemsOf(list) {
    return Array.prototype.filter.call(list.children, function (child) {
      return child.hasAttribute('data-agenda-item') && child !== dragged;
    });
  }

  /** The item a drop at this height lands before, or null for the end of the day. */
  function itemBelow(list, y) {
    var items = itemsOf(list);
    for (var i = 0; i < items.length; i++) {
      var box = items[i].getBoundingClientRect();
      if (y < box.top + box.height / 2) {
        return items[i];
      }
    }
    return null;
  }

  function clearMarks() {
    editor.querySelectorAll('.drop-before, .drop-at-end').forEach(function (marked) {
      marked.classList.remove('drop-before', 'drop-at-end');
    });
  }

  function move(item, day, place) {
    var body = new URLSearchParams();
    body.append(token.name, token.value);
    body.append('day', day);
    body.append('place', String(place));
    // The answer is a redirect whose flash message the reload shows; not following it keeps the message.
    fetch(item.getAttribute('data-move-url'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      redirect: 'manual'
    }).catch(function () {
      // Offline or refused: the reload shows the agenda as it really is.
    }).then(function () {
      history.replaceState(null, '', '#' + item.id);
      window.location.reload();
    });
  }

  editor.querySelectorAll('[data-agenda-item]').forEach(function (item) {
    item.setAttribute('draggable', 'true');
    item.addEventListener('dragstart', function (event) {
      if (event.target !== item) {
        return;
      }
      dragged = item;
      item.classList.add('dragging');
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', item.id);
    });
    item.addEventListener('dragend', function () {
      item.classList.remove('dragging');
      dragged = null;
      clearMarks();
    });
  });

  editor.querySelectorAll('[data-agenda-day]').forEach(function (list) {
    list.addEventListener('dragover', function (event) {
      if (!dragged) {
        return;
      }
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      clearMarks();
      var below = itemBelow(list, event.clientY);
      if (below) {
        below.classList.add('drop-before');
      } else {
        list.classList.add('drop-at-end');
      }
    });
    list.addEventListener('dragleave', function (event) {
      if (!list.contains(event.relatedTarget)) {
        clearMarks();
      }
    });
    list.addEventListener('drop', function (event) {
      if (!dragged) {
        return;
      }
      event.preventDefault();
      var item = dragged;
      var items = itemsOf(list);
      var below = itemBelow(list, event.clientY);
      var place = below ? items.indexOf(below) + 1 : items.length + 1;
      // Dropped where it already was: nothing to post.
      var unchanged = item.parentNode === list
        && Array.prototype.indexOf.call(list.querySelectorAll(':scope > [data-agenda-item]'), item) + 1 === place;
      clearMarks();
      if (!unchanged) {
        move(item, list.getAttribute('data-agenda-day'), place);
      }
    });
  });
}());
