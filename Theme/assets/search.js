/* Tally's search: a classic script, so that it works from a folder opened in a browser with no
   server and no network. The index is in parts, each another classic script: search-index.js
   names the parts; words-ab.js gives the pages of each word beginning "ab"; pages-3.js the
   titles and opening text of a hundred pages. A query loads only the parts its words need.
   Everything here runs on this computer. */
(function () {
  "use strict";
  var index = window.tallySearchIndex;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var noScript = document.getElementById("search-no-script");
  var indexScript = document.querySelector("script[data-search-index]");
  if (!index || !index.shards || !form || !input || !status || !list || !indexScript) { return; }
  var root = list.getAttribute("data-root") || "";
  // The site's words, from its strings file, with {placeholders} filled in here.
  function wordsFor(name, values) {
    var text = list.getAttribute("data-words-" + name) || "";
    return text.replace(/\{([a-z-]+)\}/g, function (whole, key) { return values.hasOwnProperty(key) ? values[key] : whole; });
  }
  var pluralRules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;
  function pluralWords(name, count, values) {
    var category = pluralRules ? pluralRules.select(count) : (count === 1 ? "one" : "other");
    if (!list.hasAttribute("data-words-" + name + "-" + category)) { category = "other"; }
    values.count = String(count);
    return wordsFor(name + "-" + category, values);
  }
  var source = indexScript.getAttribute("src");
  var base = source.slice(0, source.lastIndexOf("/") + 1);

  form.hidden = false;
  if (noScript) { noScript.hidden = true; }

  // The parts arrive by calling these, as each script loads.
  var words = {}, pages = {}, waiting = {};
  window.tallySearch = {
    words: function (key, table) { words[key] = table; },
    pages: function (chunk, rows) { pages[chunk] = rows; }
  };

  // Loads the files not yet loaded, then calls done (also when a file is missing).
  function load(files, done) {
    var left = 0;
    function one() { left -= 1; if (left === 0) { done(); } }
    files.forEach(function (file) {
      if (waiting[file] === true) { return; }
      left += 1;
      if (waiting[file]) { waiting[file].push(one); return; }
      waiting[file] = [one];
      var script = document.createElement("script");
      script.src = base + file;
      script.onload = script.onerror = function () {
        var callbacks = waiting[file];
        waiting[file] = true;
        callbacks.forEach(function (callback) { callback(); });
      };
      document.head.appendChild(script);
    });
    if (left === 0) { done(); }
  }

  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'");
  }

  // The index's rule for a word: ASCII letters, digits and apostrophes, and any other character
  // but spaces and the punctuation of Latin-1, General Punctuation and CJK.
  function isWordUnit(code) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x27) { return true; }
    if (code < 0x80 || (code >= 0xa0 && code <= 0xbf) || code === 0xd7 || code === 0xf7) { return false; }
    return !((code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f));
  }

  // Apostrophes at either end of a word are quotation marks, not part of it.
  function wordsOf(text) {
    var found = [], word = "";
    function finish() { word = word.replace(/^'+|'+$/g, ""); if (word) { found.push(word); } word = ""; }
    for (var i = 0; i < text.length; i += 1) {
      if (isWordUnit(text.charCodeAt(i))) { word += text.charAt(i); } else if (word) { finish(); }
    }
    if (word) { finish(); }
    return found;
  }

  // The parts a word is in: its first two letters; a word of one letter, every part it begins.
  function keysOf(word) {
    if (word.length >= 2) { return index.shards[word.slice(0, 2)] ? [word.slice(0, 2)] : []; }
    return Object.keys(index.shards).filter(function (key) { return key.charAt(0) === word; });
  }

  // For each page with a word beginning `word`: 10 when its title has one, else 1.
  function hits(word) {
    var found = {};
    keysOf(word).forEach(function (key) {
      var table = words[key] || {};
      Object.keys(table).forEach(function (candidate) {
        if (candidate.indexOf(word) !== 0) { return; }
        var value = 0;
        table[candidate].forEach(function (step) {
          value += step;
          var page = value >> 1, score = (value & 1) ? 10 : 1;
          if (!found[page] || found[page] < score) { found[page] = score; }
        });
      });
    });
    return found;
  }

  function entryOf(page) {
    var row = (pages[Math.floor(page / index.chunk)] || [])[page % index.chunk];
    return row ? { t: row[0], u: row[1], k: row[2], x: row[3], s: row[4] } : null;
  }

  // The words around the first match in the page's opening text, or its opening when the match
  // is further in; as [text, isMatch] pieces, so that the matches can be marked.
  function snippet(entry, queryWords) {
    var text = entry.x, folded = fold(text), at = -1;
    for (var i = 0; i < queryWords.length && at === -1; i += 1) { at = folded.indexOf(queryWords[i]); }
    var start = at === -1 ? 0 : Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 60)) + 1);
    var end = Math.min(text.length, start + 200);
    if (end < text.length) { var space = text.lastIndexOf(" ", end); if (space > start + 100) { end = space; } }
    var shown = text.slice(start, end), foldedShown = folded.slice(start, end);
    var pieces = [], cursor = 0;
    while (cursor < shown.length) {
      var next = -1, length = 0;
      for (var j = 0; j < queryWords.length; j += 1) {
        var found = foldedShown.indexOf(queryWords[j], cursor);
        if (found !== -1 && (next === -1 || found < next)) { next = found; length = queryWords[j].length; }
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

  // Searched words that the page has further on than its title and excerpt show.
  function furtherOn(entry, queryWords) {
    var shown = fold(entry.x) + " " + fold(entry.t);
    return queryWords.filter(function (word) { return shown.indexOf(word) === -1; });
  }

  function snippetOfTitle(title, queryWords) {
    return snippet({ x: title }, queryWords).filter(function (piece) { return piece[0] !== "… " && piece[0] !== " …"; });
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

  function show(query, queryWords, results) {
    list.textContent = "";
    var shown = results.slice(0, 50);
    shown.forEach(function (result) {
      var entry = entryOf(result.page);
      if (!entry) { return; }
      var li = document.createElement("li");
      li.className = "search__result";
      var link = document.createElement("a");
      link.href = root + entry.u;
      marked(link, snippetOfTitle(entry.t, queryWords));
      var about = document.createElement("p");
      about.className = "search__result-kind meta";
      about.textContent = entry.k;
      if (entry.s) {
        about.appendChild(document.createTextNode(" \u00b7 "));
        var tag = document.createElement("strong");
        tag.className = "tag tag--grey";
        tag.textContent = entry.s;
        about.appendChild(tag);
      }
      var text = document.createElement("p");
      marked(text, snippet(entry, queryWords));
      var rest = furtherOn(entry, queryWords);
      li.appendChild(link);
      li.appendChild(about);
      li.appendChild(text);
      if (rest.length > 0) {
        var more = document.createElement("p");
        more.className = "meta";
        more.textContent = wordsFor("further", { words: rest.join(", ") });
        li.appendChild(more);
      }
      list.appendChild(li);
    });
    var total = results.length;
    if (total === 0) {
      status.textContent = wordsFor("none", { query: query });
    } else {
      var results = pluralWords("results", total, { query: query });
      status.textContent = total > 50 ? wordsFor("first-shown", { results: results, shown: "50" }) : wordsFor("all-shown", { results: results });
    }
  }

  var latest = 0;
  function search(query) {
    var queryWords = wordsOf(fold(query));
    var asked = latest += 1;
    if (queryWords.length === 0) { list.textContent = ""; status.textContent = ""; return; }
    var files = [];
    queryWords.forEach(function (word) {
      keysOf(word).forEach(function (key) { if (files.indexOf(index.shards[key]) === -1) { files.push(index.shards[key]); } });
    });
    load(files, function () {
      if (asked !== latest) { return; }
      // Pages with every word, scored by where it is; ties in title order.
      var scores = null;
      queryWords.forEach(function (word) {
        var found = hits(word), next = {};
        Object.keys(found).forEach(function (page) {
          if (scores === null || scores[page] !== undefined) { next[page] = (scores === null ? 0 : scores[page]) + found[page]; }
        });
        scores = next;
      });
      var results = Object.keys(scores).map(function (page) { return { page: Number(page), score: scores[page] }; });
      results.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
      var chunks = [];
      results.slice(0, 50).forEach(function (result) {
        var file = "pages-" + Math.floor(result.page / index.chunk) + ".js";
        if (chunks.indexOf(file) === -1) { chunks.push(file); }
      });
      load(chunks, function () { if (asked === latest) { show(query, queryWords, results); } });
    });
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
