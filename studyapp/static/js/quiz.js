// studyapp quiz pages: the countdown of a timed quiz. The server keeps the real clock;
// this only shows it, and at zero goes on to the results.
"use strict";

(function () {
  function clockText(seconds) {
    var rest = seconds % 60;
    return Math.floor(seconds / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function countdown(timer) {
    var clock = timer.querySelector("[data-clock]");
    var ends = Date.now() + 1000 * parseInt(timer.dataset.secondsLeft, 10);
    var interval;
    function tick() {
      var left = Math.max(0, Math.ceil((ends - Date.now()) / 1000));
      clock.textContent = clockText(left);
      if (left <= 60) timer.classList.add("low");
      if (left === 0) {
        clearInterval(interval);
        window.location.assign(timer.dataset.timeupUrl);
      }
    }
    interval = setInterval(tick, 1000);
    tick();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var timer = document.querySelector("[data-quiz-timer]");
    if (timer) countdown(timer);
  });
})();
