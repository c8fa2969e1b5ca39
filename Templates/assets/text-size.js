// The text-size control: three steps (normal, larger, largest), remembered in the browser
// (localStorage) across pages and visits. The page template holds the control hidden; this script
// shows it, so without scripts the page is as it is. It runs in <head>, so a remembered size
// applies before the page is drawn.
(function () {
  "use strict";
  var key = "diglot-text-size";
  var root = document.documentElement;

  function remembered() {
    try {
      return localStorage.getItem(key);
    } catch (error) {
      return null; // storage off: the normal size
    }
  }

  function apply(step) {
    if (step !== "2" && step !== "3") step = "1";
    root.setAttribute("data-text-size", step);
    var buttons = document.querySelectorAll("[data-text-size] button, button[data-text-size]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-text-size") === step ? "true" : "false");
    }
    return step;
  }

  apply(remembered());

  document.addEventListener("DOMContentLoaded", function () {
    var control = document.querySelector(".text-size");
    if (!control) return;
    control.hidden = false;
    apply(root.getAttribute("data-text-size"));
    control.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-text-size]");
      if (!button) return;
      var step = apply(button.getAttribute("data-text-size"));
      try {
        localStorage.setItem(key, step);
      } catch (error) {
        // storage off: the size holds for this page only
      }
    });
  });
})();
