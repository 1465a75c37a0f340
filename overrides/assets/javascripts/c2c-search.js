/* The site's search worker (README: Search). Material's search box starts it in place of its own lunr worker
   (overrides/main.html, block config) and talks to it with Material's four messages; the answers come from
   Pagefind's index (pagefind/ at the site's root, written by macros/search.py after the last language's build).
   Nothing is fetched until the first query, and then only Pagefind's files for that query, from this site. */
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var MAX_RESULTS = 20; /* each result costs one fragment request; Material shows 10, then more on scroll */

var here = new URL(self.location.href);
var language = here.searchParams.get("lang") || "en";
var bundle = new URL("../../pagefind/", here).href; /* this file is <site>/assets/javascripts/c2c-search.js */

/* Pagefind picks the index of the page's <html lang>; a worker has no document, so it is told the language. */
self.document = {
  currentScript: null,
  querySelector: function () { return { getAttribute: function () { return language; } }; }
};

var pagefind = null;
function load() {
  if (!pagefind) {
    pagefind = import(bundle + "pagefind.js").then(function (module) {
      return module.options({ excerptLength: 24 }).then(function () { return module.init(); })
        .then(function () { return module; });
    });
  }
  return pagefind;
}

/* Material writes titles and excerpts as HTML: everything is escaped but Pagefind's own <mark> pairs. */
var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#x27;": "'" };
function escapeText(text) {
  return String(text).replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
  });
}
function plain(text) {
  return String(text).replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, function (e) { return ENTITIES[e]; });
}
function excerpt(html) {
  return "<p>" + String(html || "").split(/(<\/?mark>)/).map(function (part) {
    return part === "<mark>" || part === "</mark>" ? part : escapeText(plain(part));
  }).join("") + "</p>";
}

function weight(sub) {
  return (sub.weighted_locations || []).reduce(function (sum, w) { return sum + (w.balanced_score || 0); }, 0) ||
    (sub.locations || []).length;
}

/* A sub-result of the page's own title (its h1) or of the text before the first heading stands for the page. */
function section(sub) {
  return sub.url.indexOf("#") >= 0 && !(sub.anchor && /^h1$/i.test(sub.anchor.element));
}

/* One Pagefind result as Material's group of items: the page first, then its sections (headings). Material shows
   the leading sections that score as much as the page with their excerpt and folds the rest under "more": so the
   best-matching section comes first with the page's score, and the others follow in page order. */
function group(data, score, terms) {
  var page = { location: data.url, title: escapeText(data.meta && data.meta.title || data.url), text: "",
    score: score, terms: terms };
  var subs = data.sub_results || [];
  var top = subs.slice().sort(function (a, b) { return weight(b) - weight(a); })[0];
  var items = [page];
  if (top && section(top)) {
    items.push({ location: top.url, title: escapeText(top.title), text: excerpt(top.excerpt), score: score,
      terms: terms });
  } else {
    page.text = excerpt(top ? top.excerpt : data.excerpt);
  }
  subs.forEach(function (sub) {
    if (sub !== top && section(sub)) {
      items.push({ location: sub.url, title: escapeText(sub.title), text: excerpt(sub.excerpt), score: score / 2,
        terms: terms });
    }
  });
  return items;
}

function search(query) {
  var words = query.split(/\s+/).filter(Boolean);
  if (!words.length) return Promise.resolve({ items: [] });
  var terms = {};
  words.forEach(function (word) { terms[word] = true; });
  return load().then(function (module) { return module.search(query); }).then(function (found) {
    var results = found && found.results ? found.results.slice(0, MAX_RESULTS) : [];
    return Promise.all(results.map(function (result) {
      return result.data().then(function (data) { return group(data, result.score, terms); });
    }));
  }).then(function (items) { return { items: items }; });
}

var latest = 0;
self.addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    var asked = ++latest;
    search(String(message.data || "").trim()).then(function (data) {
      if (asked === latest) self.postMessage({ type: RESULT, data: data });
    }, function (error) {
      console.error("search failed:", error);
      if (asked === latest) self.postMessage({ type: RESULT, data: { items: [] } });
    });
  }
});
