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

  var NARROW = "(max-width: 56rem)";
  var TOGGLED = "entente-toggled";  // sessionStorage: the control followed to load this page

  // The key that finds a control again on the next page: a facet value, an exclusion, a bar.
  function controlKey(element) {
    if (element.hasAttribute("data-key")) return element.getAttribute("data-key");
    if (element.hasAttribute("data-year")) return "bar:" + element.getAttribute("data-year");
    return null;
  }

  function findControl(key) {
    var found = null;
    document.querySelectorAll("[data-key], .histogram .bar[data-year]").forEach(function (el) {
      if (!found && controlKey(el) === key) found = el;
    });
    return found;
  }

  // Remember which control was followed, and whether from the keyboard (a click's detail is 0).
  function rememberToggle(event) {
    var control = event.target.closest && event.target.closest("[data-key], .histogram .bar");
    if (!control) return;
    var key = controlKey(control);
    if (!key) return;
    try {
      sessionStorage.setItem(TOGGLED, JSON.stringify({
        key: key, keyboard: event.detail === 0, top: control.getBoundingClientRect().top,
        path: location.pathname
      }));
    } catch (e) { /* storage off: the page still works, focus starts at the top */ }
  }

  function takeToggle() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(TOGGLED) || "null");
      sessionStorage.removeItem(TOGGLED);
      return saved && saved.path === location.pathname ? saved : null;
    } catch (e) {
      return null;
    }
  }

  // Facet values are checkboxes to assistive technology: Space toggles them as Enter does.
  function spaceToggles(event) {
    var target = event.target;
    if ((event.key === " " || event.key === "Spacebar") && target.getAttribute &&
        target.getAttribute("role") === "checkbox" && target.tagName === "A") {
      event.preventDefault();
      target.click();
    }
  }

  // After a reload, put the user where their eyes were: on a phone the results come first with
  // the panel folded; from the keyboard, focus goes back to the control just toggled; with a
  // mouse on a wide screen, the page keeps its scroll position.
  function restorePlace() {
    var panel = document.querySelector(".filters-toggle");
    var narrow = window.matchMedia(NARROW).matches;
    var saved = takeToggle();
    var control = saved && saved.key ? findControl(saved.key) : null;
    if (panel && narrow) panel.open = Boolean(control && saved.keyboard) || location.hash === "#filters";
    if (!control) return;
    if (saved.keyboard) {
      var more = control.closest(".facet-more");
      if (more) more.open = true;
      control.focus();
    } else if (!narrow) {  // the control back under the pointer, where it was on screen
      window.scrollBy(0, control.getBoundingClientRect().top - saved.top);
    }
  }

  // The panel's "Show N results": fold the panel and land on the results heading.
  function setUpPanelLinks() {
    var panel = document.querySelector(".filters-toggle");
    var heading = document.getElementById("results-heading");
    document.querySelectorAll('a[href="#results-heading"]').forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (!heading) return;
        event.preventDefault();
        if (panel && window.matchMedia(NARROW).matches) panel.open = false;
        heading.focus();
        heading.scrollIntoView({ block: "start" });
      });
    });
    document.querySelectorAll('a[href="#filters"]').forEach(function (link) {
      link.addEventListener("click", function () { if (panel) panel.open = true; });
    });
  }

  // A histogram wider than the screen scrolls: show the selected year, else the newest.
  function scrollHistogram() {
    var box = document.querySelector(".histogram-scroll");
    if (!box || box.scrollWidth <= box.clientWidth) return;
    var chosen = box.querySelector(".bar.is-selected");
    if (chosen) {
      var boxLeft = box.getBoundingClientRect().left;
      var bar = chosen.getBoundingClientRect();
      box.scrollLeft += bar.left - boxLeft - box.clientWidth / 2 + bar.width / 2;
    } else {
      box.scrollLeft = box.scrollWidth;
    }
  }

  // Count terms as the server does: words, "phrases" and field:values; not operators.
  var TERM_RE = /(?:[A-Za-z_]+:)?"[^"]*"?|[^\s()"]+/g;
  var OPERATORS = { OR: 1, AND: 1, NOT: 1, "||": 1, "&&": 1 };

  function countTerms(text) {
    var count = 0;
    (text.match(TERM_RE) || []).forEach(function (token) {
      var word = token.replace(/^[-!+]+/, "");
      if (word && !OPERATORS[word]) count += 1;
    });
    return count;
  }

  // Say, as the user types or pastes, when the search is longer than the server takes.
  function setUpQueryLimits() {
    var box = document.getElementById("q");
    var line = document.getElementById("q-limit");
    if (!box || !line) return;
    var maxChars = parseInt(box.getAttribute("data-max-chars"), 10);
    var maxTerms = parseInt(box.getAttribute("data-max-terms"), 10);
    function check() {
      var text = box.value.trim();
      var terms = countTerms(text);
      var message = "";
      if (text.length > maxChars) {
        message = "Your search is " + text.length + " characters long and at most " + maxChars +
          " fit; shorten it, or move countries, topics and years into the filters.";
      } else if (terms > maxTerms) {
        message = "Your search has " + terms + " words and at most " + maxTerms +
          " fit; drop some, or move countries, topics and years into the filters.";
      } else if (text.length > maxChars * 0.9) {
        message = text.length + " of " + maxChars + " characters.";
      }
      line.textContent = message;
      line.classList.toggle("is-over", text.length > maxChars || terms > maxTerms);
    }
    box.addEventListener("input", check);
    check();
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

  // A "Copy" button copies its field's text (the feed's address) and says so.
  function setUpCopyButtons() {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      var field = document.getElementById(button.getAttribute("data-copy"));
      var status = document.getElementById(button.getAttribute("aria-describedby"));
      if (!field) return;
      function done(message) {
        if (status) status.textContent = message;
      }
      function fallback() {
        field.focus();
        field.select();
        var copied = false;
        try {
          copied = document.execCommand("copy");
        } catch (error) {
          copied = false;
        }
        done(copied ? "Copied" : "Selected: press Ctrl+C (⌘C) to copy");
      }
      button.addEventListener("click", function () {
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(field.value).then(function () {
            done("Copied");
          }, fallback);
        } else {
          fallback();
        }
      });
      field.addEventListener("focus", function () {
        field.select();
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpCopyButtons();
    document.querySelectorAll(".facet").forEach(setUpFacetFilter);
    restorePlace();
    setUpPanelLinks();
    scrollHistogram();
    setUpQueryLimits();
    document.addEventListener("keydown", focusShortcut);
    document.addEventListener("keydown", spaceToggles);
    document.addEventListener("click", rememberToggle, true);
  });
})();
