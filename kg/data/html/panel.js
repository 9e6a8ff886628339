// Silat's panels over pyvis's network: legend, filters, search, highlight and evidence.
// pyvis defines the globals `network`, `nodes` and `edges` (vis DataSets); the view's data is the
// JSON in #silat-data (kg/html.py). Filters only hide and show: nothing is recomputed in the page.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("silat-data").textContent);
  var S = D.style;
  var state = { rels: {}, from: "", to: "", planned: false, isolated: false, focus: null };
  Object.keys(S.relations).forEach(function (r) { state.rels[r] = true; });
  // Large pages leave out entities with no link (kg/view/html.py): they are in D.entities and
  // D.omitted, searchable and listed, but not nodes of the network.
  var drawnIds = nodes.getIds().slice().sort(), drawn = {};
  drawnIds.forEach(function (id) { drawn[id] = true; });

  function $(id) { return document.getElementById(id); }
  function esc(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  // Numbers and dates keep their own direction inside right-to-left Arabic text.
  function bidiNumbers(html) {
    return html.replace(/[0-9\u0660-\u0669]+(?:[\/.:\-][0-9\u0660-\u0669]+)*/g, function (m) { return "<bdi>" + m + "</bdi>"; });
  }
  function norm(text) {  // the same folding kg.normalize does for matching, in small
    return String(text || "").toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647")
      .replace(/\s+/g, " ").trim();
  }
  function label(id) { var e = D.entities[id]; return e ? e.ar || e.en || id : id; }
  function relLabel(r) { return (S.relations[r] || {}).label || r; }

  // -- filtering --------------------------------------------------------------------------------
  function bounds(iso) {
    if (iso.length === 4) return [iso + "-01-01", iso + "-12-31"];
    if (iso.length === 7) return [iso + "-01", iso + "-31"];
    return [iso, iso];
  }
  function eventShown(id) {
    var ev = D.events[id];
    if (!state.from && !state.to) return true;
    if (!ev || !ev.date) return false;
    var b = bounds(ev.date);
    return (!state.from || b[1] >= state.from) && (!state.to || b[0] <= state.to);
  }
  function edgeShown(e) {
    if (!state.rels[e.rel]) return false;
    if (e.planned && !state.planned) return false;
    if (e.rel === "officialOf") return true;  // offices carry no date
    return e.events.some(eventShown);
  }
  var shownEdges = {}, shownNodes = {};
  function apply() {
    var edgeUpdates = [], nodeUpdates = [], linked = {}, count = 0;
    Object.keys(D.edges).forEach(function (id) {
      var e = D.edges[id], show = edgeShown(e);
      shownEdges[id] = show;
      if (show) { count++; linked[e.from] = true; linked[e.to] = true; }
      edgeUpdates.push({ id: id, hidden: !show });
    });
    var nodeCount = 0;
    drawnIds.forEach(function (id) {
      var show = !state.isolated || !!linked[id] || id === state.focus;
      shownNodes[id] = show;
      if (show) nodeCount++;
      nodeUpdates.push({ id: id, hidden: !show });
    });
    edges.update(edgeUpdates);
    nodes.update(nodeUpdates);
    $("silat-status").textContent = count + " of " + Object.keys(D.edges).length + " links, " +
      nodeCount + " of " + Object.keys(D.entities).length + " entities shown" +
      (D.omitted.length ? "; " + D.omitted.length + " entities with no link are not drawn (search finds them, or list them below)" : "");
    if (state.focus) highlight(state.focus);
  }

  // -- legend and controls ----------------------------------------------------------------------
  function buildControls() {
    var types = {};
    Object.keys(D.entities).forEach(function (id) { var t = D.entities[id].type; types[t] = (types[t] || 0) + 1; });
    $("silat-legend").innerHTML = Object.keys(S.entities).filter(function (t) { return types[t]; }).map(function (t) {
      var s = S.entities[t];
      return '<li data-type="' + esc(t) + '"><span class="silat-swatch" style="background:' + esc(s.colour) + '"></span>' +
        esc(s.label) + ' <bdi>' + esc(s.ar) + '</bdi> <span class="silat-count">(' + types[t] + ')</span></li>';
    }).join("");
    var rels = {};
    Object.keys(D.edges).forEach(function (id) { var r = D.edges[id].rel; rels[r] = (rels[r] || 0) + 1; });
    $("silat-relations").innerHTML = Object.keys(S.relations).filter(function (r) { return rels[r]; }).map(function (r) {
      var s = S.relations[r];
      return '<li><label><input type="checkbox" data-rel="' + esc(r) + '" checked> <span class="silat-line" style="background:' +
        esc(s.colour) + '"></span>' + esc(s.label) + ' <span class="silat-count">(' + rels[r] + ')</span></label></li>';
    }).join("");
    $("silat-relations").addEventListener("change", function (ev) {
      var r = ev.target.getAttribute("data-rel");
      if (r) { state.rels[r] = ev.target.checked; apply(); }
    });
    var dates = Object.keys(D.events).map(function (k) { return D.events[k].date; }).filter(Boolean).sort();
    if (dates.length) {
      $("silat-date-span").innerHTML = "events from <bdi>" + esc(dates[0]) + "</bdi> to <bdi>" + esc(dates[dates.length - 1]) + "</bdi>";
    }
    function dateChanged() { state.from = $("silat-from").value; state.to = $("silat-to").value; apply(); }
    $("silat-from").addEventListener("change", dateChanged);
    $("silat-to").addEventListener("change", dateChanged);
    $("silat-dates-clear").addEventListener("click", function () { $("silat-from").value = ""; $("silat-to").value = ""; dateChanged(); });
    $("silat-planned").addEventListener("change", function (ev) { state.planned = ev.target.checked; apply(); });
    $("silat-isolated").addEventListener("change", function (ev) { state.isolated = ev.target.checked; apply(); });
    $("silat-panel-close").addEventListener("click", clearFocus);
    if (D.omitted.length) {
      $("silat-omitted-box").hidden = false;
      $("silat-omitted-count").textContent = D.omitted.length;
      $("silat-omitted-toggle").addEventListener("click", function () {
        var list = $("silat-omitted");
        if (!list.innerHTML) {  // built on first use: a whole corpus leaves out tens of thousands
          list.innerHTML = D.omitted.map(function (id) {
            return '<li><a href="#" data-entity="' + esc(id) + '"><bdi>' + esc(label(id)) + "</bdi></a></li>";
          }).join("");
        }
        list.hidden = !list.hidden;
      });
      $("silat-omitted").addEventListener("click", function (ev) {
        var k = ev.target.closest && ev.target.closest("a[data-entity]");
        if (k) { ev.preventDefault(); focusEntity(k.getAttribute("data-entity"), true); }
      });
    }

    var names = [], seen = {};
    Object.keys(D.entities).forEach(function (id) {
      var e = D.entities[id];
      [e.ar, e.en].concat(e.alt).forEach(function (n) { if (n && !seen[n]) { seen[n] = true; names.push(n); } });
    });
    $("silat-names").innerHTML = names.sort().map(function (n) { return '<option value="' + esc(n) + '">'; }).join("");
    $("silat-search").addEventListener("change", function (ev) { search(ev.target.value); });
    $("silat-search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") search(ev.target.value); });
  }

  function search(text) {
    var want = norm(text), hit = null;
    if (!want) return;
    var ids = Object.keys(D.entities);
    ids.some(function (id) {  // an exact name first, then the first name that contains the text
      var e = D.entities[id];
      if ([e.ar, e.en].concat(e.alt).some(function (n) { return norm(n) === want; })) { hit = id; return true; }
      return false;
    });
    if (!hit) ids.some(function (id) {
      var e = D.entities[id];
      if ([e.ar, e.en].concat(e.alt).some(function (n) { return n && norm(n).indexOf(want) >= 0; })) { hit = id; return true; }
      return false;
    });
    $("silat-search-status").textContent = hit ? "" : "no entity matches “" + text + "”";
    if (hit) focusEntity(hit, true);
  }

  // -- selection and highlight ------------------------------------------------------------------
  function colourOf(id) { return (S.entities[D.entities[id].type] || {}).colour || "#999"; }
  function neighbours(id) {
    var out = {};
    out[id] = true;
    Object.keys(D.edges).forEach(function (k) {
      var e = D.edges[k];
      if (!shownEdges[k]) return;
      if (e.from === id) out[e.to] = true;
      if (e.to === id) out[e.from] = true;
    });
    return out;
  }
  function highlight(id) {
    var near = neighbours(id);
    nodes.update(drawnIds.map(function (n) {
      return near[n] ? { id: n, color: colourOf(n), font: { color: "#222" } }
                     : { id: n, color: "rgba(200,200,200,0.35)", font: { color: "rgba(150,150,150,0.5)" } };
    }));
    document.body.setAttribute("data-focus", id);
  }
  function clearFocus() {
    state.focus = null;
    nodes.update(drawnIds.map(function (n) { return { id: n, color: colourOf(n), font: { color: "#222" } }; }));
    document.body.removeAttribute("data-focus");
    $("silat-panel").hidden = true;
    network.unselectAll();
  }
  function focusEntity(id, move) {
    if (!drawn[id]) {  // left out of the drawing: its panel only
      if (state.focus) clearFocus();
      showEntity(id);
      $("silat-search-status").textContent = "not drawn: no link";
      return;
    }
    state.focus = id;
    if (!shownNodes[id]) apply();
    network.selectNodes([id]);
    if (move) network.focus(id, { scale: 1.3, offset: { x: -190, y: 0 }, animation: false });  // clear of the side panel
    highlight(id);
    showEntity(id);
  }

  // -- panels -----------------------------------------------------------------------------------
  function showPanel(html) { $("silat-panel-body").innerHTML = html; $("silat-panel").hidden = false; }
  function sourceHtml(i) {
    var s = D.sources[i];
    var head = /^https?:\/\//i.test(s.url || "") ? '<a href="' + esc(s.url) + '" target="_blank" rel="noopener">' + esc(s.title || s.doc) + "</a>"
                     : esc(s.title || s.doc);
    var when = s.published ? " · <bdi>" + esc(s.published) + "</bdi>" : "";
    return '<blockquote dir="rtl" lang="ar">' + bidiNumbers(esc(s.text)) + "</blockquote>" +
      '<div class="silat-meta">article <bdi>' + esc(s.doc) + "</bdi>" + (s.title || s.url ? " · " + head : "") + when + "</div>";
  }
  function showEntity(id) {
    var e = D.entities[id], typ = S.entities[e.type] || {};
    var html = '<h3 dir="rtl" lang="ar"><bdi>' + esc(e.ar) + "</bdi></h3>";
    if (e.en) html += "<div><bdi>" + esc(e.en) + "</bdi></div>";
    html += '<div class="silat-meta">' + esc(typ.label || e.type) + " · " + esc(id) + "</div>";
    if (e.qid) html += '<div>Wikidata: <a href="https://www.wikidata.org/wiki/' + esc(e.qid) + '" target="_blank" rel="noopener">' + esc(e.qid) + "</a></div>";
    if (e.offices.length) {
      html += "<h4>Offices</h4><ul>" + e.offices.map(function (o) {
        return "<li>" + esc(o[0].replace(/([a-z])([A-Z])/g, "$1 $2")) + ", <bdi>" + esc(label(o[1])) + "</bdi></li>";
      }).join("") + "</ul>";
    }
    if (e.alt.length) html += '<div class="silat-meta">also written: <span dir="rtl" lang="ar">' + e.alt.map(function (a) { return "<bdi>" + esc(a) + "</bdi>"; }).join("، ") + "</span></div>";
    var links = Object.keys(D.edges).filter(function (k) { return shownEdges[k] && (D.edges[k].from === id || D.edges[k].to === id); });
    html += "<h4>Links shown (" + links.length + ")</h4><ul>" + links.map(function (k) {
      var x = D.edges[k], other = x.from === id ? x.to : x.from;
      return '<li><a href="#" data-edge="' + esc(k) + '">' + esc(relLabel(x.rel)) + "</a> <bdi>" + esc(label(other)) + "</bdi>" +
        (x.planned ? ' <span class="silat-planned">(planned)</span>' : "") + "</li>";
    }).join("") + "</ul>";
    showPanel(html);
  }
  function showEdge(id) {
    var e = D.edges[id];
    var html = "<h3><bdi>" + esc(label(e.from)) + "</bdi> → " + esc(relLabel(e.rel)) + " → <bdi>" + esc(label(e.to)) + "</bdi></h3>";
    if (e.rel === "officialOf") {
      html += '<div class="silat-meta">office stated in ' + e.sources.length + " sentence(s)</div>";
      html += e.sources.map(sourceHtml).join("");
    }
    var evs = e.events.filter(eventShown);
    if (e.events.length) html += '<div class="silat-meta">' + evs.length + " of " + e.events.length + " events in the date range</div>";
    evs.forEach(function (k) {
      var ev = D.events[k];
      html += '<div class="silat-event"><div><b>' + esc(ev.type) + "</b> · " +
        (ev.date ? "<bdi>" + esc(ev.date) + "</bdi>" : "undated") + " · " +
        '<span class="' + (ev.modality === "Planned" ? "silat-planned" : "") + '">' + esc(ev.modality.toLowerCase()) + "</span>" +
        (ev.cameo ? ' · CAMEO <bdi>' + esc(ev.cameo) + "</bdi>" : "") +
        (ev.place ? " · in <bdi>" + esc(label(ev.place)) + "</bdi>" : "") +
        (ev.forum ? " · forum <bdi>" + esc(label(ev.forum)) + "</bdi>" : "") + "</div>" +
        ev.sources.map(sourceHtml).join("") + "</div>";
    });
    showPanel(html);
    document.body.setAttribute("data-edge", id);
  }
  $("silat-panel-body").addEventListener("click", function (ev) {
    var k = ev.target.getAttribute && ev.target.getAttribute("data-edge");
    if (k) { ev.preventDefault(); showEdge(k); }
  });

  function start() {
    buildControls();
    apply();
    network.on("click", function (p) {
      if (p.nodes.length) focusEntity(p.nodes[0], false);
      else if (p.edges.length) showEdge(p.edges[0]);
      else clearFocus();
    });
    // Interactive = the layout is final and drawn: after stabilisation when vis lays out, else at once.
    function ready() {
      network.once("afterDrawing", function () {
        window.silatReadyAt = performance.now();
        document.body.setAttribute("data-ready", "1");
      });
      network.redraw();
    }
    // vis sets physics.ready once stabilisation is over (at once when physics is off or had nothing to do)
    if (network.physics.ready) ready(); else network.once("stabilizationIterationsDone", ready);
  }
  window.silat = { search: search, apply: apply, state: state, data: D, showEdge: showEdge, showEntity: showEntity };
  start();
})();
