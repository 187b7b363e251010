// The page works without this script; it adds two things. Esc hides the card of the
// statement under the pointer or focus (WCAG 1.4.13: content on hover is dismissible), until
// the pointer or focus leaves it. A link to a statement (report.html#q1-3, the speaker list's
// links) moves the focus to it, which shows its card.
(function () {
  "use strict";
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
