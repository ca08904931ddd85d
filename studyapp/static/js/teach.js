// Teacher pages: show only the fields of the chosen question type. Without this file every
// field stays visible and the form still works.
"use strict";

(function () {
  function showFieldsFor(form) {
    var type = form.querySelector("select[name=type]").value;
    form.querySelectorAll("[data-for-type]").forEach(function (element) {
      element.hidden = element.dataset.forType.split(" ").indexOf(type) === -1;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-question-form]");
    if (!form) return;
    form.querySelector("select[name=type]").addEventListener("change", function () { showFieldsFor(form); });
    showFieldsFor(form);
  });
})();
