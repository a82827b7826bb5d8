// Small enhancements; the site works without them.
(function () {
  "use strict";

  // Filter boxes for long facet lists: show the box, hide values that do not match.
  function setUpFacetFilter(section) {
    var input = section.querySelector(".facet-filter");
    if (!input) return;
    input.hidden = false;
    var more = section.querySelector(".facet-more");
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      if (needle && more) more.open = true;
      section.querySelectorAll(".facet-values li").forEach(function (item) {
        var link = item.querySelector(".facet-value");
        var label = (link && link.getAttribute("data-label") || "").toLowerCase();
        item.hidden = needle !== "" && label.indexOf(needle) === -1;
      });
    });
  }

  // On small screens start with the filter panel folded so results come first.
  function foldFiltersOnPhones() {
    var panel = document.querySelector(".filters-toggle");
    if (panel && window.matchMedia("(max-width: 56rem)").matches) {
      var anySelected = document.querySelector(".facet-value.is-selected");
      if (!anySelected) panel.open = false;
    }
  }

  // "/" focuses the search box, as on many search sites.
  function focusShortcut(event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA");
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById("q");
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".facet").forEach(setUpFacetFilter);
    foldFiltersOnPhones();
    document.addEventListener("keydown", focusShortcut);
  });
})();
