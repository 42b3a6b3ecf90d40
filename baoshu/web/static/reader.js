// Page view: choosing an article (its card, or its outline on the page image) marks
// its outline on the image and, in the source, the lines it came from.
(function () {
  "use strict";
  var cards = document.querySelectorAll(".article-card");
  var lines = document.querySelectorAll(".src-line");
  var regions = document.querySelectorAll(".regions rect[data-article]");
  var status = document.getElementById("provenance-status");
  var box = document.getElementById("source-text");

  function scrollSource(line) {
    if (line && box) { box.scrollTop = line.offsetTop - box.offsetTop - 40; }
  }

  function choose(card, onLoad) {
    var wanted = {};
    card.getAttribute("data-lines").split(" ").forEach(function (n) { if (n) { wanted[n] = true; } });
    var first = null;
    var count = 0;
    lines.forEach(function (line) {
      var on = wanted[line.getAttribute("data-line")] === true;
      line.classList.toggle("marked", on);
      if (on) { count += 1; first = first || line; }
    });
    var id = card.getAttribute("data-article");
    var firstRegion = null;
    regions.forEach(function (rect) {
      var on = rect.getAttribute("data-article") === id;
      rect.classList.toggle("marked", on);
      if (on) { firstRegion = firstRegion || rect; }
    });
    cards.forEach(function (c) { c.classList.toggle("selected", c === card); });
    var index = Number(card.getAttribute("data-index"));
    status.textContent = "已标出第 " + (index + 1) + " 篇文章所用的 " + count + " 行原文";
    scrollSource(onLoad ? (document.querySelector(".src-line.spot") || first) : first);
    var spot = onLoad && (document.getElementById("figure-spot") || firstRegion);
    if (spot) { spot.scrollIntoView({block: "center"}); }
    if (!onLoad) { history.replaceState(null, "", "?article=" + id); }
  }

  cards.forEach(function (card) {
    card.addEventListener("click", function (event) {
      event.preventDefault();
      choose(card, false);
    });
  });
  regions.forEach(function (rect) {
    rect.addEventListener("click", function () {
      var card = document.querySelector('.article-card[data-article="' + rect.getAttribute("data-article") + '"]');
      if (card) {
        choose(card, false);
        card.scrollIntoView({block: "nearest"});
      }
    });
  });
  // On a phone the image and the source stand above the cards: these links choose and go back up.
  document.querySelectorAll(".card-links .to-source, .card-links .to-image").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      choose(link.closest("li").querySelector(".article-card"), false);
      if (link.classList.contains("to-image")) {
        var region = document.querySelector(".regions rect.marked");
        (region || document.getElementById("facsimile")).scrollIntoView({block: "center"});
      } else {
        document.getElementById("source").scrollIntoView({block: "start"});
        scrollSource(document.querySelector(".src-line.marked"));
      }
    });
  });
  var preselected = document.querySelector(".article-card.selected");
  if (preselected) { choose(preselected, true); }
})();
