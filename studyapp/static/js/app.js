// studyapp: small enhancements only; every page works without this file.
"use strict";

(function () {
  function detectTimezone() {
    var field = document.querySelector("[data-detect-timezone]");
    if (field && !field.value && window.Intl) {
      field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    }
  }

  // Fields where keys are the student's own: text of any kind, and the order selects.
  function typing(target) {
    if (!target || !target.tagName) return false;
    if (target.tagName === "INPUT") return !/^(radio|checkbox|submit|button|reset|hidden)$/.test(target.type);
    return target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable;
  }

  // The digit a key stands for: 1-9 from the top row, the number pad, or an Arabic
  // keyboard, whose top row types Arabic-Indic digits (١٢٣) instead.
  function digitOf(event) {
    var key = event.key || "";
    if (/^[1-9]$/.test(key)) return key;
    var code = key.length === 1 ? key.charCodeAt(0) : 0;
    if (code >= 0x0661 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f1 && code <= 0x06f9) return String(code - 0x06f0);
    var physical = /^(?:Digit|Numpad)([1-9])$/.exec(event.code || "");
    return physical && !/^[0-9a-z]$/i.test(key) ? physical[1] : null;
  }

  // Z, or the key in Z's place on a layout without Latin letters (ئ on an Arabic keyboard).
  function isUndo(event) {
    var key = event.key || "";
    return key === "z" || key === "Z" || (event.code === "KeyZ" && !/^[a-z]$/i.test(key));
  }

  // Keys on a study page: 1-9 pick a choice or a rating, Enter or Space check and go on,
  // Space shows a flashcard's answer, Z undoes.
  function studyKeys(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    var form = document.querySelector("[data-study-form]");
    var next = document.querySelector("[data-next]");
    var undo = document.querySelector("[data-undo]");
    var key = event.key;
    var go = key === "Enter" || key === " ";
    // A key held down repeats: it must not check an answer and then skip past its result.
    if (event.repeat && (go || isUndo(event))) { if (form || next) event.preventDefault(); return; }
    if (typing(event.target)) {
      // Enter in a text field submits natively; a select does not, so submit for it.
      if (form && key === "Enter" && event.target.tagName === "SELECT" && form.contains(event.target)) {
        event.preventDefault();
        form.requestSubmit();
      }
      return;
    }
    var digit = digitOf(event);
    if (form) {
      var details = form.querySelector("[data-flashcard]");
      if (digit) {
        if (details && !details.open) return;
        var target = form.querySelector('[data-key="' + digit + '"]');
        if (!target) return;
        event.preventDefault();
        if (target.tagName === "BUTTON") { target.click(); return; }
        target.checked = target.type === "checkbox" ? !target.checked : true;
        target.focus();
      } else if (go) {
        if (event.target && (event.target.tagName === "BUTTON" || event.target.tagName === "A")) return;
        event.preventDefault();
        if (details && !details.open) { details.open = true; return; }
        if (!details) form.requestSubmit();
      }
    } else if (next && go) {
      if (event.target && event.target.tagName === "BUTTON") return;
      event.preventDefault();
      next.click();
    } else if (undo && isUndo(event)) {
      event.preventDefault();
      undo.click();
    }
  }

  // One submit per page: a double click must not send the answer twice.
  function submitOnce(event) {
    var form = event.target;
    // A select-all question with no box ticked: ask, rather than send a wrong answer.
    var nothing = form.querySelector("[data-nothing-chosen]");
    if (nothing && !form.querySelector("input[name=choice]:checked")) {
      event.preventDefault();
      nothing.hidden = false;
      form.querySelector("input[name=choice]").focus();
      return;
    }
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = "1";
  }

  // A result page arrives as the answer's response: give it its own address, so that a
  // reload or a shared link shows the result instead of sending the answer again.
  function settleAddress() {
    var page = document.querySelector("[data-address]");
    if (page && window.history.replaceState && window.location.pathname !== page.dataset.address) {
      window.history.replaceState(null, "", page.dataset.address);
    }
  }

  // A result page's verdict sits in a live region; written again once the page is up, so
  // that a screen reader announces it (a region's first content is not announced).
  function announceVerdict() {
    var verdict = document.querySelector("[data-verdict]");
    if (!verdict) return;
    var text = verdict.textContent;
    verdict.textContent = "";
    window.setTimeout(function () { verdict.textContent = text; }, 100);
  }

  document.addEventListener("DOMContentLoaded", function () {
    detectTimezone();
    settleAddress();
    announceVerdict();
    document.addEventListener("keydown", studyKeys);
    var form = document.querySelector("[data-study-form]");
    if (form) form.addEventListener("submit", submitOnce);
  });
})();
