// Search of the site's pages, in the browser, with no server: the build writes an index of each
// language beside its search page as scripts (loaded with <script>, so search works from a web
// server and from the file system alike), and this script shows the pages that have every
// character pair, word and figure of what the visitor typed.
//
// The query is cut as the build cuts the pages' text (Sources/DiglotSite/Search/SearchTerms.swift
// and EnglishStemmer.swift): the two must stay alike.
(function () {
  "use strict";

  var results = document.getElementById("search-results");
  var form = document.querySelector("form.search-form");
  var field = document.getElementById("search-query");
  if (!results || !form || !field) return;
  var root = results.getAttribute("data-root") || "";
  var perScreen = 10;

  // ------------------------------------------------------------------ loading the index

  var files = {};
  var waiting = {};
  window.diglotSearch = {
    loaded: function (name, data) {
      files[name] = data;
      (waiting[name] || []).forEach(function (done) { done(); });
      delete waiting[name];
    },
    // What the last search loaded and how long it took: read by the site checks.
    loadedFiles: [],
    lastMilliseconds: null
  };

  // Loads `name.js` from the search page's folder once.
  function load(name) {
    if (files[name]) return Promise.resolve(files[name]);
    return new Promise(function (resolve, reject) {
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push(function () { resolve(files[name]); });
      if (!first) return;
      window.diglotSearch.loadedFiles.push(name + ".js");
      var script = document.createElement("script");
      script.src = name + ".js";
      script.onerror = function () { reject(new Error("cannot load " + name + ".js")); };
      document.head.appendChild(script);
    });
  }

  // Numbers written as seven-bit groups in base64 (SearchIndex.base64).
  function numbers(base64) {
    var bytes = atob(base64);
    var out = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < bytes.length; i++) {
      var byte = bytes.charCodeAt(i);
      value += (byte & 0x7f) * Math.pow(2, shift);
      if (byte < 0x80) {
        out.push(value);
        value = 0;
        shift = 0;
      } else {
        shift += 7;
      }
    }
    return out;
  }

  // Running totals: [0, a, a+b, …].
  function starts(counts) {
    var out = [0];
    counts.forEach(function (count) { out.push(out[out.length - 1] + count); });
    return out;
  }

  // The last i with list[i] <= value.
  function slot(list, value) {
    var low = 0;
    var high = list.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (list[middle] <= value) low = middle; else high = middle - 1;
    }
    return low;
  }

  var manifest = null;
  function loadManifest() {
    if (manifest) return Promise.resolve(manifest);
    return load("index").then(function (data) {
      manifest = {
        termFiles: data.terms,
        pageStarts: starts(numbers(data.pages)),
        textStarts: starts(data.texts),
        textFiles: data.files
      };
      return manifest;
    });
  }

  // FNV-1a of the term's UTF-8 bytes (SearchIndex.hash).
  function termFile(term) {
    var hash = 0x811c9dc5;
    var bytes = unescape(encodeURIComponent(term));
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return "terms-" + (hash % manifest.termFiles);
  }

  var postingCache = {};
  function postings(term) {
    if (postingCache[term]) return Promise.resolve(postingCache[term]);
    return load(termFile(term)).then(function (data) {
      var list = [];
      if (Object.prototype.hasOwnProperty.call(data, term)) {
        var previous = -1;
        list = numbers(data[term]).map(function (delta) { return (previous = previous + delta + 1); });
      }
      return (postingCache[term] = list);
    });
  }

  // ------------------------------------------------------------------ cutting text into terms

  var stopWords = new Set(("a an and are as at be by for from has have in is it its of on or s t that the this to " +
    "was were will with").split(" "));
  var wordCharacter = /[\p{L}\p{N}]/u;

  function isHan(code) {
    return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3ffff);
  }

  // The text's characters as compared (lower-case, compatibility forms unfolded, one character
  // at a time), each with the span of the original text it comes from.
  function fold(text) {
    var chars = [];
    var from = [];
    var to = [];
    var offset = 0;
    for (var ch of text) {
      var code = ch.codePointAt(0);
      var folded = code < 0x80 ? ch.toLowerCase() : isHan(code) ? ch : ch.normalize("NFKC").toLowerCase();
      for (var c of folded) {
        chars.push(c);
        from.push(offset);
        to.push(offset + ch.length);
      }
      offset += ch.length;
    }
    return { chars: chars, from: from, to: to };
  }

  // Runs of Han characters and words, with where they stand among the folded characters.
  function pieces(chars) {
    var out = [];
    var i = 0;
    while (i < chars.length) {
      var han = isHan(chars[i].codePointAt(0));
      if (!han && !wordCharacter.test(chars[i])) { i++; continue; }
      var start = i;
      while (i < chars.length && (han ? isHan(chars[i].codePointAt(0))
        : !isHan(chars[i].codePointAt(0)) && wordCharacter.test(chars[i]))) i++;
      out.push({ han: han, text: chars.slice(start, i).join(""), start: start, end: i });
    }
    return out;
  }

  // Step 1 of Porter's stemmer (EnglishStemmer.swift): `funding`, `funded`, `funds` → `fund`.
  function stem(word) {
    if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
    function consonant(w, i) {
      var c = w[i];
      if ("aeiou".indexOf(c) >= 0) return false;
      if (c === "y") return i === 0 ? true : !consonant(w, i - 1);
      return true;
    }
    function measure(w) {
      var count = 0;
      var previousVowel = false;
      for (var i = 0; i < w.length; i++) {
        var isConsonant = consonant(w, i);
        if (isConsonant && previousVowel) count++;
        previousVowel = !isConsonant;
      }
      return count;
    }
    function hasVowel(w) {
      for (var i = 0; i < w.length; i++) if (!consonant(w, i)) return true;
      return false;
    }
    function ends(w, suffix) { return w.length > suffix.length && w.slice(-suffix.length) === suffix; }
    function cvc(w) {
      var n = w.length;
      return n >= 3 && consonant(w, n - 3) && !consonant(w, n - 2) && consonant(w, n - 1) && "wxy".indexOf(w[n - 1]) < 0;
    }
    var w = word;
    if (ends(w, "sses") || ends(w, "ies")) w = w.slice(0, -2);
    else if (ends(w, "s") && !ends(w, "ss")) w = w.slice(0, -1);
    if (ends(w, "eed")) {
      if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
    } else {
      var suffix = ends(w, "ed") ? 2 : ends(w, "ing") ? 3 : 0;
      if (suffix > 0 && hasVowel(w.slice(0, -suffix))) {
        w = w.slice(0, -suffix);
        var last = w[w.length - 1];
        if (ends(w, "at") || ends(w, "bl") || ends(w, "iz")) w += "e";
        else if (w.length > 1 && last === w[w.length - 2] && consonant(w, w.length - 1) && "lsz".indexOf(last) < 0) {
          w = w.slice(0, -1);
        } else if (measure(w) === 1 && cvc(w)) w += "e";
      }
    }
    if (ends(w, "y") && hasVowel(w.slice(0, -1))) w = w.slice(0, -1) + "i";
    return w;
  }

  // ------------------------------------------------------------------ figures in a query

  var chineseDigits = { "〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9 };
  var chineseTens = { "十": 10, "百": 100, "千": 1000 };
  var bigUnits = [["萬億", 12], ["万亿", 12], ["千萬", 7], ["千万", 7], ["百萬", 6], ["百万", 6], ["億", 8], ["亿", 8],
    ["萬", 4], ["万", 4]];
  var englishUnits = [["trillion", 12], ["billion", 9], ["million", 6], ["thousand", 3], ["bn", 9], ["m", 6], ["k", 3]];

  // An exact decimal: digits × 10^-scale.
  function decimal(digits, scale) { return { digits: BigInt(digits), scale: scale }; }
  function times10(value, power) {
    var scale = value.scale - power;
    return scale >= 0 ? { digits: value.digits, scale: scale }
      : { digits: value.digits * (10n ** BigInt(-scale)), scale: 0 };
  }
  function plus(a, b) {
    var scale = Math.max(a.scale, b.scale);
    return { digits: a.digits * 10n ** BigInt(scale - a.scale) + b.digits * 10n ** BigInt(scale - b.scale), scale: scale };
  }
  // As the build writes values: no exponent, no trailing zeros after the point.
  function decimalText(value) {
    var digits = value.digits;
    var scale = value.scale;
    while (scale > 0 && digits % 10n === 0n) { digits /= 10n; scale--; }
    var text = digits.toString();
    if (scale === 0) return text;
    while (text.length <= scale) text = "0" + text;
    return text.slice(0, text.length - scale) + "." + text.slice(text.length - scale);
  }

  // A number at `i`: Arabic digits (`1,000`, `13 000`, `1.8`) or Chinese numerals (`四百`).
  function numberAt(q, i) {
    var arabic = /^(\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.(\d+))?/.exec(q.slice(i));
    if (arabic) {
      var whole = arabic[1].replace(/[, ]/g, "");
      var fraction = arabic[2] || "";
      return { value: decimal(whole + fraction, fraction.length), length: arabic[0].length, grouped: whole !== arabic[1] };
    }
    var total = 0;
    var digit = -1;
    var j = i;
    for (; j < q.length; j++) {
      var c = q[j];
      if (c in chineseDigits) digit = chineseDigits[c];
      else if (c in chineseTens && !(q.slice(j, j + 2) in { "千萬": 1, "千万": 1, "百萬": 1, "百万": 1 })) {
        total += (digit < 0 ? 1 : digit) * chineseTens[c];
        digit = -1;
      } else break;
    }
    if (j === i) return null;
    return { value: decimal(String(total + Math.max(digit, 0)), 0), length: j - i, grouped: false };
  }

  function startsWith(q, i, words) {
    for (var k = 0; k < words.length; k++) if (q.startsWith(words[k][0], i)) return words[k];
    return null;
  }

  // The figure written at `i`, if one is: `30億`, `1億3,400萬元`, `$3 billion`, `3 billion`, `5%`.
  function figureAt(q, i) {
    if (i > 0 && wordCharacter.test(q[i - 1]) && !isHan(q.codePointAt(i - 1))) return null;
    var p = i;
    var currency = startsWith(q, p, [["hk$"], ["$"], ["港幣"], ["港币"]]);
    if (currency) p += currency[0].length;
    while (q[p] === " ") p++;
    var total = null;
    var unit = false;
    var grouped = false;
    for (;;) {
      var number = numberAt(q, p);
      if (!number) break;
      p += number.length;
      grouped = grouped || number.grouped;
      var value = number.value;
      var big = startsWith(q, p, bigUnits);
      if (big) {
        p += big[0].length;
        value = times10(value, big[1]);
        unit = true;
      } else {
        var space = /^ */.exec(q.slice(p))[0].length;
        var english = startsWith(q, p + space, englishUnits);
        var after = english ? q[p + space + english[0].length] : undefined;
        if (english && !(after && wordCharacter.test(after) && !isHan(after.codePointAt(0))) &&
          (english[0].length > 2 || space === 0)) {
          p += space + english[0].length;
          value = times10(value, english[1]);
          unit = true;
        }
      }
      total = total ? plus(total, value) : value;
      if (!big) break;
    }
    if (!total) return null;
    var rest = q.slice(p);
    var suffix = /^ *(?:%|percent\b|per cent\b)/.exec(rest);
    var money = /^(?:港元|元)/.exec(rest);
    if (!suffix && !money && !currency && !unit && !grouped) return null;
    p += suffix ? suffix[0].length : money ? money[0].length : 0;
    return { key: "#" + decimalText(total) + (suffix ? "%" : ""), start: i, end: p };
  }

  // ------------------------------------------------------------------ a query

  // What a query looks for: figure terms, Han runs (found by their characters or pairs, and
  // checked to stand together), and word stems.
  function parse(query) {
    var q = fold(query).chars.join("");
    var figures = [];
    var rest = "";
    for (var i = 0; i < q.length;) {
      var figure = figureAt(q, i);
      if (figure && figure.end > i) {
        figures.push(figure.key);
        rest += " ";
        i = figure.end;
      } else {
        rest += q[i];
        i++;
      }
    }
    var runs = [];
    var stems = [];
    pieces(Array.from(rest)).forEach(function (piece) {
      if (piece.han) runs.push(Array.from(piece.text));
      else if (!stopWords.has(piece.text)) stems.push(stem(piece.text));
    });
    var terms = figures.concat(stems);
    runs.forEach(function (run) {
      if (run.length === 1) terms.push(run[0]);
      for (var k = 0; k + 1 < run.length; k++) terms.push(run[k] + run[k + 1]);
    });
    return { terms: Array.from(new Set(terms)), runs: runs, stems: new Set(stems), figures: new Set(figures) };
  }

  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    var out = lists[0] || [];
    for (var k = 1; k < lists.length && out.length; k++) {
      var other = lists[k];
      var j = 0;
      out = out.filter(function (value) {
        while (j < other.length && other[j] < value) j++;
        return other[j] === value;
      });
    }
    return out;
  }

  // The pages with a sentence that has every term, best first: more such sentences first, a
  // heading counting more; then in the site's order (newest address first).
  function rank(sentences) {
    var pages = [];
    var byPage = {};
    var p = 0;
    sentences.forEach(function (sentence) {
      while (manifest.pageStarts[p + 1] <= sentence) p++;
      var page = byPage[p];
      if (!page) pages.push(page = byPage[p] = { page: p, sentences: [], score: 0 });
      page.sentences.push(sentence - manifest.pageStarts[p]);
      page.score += sentence === manifest.pageStarts[p] ? 3 : 1;
    });
    return pages.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
  }

  // ------------------------------------------------------------------ showing results

  // Where the query's runs, words and figures stand in a sentence, as spans of its text; null
  // when a run of several Han characters does not stand together in it.
  function hits(text, figures, query) {
    var folded = fold(text);
    var spans = [];
    for (var r = 0; r < query.runs.length; r++) {
      var run = query.runs[r];
      var found = false;
      for (var i = 0; i + run.length <= folded.chars.length; i++) {
        var k = 0;
        while (k < run.length && folded.chars[i + k] === run[k]) k++;
        if (k === run.length) {
          spans.push([folded.from[i], folded.to[i + run.length - 1]]);
          found = true;
        }
      }
      if (!found) return null;
    }
    pieces(folded.chars).forEach(function (piece) {
      if (!piece.han && query.stems.has(stem(piece.text))) spans.push([folded.from[piece.start], folded.to[piece.end - 1]]);
    });
    (figures || []).forEach(function (figure) {
      var at = query.figures.has(figure[0]) ? text.indexOf(figure[1]) : -1;
      if (at >= 0) spans.push([at, at + figure[1].length]);
    });
    return spans.sort(function (a, b) { return a[0] - b[0]; });
  }

  // The sentence with its hits in <mark>, cut around the first hit when it is long.
  function marked(text, spans) {
    var from = 0;
    var to = text.length;
    if (text.length > 220 && spans.length) {
      from = Math.max(0, spans[0][0] - 60);
      to = Math.min(text.length, from + 220);
    }
    var paragraph = document.createElement("p");
    paragraph.className = "search-sentence";
    if (from > 0) paragraph.appendChild(document.createTextNode("…"));
    var at = from;
    spans.forEach(function (span) {
      var start = Math.max(span[0], at);
      var end = Math.min(span[1], to);
      if (end <= start) return;
      paragraph.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, end);
      paragraph.appendChild(mark);
      at = end;
    });
    paragraph.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) paragraph.appendChild(document.createTextNode("…"));
    return paragraph;
  }

  // The result for a ranked page, or null when no sentence of it really has the query.
  function result(ranked, query) {
    var shard = slot(manifest.textStarts, ranked.page);
    return load(manifest.textFiles[shard]).then(function (pages) {
      var page = pages[ranked.page - manifest.textStarts[shard]];
      var shown = null;
      ranked.sentences.some(function (number) {
        var sentence = page[3][number];
        var spans = hits(sentence[0], sentence[2], query);
        if (spans && (!shown || shown.number === 0)) shown = { number: number, sentence: sentence, spans: spans };
        return shown && number > 0;
      });
      if (!shown) return null;
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      var topic = shown.sentence[1];
      link.href = root + page[1] + (topic ? "#topic-" + topic : "");
      link.textContent = page[0];
      heading.appendChild(link);
      item.appendChild(heading);
      var address = document.createElement("p");
      address.className = "search-address";
      address.textContent = page[2];
      item.appendChild(address);
      item.appendChild(marked(shown.sentence[0], shown.spans));
      var path = document.createElement("p");
      path.className = "search-path";
      path.textContent = page[1].replace(/index\.html$/, "");
      item.appendChild(path);
      return item;
    });
  }

  var generation = 0;

  function search(query) {
    var mine = ++generation;
    var began = performance.now();
    window.diglotSearch.loadedFiles = [];
    var parsed = parse(query);
    results.textContent = "";
    if (!query.trim()) return Promise.resolve();
    var words = {
      found: results.getAttribute("data-found"),
      foundOne: results.getAttribute("data-found-one"),
      none: results.getAttribute("data-none")
    };
    return loadManifest().then(function () {
      return parsed.terms.length ? Promise.all(parsed.terms.map(postings)) : [];
    }).then(function (lists) {
      if (mine !== generation) return;
      var ranked = lists.length ? rank(intersect(lists.slice())) : [];
      var count = document.createElement("p");
      count.className = "search-count";
      results.appendChild(count);
      var list = document.createElement("ol");
      list.className = "search-list";
      results.appendChild(list);
      var shownCount = 0;
      var next = 0;
      var more = null;
      function show() {
        var batch = ranked.slice(next, next + perScreen);
        next += batch.length;
        return Promise.all(batch.map(function (page) { return result(page, parsed); })).then(function (items) {
          if (mine !== generation) return;
          items.forEach(function (item) { if (item) { list.appendChild(item); shownCount++; } });
          var dropped = batch.length - items.filter(Boolean).length;
          ranked.total = (ranked.total === undefined ? ranked.length : ranked.total) - dropped;
          if (shownCount < perScreen && next < ranked.length && dropped) return show();
          count.textContent = ranked.total === 1 ? words.foundOne
            : ranked.total ? words.found.replace("{count}", ranked.total) : words.none;
          if (more) more.remove();
          if (next < ranked.length) {
            more = document.createElement("button");
            more.type = "button";
            more.className = "search-more";
            more.textContent = results.getAttribute("data-more");
            more.addEventListener("click", function () { show(); });
            results.appendChild(more);
          }
        });
      }
      return show();
    }).then(function () {
      if (mine === generation) window.diglotSearch.lastMilliseconds = performance.now() - began;
    }).catch(function (error) {
      results.textContent = String(error.message || error);
    });
  }

  // ------------------------------------------------------------------ the page

  function run() {
    var query = field.value;
    var toggle = document.getElementById("lang-toggle");
    var suffix = query.trim() ? "?q=" + encodeURIComponent(query) : "";
    if (toggle) toggle.href = toggle.href.replace(/[?#].*$/, "") + suffix;
    try {
      history.replaceState(null, "", location.pathname + suffix);
    } catch (error) {
      // Some browsers refuse it for pages opened from the file system; the search still runs.
    }
    window.diglotSearch.done = search(query);
  }

  var timer = null;
  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  // The search page loads the index's first file right after this script: a query given in the
  // address is run once it is there.
  document.addEventListener("DOMContentLoaded", function () {
    var initial = new URLSearchParams(location.search).get("q");
    if (initial) {
      field.value = initial;
      run();
    }
  });
})();
