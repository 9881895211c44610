"""The interactive HTML page of `kg.graphdraw.html_page`: plain JavaScript on a canvas, no
library and no network (analysts open it offline). `{{title}}`, `{{caption}}` and `{{data}}`
(the nodes with positions, and the edges, as JSON) are filled in by `html_page`.
"""
from __future__ import annotations

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
<style>
html, body { margin: 0; height: 100%; overflow: hidden; background: #fff;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; }
#bar { position: absolute; top: 0; left: 0; right: 0; padding: 6px 10px; display: flex;
  gap: 12px; align-items: center; background: rgba(255,255,255,.92);
  border-bottom: 1px solid #ddd; z-index: 2; flex-wrap: wrap; }
#bar h1 { font-size: 14px; margin: 0; }
#search { width: 16em; padding: 3px 6px; }
#legend span { margin-right: 10px; white-space: nowrap; }
#legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 3px; vertical-align: -1px; }
#caption, #found { color: #666; }
#tip { position: absolute; display: none; max-width: 28em; padding: 6px 8px; z-index: 3;
  background: #fffff0; border: 1px solid #bbb; border-radius: 4px; pointer-events: none;
  box-shadow: 0 2px 6px rgba(0,0,0,.15); }
#tip b { display: block; }
#tip small { color: #666; display: block; word-break: break-all; }
canvas { display: block; cursor: grab; }
</style>
</head>
<body>
<div id="bar"><h1>{{title}}</h1>
<input id="search" type="search" placeholder="Search names…" aria-label="Search names">
<span id="found"></span><span id="legend"></span><span id="caption">{{caption}}</span></div>
<canvas id="graph"></canvas>
<div id="tip"></div>
<script id="graph-data" type="application/json">{{data}}</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var canvas = document.getElementById("graph"), ctx = canvas.getContext("2d");
  var tip = document.getElementById("tip"), search = document.getElementById("search");
  var nodes = data.nodes, edges = data.edges, byId = {};
  var small = nodes.length > 200;  // crowded pictures get smaller dots
  nodes.forEach(function (n) {
    n.r = Math.min((small ? 2.5 : 4) + (small ? 1.2 : 2.5) * Math.sqrt(n.degree), 22);
    byId[n.id] = n;
  });
  edges.forEach(function (e) { e.s = byId[e.source]; e.t = byId[e.target]; });
  var view = { x: 0, y: 0, k: 1 }, width = 0, height = 0, matches = null, hover = null;
  var dragging = null, panning = null, moved = false, baseK = 1;
  // the best-connected nodes are named first; zooming in names more
  nodes.slice().sort(function (a, b) { return b.degree - a.degree; })
    .forEach(function (n, rank) { n.rank = rank; });

  function color(kind) { return data.colors[kind] || data.colors.other; }

  var legend = document.getElementById("legend"), kinds = {};
  nodes.forEach(function (n) { kinds[n.kind] = true; });
  Object.keys(kinds).sort().forEach(function (kind) {
    var item = document.createElement("span"), dot = document.createElement("i");
    dot.style.background = color(kind);
    item.appendChild(dot);
    item.appendChild(document.createTextNode(kind));
    legend.appendChild(item);
  });

  function fit() {
    var top = document.getElementById("bar").offsetHeight, margin = 40;
    width = window.innerWidth; height = window.innerHeight;
    var ratio = window.devicePixelRatio || 1;
    canvas.width = width * ratio; canvas.height = height * ratio;
    canvas.style.width = width + "px"; canvas.style.height = height + "px";
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    var side = Math.max(1, Math.min(width - 2 * margin, height - top - 2 * margin));
    view.k = side; view.x = (width - side) / 2; view.y = top + margin; baseK = side;
  }
  function sx(n) { return view.x + n.x * view.k; }
  function sy(n) { return view.y + n.y * view.k; }

  function draw() {
    ctx.clearRect(0, 0, width, height);
    var labelEdges = edges.length <= 150 || view.k / baseK > 3;
    ctx.lineWidth = 1;
    edges.forEach(function (e) {
      var lit = !matches || (matches[e.source] && matches[e.target]);
      ctx.strokeStyle = e === hover ? "#d33" : (lit ? "rgba(120,120,120,.55)" : "rgba(200,200,200,.25)");
      ctx.lineWidth = e === hover ? 2.5 : Math.min(1 + Math.log(e.weight || 1), 4);
      ctx.beginPath(); ctx.moveTo(sx(e.s), sy(e.s)); ctx.lineTo(sx(e.t), sy(e.t)); ctx.stroke();
      if (labelEdges && lit && e.relation) {
        ctx.fillStyle = "#777"; ctx.font = "10px sans-serif"; ctx.textAlign = "center";
        ctx.fillText(e.relation, (sx(e.s) + sx(e.t)) / 2, (sy(e.s) + sy(e.t)) / 2 - 2 + 11 * e.lane);
      }
    });
    var drawn = 0;
    nodes.forEach(function (n) {
      var lit = !matches || matches[n.id];
      ctx.globalAlpha = lit ? 1 : 0.2;
      ctx.fillStyle = color(n.kind);
      ctx.beginPath(); ctx.arc(sx(n), sy(n), n.r, 0, 2 * Math.PI); ctx.fill();
      ctx.strokeStyle = n === hover || (matches && matches[n.id]) ? "#000" : "#fff";
      ctx.lineWidth = n === hover ? 2 : 1; ctx.stroke();
      drawn += 1;
    });
    ctx.globalAlpha = 1;
    ctx.fillStyle = "#222"; ctx.font = "11px sans-serif"; ctx.textAlign = "left";
    nodes.forEach(function (n) {
      var zoom = view.k / baseK;
      if ((matches && matches[n.id]) || n === hover || nodes.length <= 60 || n.rank < 30 * zoom * zoom) {
        ctx.fillText(n.label, sx(n) + n.r + 2, sy(n) + 4);
      }
    });
    document.body.setAttribute("data-drawn", String(drawn));
  }

  function nodeAt(x, y) {
    for (var i = nodes.length - 1; i >= 0; i--) {
      var n = nodes[i], dx = x - sx(n), dy = y - sy(n);
      if (dx * dx + dy * dy <= (n.r + 2) * (n.r + 2)) return n;
    }
    return null;
  }
  function edgeAt(x, y) {
    var best = null, bestDistance = 5;
    edges.forEach(function (e) {
      var x1 = sx(e.s), y1 = sy(e.s), x2 = sx(e.t), y2 = sy(e.t);
      var dx = x2 - x1, dy = y2 - y1, length = dx * dx + dy * dy;
      var t = length ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length)) : 0;
      var d = Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
      if (d < bestDistance) { best = e; bestDistance = d; }
    });
    return best;
  }
  function text(parent, tag, value) {
    var element = document.createElement(tag);
    element.textContent = value;
    parent.appendChild(element);
  }
  function showTip(item, x, y) {
    tip.textContent = "";
    if (!item) { tip.style.display = "none"; return; }
    if (item.kind !== undefined) {
      text(tip, "b", item.label);
      text(tip, "span", item.kind + ", " + item.degree + " link" + (item.degree === 1 ? "" : "s"));
      text(tip, "small", item.iri);
    } else {
      text(tip, "b", item.s.label + " \\u2014 " + item.relation + " \\u2014 " + item.t.label);
      if (item.evidence) text(tip, "div", "\\u201c" + item.evidence + "\\u201d");
      var when = item.first && item.first !== item.last ? item.first + " to " + item.last : item.first;
      text(tip, "small", item.weight + " article" + (item.weight === 1 ? "" : "s") +
           (item.article ? " (e.g. " + item.article + ")" : "") + (when ? ", " + when : ""));
    }
    tip.style.display = "block";
    tip.style.left = Math.min(x + 14, width - tip.offsetWidth - 4) + "px";
    tip.style.top = Math.min(y + 14, height - tip.offsetHeight - 4) + "px";
  }

  canvas.addEventListener("mousedown", function (event) {
    dragging = nodeAt(event.offsetX, event.offsetY); moved = false;
    if (!dragging) panning = { x: event.offsetX - view.x, y: event.offsetY - view.y };
  });
  window.addEventListener("mouseup", function () { dragging = null; panning = null; });
  canvas.addEventListener("mousemove", function (event) {
    var x = event.offsetX, y = event.offsetY;
    if (dragging) {
      dragging.x = (x - view.x) / view.k; dragging.y = (y - view.y) / view.k; moved = true;
    } else if (panning) {
      view.x = x - panning.x; view.y = y - panning.y;
    } else {
      hover = nodeAt(x, y) || edgeAt(x, y);
      showTip(hover, x, y);
    }
    draw();
  });
  canvas.addEventListener("wheel", function (event) {
    event.preventDefault();
    var factor = Math.exp(-event.deltaY * 0.0015), x = event.offsetX, y = event.offsetY;
    view.x = x - (x - view.x) * factor; view.y = y - (y - view.y) * factor; view.k *= factor;
    draw();
  }, { passive: false });
  search.addEventListener("input", function () {
    var wanted = search.value.trim().toLowerCase(), found = 0;
    matches = null;
    if (wanted) {
      matches = {};
      nodes.forEach(function (n) {
        if (n.label.toLowerCase().indexOf(wanted) >= 0) { matches[n.id] = true; found += 1; }
      });
    }
    document.getElementById("found").textContent = wanted ? found + " found" : "";
    draw();
  });
  window.addEventListener("resize", function () { fit(); draw(); });
  fit();
  draw();
})();
</script>
</body>
</html>
"""
