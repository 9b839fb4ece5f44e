/* Attempt countdown. The server owns the deadline and enforces it; this only shows it.
 * The clock (role="timer", which screen readers do not read out on change) updates every second.
 * A separate polite live region speaks only at 10, 5 and 1 minutes left and at the end.
 * The box is sticky (CSS) and changes look in the last 5 minutes and the last minute.
 * At zero the page goes to the results URL, where the server submits the expired attempt. */
(function () {
  "use strict";
  var ANNOUNCE_AT = [600, 300, 60];

  function format(seconds) {
    var h = Math.floor(seconds / 3600);
    var m = Math.floor((seconds % 3600) / 60);
    var s = seconds % 60;
    var mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? h + ":" : "") + mm + ":" + String(s).padStart(2, "0");
  }

  function start(root) {
    var clock = root.querySelector("[data-quiz-timer-clock]");
    var live = root.querySelector("[data-quiz-timer-announce]");
    var remaining = parseInt(root.getAttribute("data-remaining"), 10) || 0;
    // Count from this page's own clock, so a wrong computer clock does not matter.
    var endsAt = Date.now() + remaining * 1000;
    var state = root.querySelector("[data-quiz-timer-state]");
    var announced = {};
    ANNOUNCE_AT.forEach(function (mark) { if (remaining <= mark) { announced[mark] = true; } });
    var done = false;

    function tick() {
      var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      clock.textContent = format(left);
      // The last 5 minutes and the last minute look different (colour, border and words, not
      // colour alone); the polite live region below says the same thing once.
      root.classList.toggle("quiz-timer--warning", left <= 300 && left > 60);
      root.classList.toggle("quiz-timer--urgent", left <= 60);
      if (state) {
        state.textContent = left <= 60 ? "Last minute" : (left <= 300 ? "Under 5 minutes left" : "");
      }
      ANNOUNCE_AT.forEach(function (mark) {
        if (left <= mark && !announced[mark]) {
          announced[mark] = true;
          var minutes = mark / 60;
          live.textContent = minutes + (minutes === 1 ? " minute" : " minutes") + " remaining.";
        }
      });
      if (left <= 0 && !done) {
        done = true;
        live.textContent = "Time is up. Your answers are being submitted.";
        // A moment's grace lets an autosave in flight finish; the server has the final word.
        window.setTimeout(function () { window.location.assign(root.getAttribute("data-expired-url")); }, 1500);
      }
    }
    tick();
    window.setInterval(tick, 1000);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-quiz-timer]"), start);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
