// Teacher pages: show only the fields of the chosen question type, and let the teacher mark
// the right choices beside them. Without this file every field stays visible, the right
// answer is typed, and the form still works.
"use strict";

(function () {
  function lines(text) {
    return text.split("\n").map(function (line) { return line.trim(); }).filter(Boolean);
  }

  function typeOf(form) {
    return form.querySelector("select[name=type]").value;
  }

  function showFieldsFor(form) {
    var type = typeOf(form);
    form.querySelectorAll("[data-for-type]").forEach(function (element) {
      var types = element.dataset.scriptForType || element.dataset.forType;
      element.hidden = types.split(" ").indexOf(type) === -1;
    });
  }

  // One radio (multiple choice) or checkbox (select-all) beside each choice; ticking them
  // writes the right answer field, which the server reads as before.
  function markRight(form) {
    var box = form.querySelector("[data-mark-right]");
    var choices = form.querySelector("textarea[name=choices]");
    var right = form.querySelector("textarea[name=right]");
    if (!box || !choices || !right) return function () {};
    var list = box.querySelector("[data-marks]");
    if (["mcq", "multi"].indexOf(typeOf(form)) !== -1) {
      form.querySelectorAll("[data-right-error]").forEach(function (error) { box.appendChild(error); });
    }

    function render() {
      var type = typeOf(form);
      if (type !== "mcq" && type !== "multi") return;
      var marked = lines(right.value);
      var items = lines(choices.value);
      list.textContent = "";
      items.forEach(function (choice) {
        var item = document.createElement("li");
        var label = document.createElement("label");
        var input = document.createElement("input");
        var text = document.createElement("bdi");
        label.className = "choice";
        input.type = type === "mcq" ? "radio" : "checkbox";
        input.name = "mark";
        input.value = choice;
        input.checked = marked.indexOf(choice) !== -1;
        text.textContent = choice;
        label.appendChild(input);
        label.appendChild(text);
        item.appendChild(label);
        list.appendChild(item);
      });
      box.querySelector("[data-no-choices]").hidden = items.length > 0;
      sync();
    }

    function sync() {
      var checked = [];
      list.querySelectorAll("input:checked").forEach(function (input) { checked.push(input.value); });
      right.value = checked.join("\n");
    }

    choices.addEventListener("input", render);
    list.addEventListener("change", sync);
    return render;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-question-form]");
    if (!form) return;
    var renderMarks = markRight(form);
    form.querySelector("select[name=type]").addEventListener("change", function () {
      showFieldsFor(form);
      renderMarks();
    });
    showFieldsFor(form);
    renderMarks();
  });
})();
