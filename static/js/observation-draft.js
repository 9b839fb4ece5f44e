/* Observation form draft: keeps what the observer has ticked and typed in this phone's storage,
 * so a reload, a lost connection or a trip through the password screen loses nothing. The hidden
 * idempotency key is part of the draft, so the form resubmitted after a reload still records one
 * observation. The page shown after signing carries data-clear-draft and removes the draft.
 * Without JavaScript (or storage) the form works as a plain form. */
(function () {
  "use strict";
  var PREFIX = "occupass:";

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function clearDrafts(store) {
    document.querySelectorAll("[data-clear-draft]").forEach(function (node) {
      store.removeItem(PREFIX + node.getAttribute("data-clear-draft"));
    });
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrfmiddlewaretoken" && el.type !== "submit";
    });
  }

  function save(form, store, key, status) {
    var data = {};
    fields(form).forEach(function (el) {
      if (el.type === "radio") {
        if (el.checked) { data[el.name] = el.value; }
      } else {
        data[el.name] = el.value;
      }
    });
    try {
      store.setItem(key, JSON.stringify(data));
      if (status) { status.textContent = "Draft kept on this device."; }
    } catch (error) { /* storage full or refused: the form still submits */ }
  }

  function restore(form, store, key, status) {
    var raw = store.getItem(key);
    if (!raw) { return; }
    var data;
    try { data = JSON.parse(raw); } catch (error) { return; }
    var restored = false;
    fields(form).forEach(function (el) {
      if (!(el.name in data)) { return; }
      if (el.type === "radio") {
        // Keep what the server sent back after a refused submit; fill only what is empty.
        var group = form.querySelectorAll('input[name="' + el.name + '"]:checked');
        if (!group.length && el.value === data[el.name]) { el.checked = true; restored = true; }
      } else if (el.type === "hidden" || !el.value) {
        if (el.value !== data[el.name]) { el.value = data[el.name]; restored = true; }
      }
    });
    if (restored && status) { status.textContent = "Your unsent draft was restored."; }
  }

  function start() {
    var store = storage();
    if (!store) { return; }
    clearDrafts(store);
    document.querySelectorAll("form[data-draft-key]").forEach(function (form) {
      var key = PREFIX + form.getAttribute("data-draft-key");
      var status = form.querySelector("[data-draft-status]");
      restore(form, store, key, status);
      form.addEventListener("change", function () { save(form, store, key, status); });
      form.addEventListener("input", function () { save(form, store, key, null); });
      form.addEventListener("submit", function () {
        save(form, store, key, null);
        var button = form.querySelector("[data-sign-button]");
        // One tap, one submit; the idempotency key covers whatever gets through anyway.
        if (button) { window.setTimeout(function () { button.disabled = true; }, 0); }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
