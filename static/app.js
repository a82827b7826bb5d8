// Small enhancements; the site works without them.
(function () {
  "use strict";

  // Letters Unicode does not decompose, folded as indexer/extract/personkey.py LETTERS does
  // (a unit test keeps the two tables equal).
  var LETTERS = { "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "þ": "th" };
  var LETTER_RE = new RegExp("[" + Object.keys(LETTERS).join("") + "]", "g");

  // Lowercase, drop accents and fold the letters above, as searchapp/labels.py fold() does.
  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "")
      .replace(LETTER_RE, function (c) { return LETTERS[c]; }).replace(/\s+/g, " ").trim();
  }

  // Filter boxes for long facet lists: show the box, hide values none of whose names match.
  // Each value carries its folded names in data-search (label, code, aliases, spellings).
  function setUpFacetFilter(section) {
    var input = section.querySelector(".facet-filter");
    if (!input) return;
    input.hidden = false;
    var more = section.querySelector(".facet-more");
    var status = section.querySelector(".facet-no-match");
    input.addEventListener("input", function () {
      var needle = fold(input.value.replace(/\|/g, " "));
      if (needle && more) more.open = true;
      var shown = 0;
      section.querySelectorAll(".facet-values li").forEach(function (item) {
        var link = item.querySelector(".facet-value");
        var names = (link && link.getAttribute("data-search")) || "";
        var match = needle === "" || names.split("|").some(function (name) {
          return name.indexOf(needle) !== -1;
        });
        item.hidden = !match;
        if (match) shown += 1;
      });
      if (status) {
        var noun = status.getAttribute("data-noun") || "value";
        status.textContent = needle && shown === 0
          ? "No " + noun + " matches \u201c" + input.value.trim() + "\u201d."
          : "";
      }
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
