/* Tally's search: a classic script, so that it works from a folder opened in a browser with no
   server and no network. The index is another classic script, search/search-index.js, which
   sets window.tallySearchIndex. Everything here runs on this computer. */
(function () {
  "use strict";
  var entries = window.tallySearchIndex;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var noScript = document.getElementById("search-no-script");
  if (!entries || !form || !input || !status || !list) { return; }
  var root = list.getAttribute("data-root") || "";

  form.hidden = false;
  if (noScript) { noScript.hidden = true; }

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'");
  }

  // x is the opening of a page's text (shown as the excerpt); w is every other word in it.
  var prepared = entries.map(function (entry) {
    return { entry: entry, title: fold(entry.t), text: fold(entry.x + " " + (entry.w || "")) };
  });

  function count(haystack, needle) {
    var found = 0, at = haystack.indexOf(needle);
    while (at !== -1 && found < 50) { found += 1; at = haystack.indexOf(needle, at + needle.length); }
    return found;
  }

  // The words around the first match in the page's opening text, or its opening when the match
  // is further in; as [text, isMatch] pieces, so that the matches can be marked.
  function snippet(entry, words) {
    var text = entry.x, folded = fold(text), at = -1;
    for (var i = 0; i < words.length && at === -1; i += 1) { at = folded.indexOf(words[i]); }
    var start = at === -1 ? 0 : Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 60)) + 1);
    var end = Math.min(text.length, start + 200);
    if (end < text.length) { var space = text.lastIndexOf(" ", end); if (space > start + 100) { end = space; } }
    var shown = text.slice(start, end), foldedShown = folded.slice(start, end);
    var pieces = [], cursor = 0;
    while (cursor < shown.length) {
      var next = -1, length = 0;
      for (var j = 0; j < words.length; j += 1) {
        var found = foldedShown.indexOf(words[j], cursor);
        if (found !== -1 && (next === -1 || found < next)) { next = found; length = words[j].length; }
      }
      if (next === -1) { pieces.push([shown.slice(cursor), false]); break; }
      if (next > cursor) { pieces.push([shown.slice(cursor, next), false]); }
      pieces.push([shown.slice(next, next + length), true]);
      cursor = next + length;
    }
    if (start > 0) { pieces.unshift(["… ", false]); }
    if (end < text.length) { pieces.push([" …", false]); }
    return pieces;
  }

  // Searched words that the page has further on than its excerpt shows.
  function furtherOn(item, words) {
    var shown = fold(item.entry.x);
    return words.filter(function (word) { return shown.indexOf(word) === -1 && item.title.indexOf(word) === -1; });
  }

  function snippetOfTitle(title, words) {
    return snippet({ x: title }, words).filter(function (piece) { return piece[0] !== "… " && piece[0] !== " …"; });
  }

  function marked(container, pieces) {
    pieces.forEach(function (piece) {
      if (piece[1]) {
        var mark = document.createElement("mark");
        mark.textContent = piece[0];
        container.appendChild(mark);
      } else {
        container.appendChild(document.createTextNode(piece[0]));
      }
    });
  }

  function search(query) {
    var words = fold(query).split(/\s+/).filter(function (word) { return word.length > 0; });
    list.textContent = "";
    if (words.length === 0) { status.textContent = ""; return; }
    var results = [];
    prepared.forEach(function (item) {
      var score = 0;
      for (var i = 0; i < words.length; i += 1) {
        var inTitle = count(item.title, words[i]), inText = count(item.text, words[i]);
        if (inTitle + inText === 0) { return; }
        score += inTitle * 10 + inText;
      }
      results.push({ item: item, score: score });
    });
    results.sort(function (a, b) { return b.score - a.score || (a.item.entry.t < b.item.entry.t ? -1 : 1); });
    var shown = results.slice(0, 50);
    shown.forEach(function (result) {
      var entry = result.item.entry;
      var li = document.createElement("li");
      li.className = "search__result";
      var link = document.createElement("a");
      link.href = root + entry.u;
      marked(link, snippetOfTitle(entry.t, words));
      var about = document.createElement("p");
      about.className = "search__result-kind meta";
      about.textContent = entry.k;
      if (entry.s) {
        about.appendChild(document.createTextNode(" \u00b7 "));
        var status = document.createElement("strong");
        status.className = "tag tag--grey";
        status.textContent = entry.s;
        about.appendChild(status);
      }
      var text = document.createElement("p");
      marked(text, snippet(entry, words));
      var rest = furtherOn(result.item, words);
      li.appendChild(link);
      li.appendChild(about);
      li.appendChild(text);
      if (rest.length > 0) {
        var more = document.createElement("p");
        more.className = "meta";
        more.textContent = "Further on, the page mentions: " + rest.join(", ");
        li.appendChild(more);
      }
      list.appendChild(li);
    });
    var total = results.length;
    status.textContent = total === 0 ? "No results for \u201c" + query + "\u201d." :
      total + (total === 1 ? " result" : " results") + " for \u201c" + query + "\u201d" + (total > 50 ? ", the first 50 shown." : ".");
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value);
  });
  input.addEventListener("input", function () { search(input.value); });

  var match = /[?&]q=([^&]*)/.exec(window.location.search);
  if (match) {
    input.value = decodeURIComponent(match[1].replace(/\+/g, " "));
    search(input.value);
  }
}());
