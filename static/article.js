// Step through the search's matches on an article page: the Previous / Next links of the match
// bar (and the keys n, Shift+n) move a "current" match and scroll it into view. Without this
// script the links still jump to the first and last match.
(function () {
  "use strict";

  function setUp(bar) {
    var marks = Array.prototype.slice.call(document.querySelectorAll("mark.match"));
    var status = bar.querySelector(".match-count");
    var total = marks.length;
    if (!total || !status) return;
    var query = status.getAttribute("data-query") || "";
    var current = -1;

    function show(index) {
      if (current >= 0) marks[current].classList.remove("is-current");
      current = (index + total) % total;
      var mark = marks[current];
      mark.classList.add("is-current");
      mark.scrollIntoView({ block: "center" });
      status.textContent = "Match " + (current + 1) + " of " + total + " for \u201c" + query + "\u201d";
      if (history.replaceState) history.replaceState(null, "", "#" + mark.id);
    }

    function step(by) {
      show(current < 0 ? (by > 0 ? 0 : total - 1) : current + by);
    }

    bar.querySelector(".match-next").addEventListener("click", function (event) {
      event.preventDefault();
      step(1);
    });
    bar.querySelector(".match-prev").addEventListener("click", function (event) {
      event.preventDefault();
      step(-1);
    });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
      if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "n" || event.key === "N") {
        event.preventDefault();
        step(event.shiftKey ? -1 : 1);
      }
    });
    var start = marks.findIndex(function (mark) { return "#" + mark.id === location.hash; });
    if (start >= 0) show(start);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var bar = document.querySelector(".match-bar");
    if (bar) setUp(bar);
  });
})();
