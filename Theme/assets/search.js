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

  function snippet(entry, words) {
    var text = entry.x, folded = fold(text), at = -1;
    for (var i = 0; i < words.length && at === -1; i += 1) { at = folded.indexOf(words[i]); }
    if (at === -1) { return text.slice(0, 160); }
    var start = Math.max(0, at - 60);
    return (start > 0 ? "… " : "") + text.slice(start, start + 180) + (start + 180 < text.length ? " …" : "");
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
      link.textContent = entry.t;
      var kind = document.createElement("span");
      kind.className = "meta";
      kind.textContent = " " + entry.k;
      var text = document.createElement("p");
      text.textContent = snippet(entry, words);
      li.appendChild(link);
      li.appendChild(kind);
      li.appendChild(text);
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
