// Page view: choosing an article marks, in the source, the lines it came from.
(function () {
  "use strict";
  var cards = document.querySelectorAll(".article-card");
  var lines = document.querySelectorAll(".src-line");
  var status = document.getElementById("provenance-status");

  function choose(card) {
    var wanted = {};
    card.getAttribute("data-lines").split(" ").forEach(function (n) { if (n) { wanted[n] = true; } });
    var first = null;
    var count = 0;
    lines.forEach(function (line) {
      var on = wanted[line.getAttribute("data-line")] === true;
      line.classList.toggle("marked", on);
      if (on) { count += 1; first = first || line; }
    });
    cards.forEach(function (c) { c.classList.toggle("selected", c === card); });
    var index = Number(card.getAttribute("data-article"));
    status.textContent = "已标出第 " + (index + 1) + " 篇文章所用的 " + count + " 行原文";
    if (first) {
      var box = document.getElementById("source-text");
      box.scrollTop = first.offsetTop - box.offsetTop - 40;
    }
    history.replaceState(null, "", "?article=" + index);
  }

  cards.forEach(function (card) {
    card.addEventListener("click", function (event) {
      event.preventDefault();
      choose(card);
    });
  });
  var preselected = document.querySelector(".article-card.selected");
  if (preselected) { choose(preselected); }
})();
