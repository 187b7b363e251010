// The page works without this script; it adds three things. A card that would run out of
// the window is moved back into it (to the left, or above its statement). Esc hides the card
// of the statement under the pointer or focus (WCAG 1.4.13: content on hover is dismissible),
// until the pointer or focus leaves it. A link to a statement (report.html#q1-3, the speaker
// list's links) moves the focus to it, which shows its card.
(function () {
  "use strict";
  var MARGIN = 8;
  function place(event) {
    var mark = event.target instanceof Element ? event.target.closest("mark.q") : null;
    var card = mark ? document.getElementById(mark.getAttribute("aria-describedby")) : null;
    if (!card) return;
    // Focus scrolls the statement into view only after this event: do it first, then measure.
    if (event.type === "focusin") mark.scrollIntoView({block: "nearest", inline: "nearest"});
    card.style.left = "";
    card.style.top = "";
    card.style.bottom = "";
    var box = card.getBoundingClientRect();
    if (box.width === 0) return;  // not shown
    var width = document.documentElement.clientWidth;
    if (box.right > width - MARGIN) {
      card.style.left = Math.min(0, width - MARGIN - box.right) + "px";
      box = card.getBoundingClientRect();
    }
    if (box.left < MARGIN) card.style.left = (parseFloat(card.style.left || "0") + MARGIN - box.left) + "px";
    if (box.bottom > window.innerHeight - MARGIN && box.height + 2 * MARGIN < mark.getBoundingClientRect().top) {
      card.style.top = "auto";
      card.style.bottom = "calc(100% + 0.35rem)";
    }
  }
  document.addEventListener("mouseover", place);
  document.addEventListener("focusin", place);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll("mark.q:hover, mark.q:focus").forEach(function (mark) {
      mark.classList.add("dismissed");
    });
  });
  function restore(event) {
    var mark = event.target;
    if (mark instanceof Element && mark.matches("mark.q")) mark.classList.remove("dismissed");
  }
  document.addEventListener("focusout", restore, true);
  document.addEventListener("mouseleave", restore, true);
  function focusLinked() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var mark = id ? document.getElementById(id) : null;
    if (mark && mark.matches("mark.q")) mark.focus();
  }
  window.addEventListener("hashchange", focusLinked);
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link) window.setTimeout(focusLinked, 0);  // also when the hash does not change
  });
  focusLinked();
})();
