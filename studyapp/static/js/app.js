// studyapp: small enhancements only; every page works without this file.
"use strict";

(function () {
  function detectTimezone() {
    var field = document.querySelector("[data-detect-timezone]");
    if (field && !field.value && window.Intl) {
      field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    }
  }

  function typing(target) {
    return target && (target.tagName === "INPUT" && target.type === "text" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
  }

  // Keys on a study page: 1-4 pick a choice or a rating, Enter or Space check and go on, Z undoes.
  function studyKeys(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var form = document.querySelector("[data-study-form]");
    var next = document.querySelector("[data-next]");
    var key = event.key;
    if (typing(event.target)) {
      return; // Enter in a text field submits the form natively.
    }
    if (form) {
      var details = form.querySelector("[data-flashcard]");
      if (/^[1-9]$/.test(key)) {
        if (details && !details.open) return;
        var target = form.querySelector('[data-key="' + key + '"]');
        if (!target) return;
        event.preventDefault();
        if (target.tagName === "BUTTON") { target.click(); return; }
        target.checked = target.type === "checkbox" ? !target.checked : true;
        target.focus();
      } else if (key === "Enter" || key === " ") {
        if (event.target && event.target.tagName === "BUTTON") return;
        event.preventDefault();
        if (details && !details.open) { details.open = true; return; }
        if (!details) form.requestSubmit();
      }
    } else if (next && (key === "Enter" || key === " ")) {
      if (event.target && event.target.tagName === "BUTTON") return;
      event.preventDefault();
      next.click();
    } else if ((key === "z" || key === "Z") && document.querySelector("[data-undo]")) {
      event.preventDefault();
      document.querySelector("[data-undo]").click();
    }
  }

  // One submit per page: a double click must not send the answer twice.
  function submitOnce(event) {
    var form = event.target;
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = "1";
  }

  document.addEventListener("DOMContentLoaded", function () {
    detectTimezone();
    document.addEventListener("keydown", studyKeys);
    var form = document.querySelector("[data-study-form]");
    if (form) form.addEventListener("submit", submitOnce);
  });
})();
