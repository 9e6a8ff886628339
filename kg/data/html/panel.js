// Silat's panels over the vis network: legend, filters, timeline, search, highlight, evidence,
// export and state in the URL. The page's template (page.html.j2) defines the globals `network`,
// `nodes` and `edges` (vis DataSets) from pyvis; the view's data is the JSON in #silat-data
// (kg/view/html.py). Filters only hide and show: nothing is recomputed in the page.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("silat-data").textContent);
  var S = D.style;
  var LABELS = S.labels || 20, LABEL_SCALE = S.labelScale || 1.2;
  function defaults() {
    var rels = {};
    Object.keys(S.relations).forEach(function (r) { rels[r] = true; });
    return { rels: rels, from: "", to: "", planned: false, isolated: true, unlinked: false, focus: null, open: {} };
  }
  var state = defaults();
  // Entities with no link at all (D.omitted) are not nodes until "show them" adds them; they stay
  // in D.entities, searchable and listed.
  var drawnIds = nodes.getIds().slice().sort(), drawn = {}, omitted = {};
  drawnIds.forEach(function (id) { drawn[id] = true; });
  D.omitted.forEach(function (id) { omitted[id] = true; });
  var edgeIds = Object.keys(D.edges);

  function $(id) { return document.getElementById(id); }
  // ids come from the URL and the page: "constructor" or "__proto__" must not find Object's own
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  function esc(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[c];
    });
  }
  // Numbers and dates keep their own direction inside right-to-left Arabic text; character
  // references (&#39;) are left whole.
  function bidiNumbers(html) {
    return html.replace(/&#?\w+;|[0-9\u0660-\u0669]+(?:[\/.:\-][0-9\u0660-\u0669]+)*/g, function (m) {
      return m.charAt(0) === "&" ? m : "<bdi>" + m + "</bdi>";
    });
  }
  function norm(text) {  // the same folding kg.normalize does for matching, in small
    return String(text || "").toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647")
      .replace(/\s+/g, " ").trim();
  }
  function label(id) { var e = has(D.entities, id) ? D.entities[id] : null; return e ? e.ar || e.en || id : id; }
  function relLabel(r) { return (S.relations[r] || {}).label || r; }
  function colourOf(id) { return (S.entities[D.entities[id].type] || {}).colour || "#999"; }
  function edgeColour(k) { return (S.relations[D.edges[k].rel] || {}).colour || "#999"; }
  function narrow() { return window.matchMedia("(max-width: 700px)").matches; }

  // Labels only for the entities with the most events (the biggest dots) until zoomed in (a corpus
  // page is unreadable otherwise). Candidates: three times as many as will be labelled, most events first.
  var candidates = drawnIds.slice().sort(function (a, b) {
    return D.entities[b].events - D.entities[a].events || (a < b ? -1 : a > b ? 1 : 0);
  }).slice(0, 3 * LABELS);
  // Greedy by events: a candidate's label is kept when its box (below the dot, at the font size the
  // page uses at this zoom) overlaps none kept before it, up to LABELS labels.
  function topLabels(size) {
    var out = {}, boxes = [], pos = network.getPositions(candidates), n = 0;
    candidates.forEach(function (id) {
      if (n >= LABELS || !shownNodes[id] || !pos[id]) return;
      var node = nodes.get(id), r = (node && node.size) || 10, w = 0.7 * size * label(id).length + 0.6 * size;
      var b = [pos[id].x - w / 2, pos[id].y + r, pos[id].x + w / 2, pos[id].y + r + 1.6 * size];
      if (boxes.some(function (o) { return b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]; })) return;
      boxes.push(b); out[id] = true; n++;
    });
    return out;
  }

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
    if (state.open[e.from] || state.open[e.to]) return true;  // expanded: all its links, whatever the filters
    if (!state.rels[e.rel]) return false;
    if (e.planned && !state.planned) return false;
    if (e.rel === "officialOf") return true;  // offices carry no date
    return e.events.some(eventShown);
  }
  var shownEdges = {}, shownNodes = {};
  function apply(keepView) {
    var edgeUpdates = [], nodeUpdates = [], linked = {}, count = 0;
    edgeIds.forEach(function (id) {
      var e = D.edges[id], show = edgeShown(e);
      if (show) { count++; linked[e.from] = true; linked[e.to] = true; }
      if (shownEdges[id] !== show) edgeUpdates.push({ id: id, hidden: !show });
      shownEdges[id] = show;
    });
    var nodeCount = 0;
    drawnIds.forEach(function (id) {
      var show = omitted[id] ? state.unlinked : !state.isolated || !!linked[id] || id === state.focus || !!state.open[id];
      if (show) nodeCount++;
      if (shownNodes[id] !== show) nodeUpdates.push({ id: id, hidden: !show });
      shownNodes[id] = show;
    });
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    $("silat-status").textContent = count + " of " + edgeIds.length + " links, " +
      nodeCount + " of " + Object.keys(D.entities).length + " entities shown" +
      (D.omitted.length && !state.unlinked ? "; " + D.omitted.length + " entities with no link are not drawn (search finds them, or show or list them below)" : "");
    if (!keepView) fit(); else paint();
    markTimeline();
    writeHash();
  }
  function fit() {  // on the shown nodes (vis counts hidden ones); a small graph framed closer than 1:1
    var ids = drawnIds.filter(function (id) { return shownNodes[id]; });
    network.fit({ nodes: ids.length ? ids : drawnIds, animation: false, maxZoomLevel: 2 });
    paint();
  }

  // -- colours and labels: selection dims nodes and links; labels for the top entities until zoomed
  var painted = {};
  function paint() {
    var scale = network.getScale(), all = scale >= LABEL_SCALE, near = state.focus ? neighbours(state.focus) : null;
    // zoomed out, the few labels shown grow so they stay about 13 px on the screen (vis drops labels under 5 px)
    var size = scale < 0.8 ? Math.min(90, Math.round(13 / scale)) : 16, top = all ? {} : topLabels(size);
    var nodeUpdates = [], edgeUpdates = [];
    drawnIds.forEach(function (n) {
      var dim = near && !near[n], lab = all || top[n] || (near && near[n]) ? label(n) : "";
      var key = (dim ? "d" : "") + "|" + lab + "|" + (lab ? size : "");
      if (painted[n] === key) return;
      painted[n] = key;
      nodeUpdates.push(dim ? { id: n, label: lab, color: "rgba(200,200,200,0.35)", font: { color: "rgba(150,150,150,0.5)", size: size } }
                           : { id: n, label: lab, color: colourOf(n), font: { color: "#222", size: size } });
    });
    edgeIds.forEach(function (k) {
      var e = D.edges[k], mine = near && (e.from === state.focus || e.to === state.focus);
      var key = near ? (mine ? "m" : "d") : "";
      if (painted[k] === key) return;
      painted[k] = key;
      edgeUpdates.push({ id: k, color: near && !mine ? "rgba(200,200,200,0.25)" : edgeColour(k), label: mine ? relLabel(e.rel) : "" });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (state.focus) document.body.setAttribute("data-focus", state.focus); else document.body.removeAttribute("data-focus");
  }

  // -- entities with no link: drawn on request, in a grid below the network ---------------------
  function addUnlinked() {
    if (!D.omitted.length || drawn[D.omitted[0]]) return;
    var pos = network.getPositions(drawnIds), minX = Infinity, maxY = -Infinity;
    drawnIds.forEach(function (id) { if (pos[id]) { minX = Math.min(minX, pos[id].x); maxY = Math.max(maxY, pos[id].y); } });
    if (!isFinite(minX)) { minX = 0; maxY = 0; }
    var cols = Math.ceil(Math.sqrt(D.omitted.length));
    nodes.add(D.omitted.map(function (id, i) {
      return { id: id, label: "", shape: "dot", color: colourOf(id), size: D.entities[id].size,
               title: label(id) + " · no link", x: minX + (i % cols) * 60, y: maxY + 120 + Math.floor(i / cols) * 60,
               physics: false, hidden: true };
    }));
    D.omitted.forEach(function (id) { drawn[id] = true; drawnIds.push(id); shownNodes[id] = false; });
  }

  // -- timeline: events per month, a two-handle slider driving the date filter ------------------
  var months = [], MONTH = /^\d{4}-(0[1-9]|1[0-2])/;
  function monthEnd(m) { var y = +m.slice(0, 4), mo = +m.slice(5, 7); return m + "-" + String(new Date(y, mo, 0).getDate()).padStart(2, "0"); }
  function buildTimeline() {
    var per = {};
    // only well-formed months count: one malformed date must not stop the page (a month that is no
    // number never reaches the last key)
    Object.keys(D.events).forEach(function (k) { var d = D.events[k].date; if (MONTH.test(d || "")) per[d.slice(0, 7)] = (per[d.slice(0, 7)] || 0) + 1; });
    var keys = Object.keys(per).sort();
    if (keys.length < 2) return;
    var y = +keys[0].slice(0, 4), m = +keys[0].slice(5, 7), last = keys[keys.length - 1];
    var span = (+last.slice(0, 4) - y) * 12 + +last.slice(5, 7) - m;
    for (var i = 0; i <= span; i++) {
      months.push(y + "-" + String(m).padStart(2, "0"));
      if (++m > 12) { m = 1; y++; }
    }
    var max = Math.max.apply(null, keys.map(function (k) { return per[k]; }));
    var svg = $("silat-histogram");
    svg.setAttribute("viewBox", "0 0 " + months.length + " 30");
    svg.innerHTML = months.map(function (k, i) {
      var h = per[k] ? Math.max(1, 30 * per[k] / max) : 0;
      return h ? '<rect data-month="' + k + '" x="' + i + '" y="' + (30 - h) + '" width="0.85" height="' + h + '"><title>' + k + ": " + per[k] + "</title></rect>" : "";
    }).join("");
    ["silat-range-from", "silat-range-to"].forEach(function (id) { $(id).max = months.length - 1; });
    $("silat-range-to").value = months.length - 1;
    $("silat-timeline").hidden = false;
    function slid(ev) {
      var a = +$("silat-range-from").value, b = +$("silat-range-to").value;
      if (a > b) { if (ev.target.id === "silat-range-from") $("silat-range-to").value = b = a; else $("silat-range-from").value = a = b; }
      var whole = a === 0 && b === months.length - 1;
      state.from = whole ? "" : months[a] + "-01";
      state.to = whole ? "" : monthEnd(months[b]);
      $("silat-from").value = state.from; $("silat-to").value = state.to;
      if (ev.type === "change") apply(); else markTimeline();
    }
    ["input", "change"].forEach(function (t) {
      $("silat-range-from").addEventListener(t, slid);
      $("silat-range-to").addEventListener(t, slid);
    });
  }
  function sliderIndex(iso, last) {  // the month of a date, clamped to the timeline
    if (!iso) return last ? months.length - 1 : 0;
    var m = iso.slice(0, 7), i = 0;
    while (i < months.length - 1 && months[i] < m) i++;
    return last && months[i] > m && i > 0 ? i - 1 : i;
  }
  function markTimeline() {
    if (!months.length) return;
    var a = +$("silat-range-from").value, b = +$("silat-range-to").value, n = 0;
    Array.prototype.forEach.call($("silat-histogram").children, function (r) {
      var i = months.indexOf(r.getAttribute("data-month")), out = i < a || i > b;
      r.setAttribute("class", out ? "silat-out" : "");
    });
    Object.keys(D.events).forEach(function (k) { if (eventShown(k)) n++; });
    $("silat-range-label").textContent = months[a] + " – " + months[b] + ": " + n + " of " + Object.keys(D.events).length + " events";
  }

  // -- state in the URL: filters, dates, selection, expanded entities --------------------------
  function writeHash() {
    var parts = [], off = Object.keys(state.rels).filter(function (r) { return !state.rels[r]; });
    if (off.length) parts.push("rels=" + Object.keys(state.rels).filter(function (r) { return state.rels[r]; }).join(","));
    if (state.from) parts.push("from=" + state.from);
    if (state.to) parts.push("to=" + state.to);
    if (state.planned) parts.push("planned=1");
    if (!state.isolated) parts.push("isolated=0");
    if (state.unlinked) parts.push("unlinked=1");
    if (state.focus) parts.push("sel=" + encodeURIComponent(state.focus));
    var open = Object.keys(state.open).sort();
    if (open.length) parts.push("open=" + open.map(encodeURIComponent).join(","));
    var hash = parts.length ? "#" + parts.join("&") : "";
    if (hash === location.hash || (!hash && !location.hash)) return;
    try { history.replaceState(null, "", hash || location.pathname + location.search); } catch (err) { location.hash = hash; }
  }
  function readHash() {
    var s = defaults(), sel = null;
    function decode(x) { try { return decodeURIComponent(x); } catch (err) { return null; } }  // a bad % escape
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var i = part.indexOf("="), k = part.slice(0, i), v = i < 0 ? null : decode(part.slice(i + 1));
      if (v === null) return;
      if (k === "rels") Object.keys(s.rels).forEach(function (r) { s.rels[r] = v.split(",").indexOf(r) >= 0; });
      else if ((k === "from" || k === "to") && /^\d{4}-\d{2}-\d{2}$/.test(v)) s[k] = v;
      else if (k === "planned") s.planned = v === "1";
      else if (k === "isolated") s.isolated = v !== "0";
      else if (k === "unlinked") s.unlinked = v === "1";
      else if (k === "sel" && has(D.entities, v)) sel = v;
      else if (k === "open") part.slice(i + 1).split(",").forEach(function (x) { x = decode(x); if (x !== null && has(D.entities, x)) s.open[x] = true; });
    });
    Object.keys(s).forEach(function (k) { state[k] = s[k]; });
    return sel;
  }
  function syncControls() {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-rel]"), function (b) { b.checked = !!state.rels[b.getAttribute("data-rel")]; });
    $("silat-from").value = state.from; $("silat-to").value = state.to;
    $("silat-planned").checked = state.planned; $("silat-isolated").checked = state.isolated;
    $("silat-unlinked").checked = state.unlinked;
    if (state.unlinked) addUnlinked();
    if (months.length) { $("silat-range-from").value = sliderIndex(state.from, false); $("silat-range-to").value = sliderIndex(state.to, true); }
  }
  function restore() {
    var sel = readHash();
    syncControls();
    if (sel) focusEntity(sel, false); else { clearFocus(true); apply(); }
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
    edgeIds.forEach(function (id) { var r = D.edges[id].rel; rels[r] = (rels[r] || 0) + 1; });
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
    buildTimeline();
    function dateChanged() {
      state.from = $("silat-from").value; state.to = $("silat-to").value;
      if (months.length) { $("silat-range-from").value = sliderIndex(state.from, false); $("silat-range-to").value = sliderIndex(state.to, true); }
      apply();
    }
    $("silat-from").addEventListener("change", dateChanged);
    $("silat-to").addEventListener("change", dateChanged);
    $("silat-dates-clear").addEventListener("click", function () { $("silat-from").value = ""; $("silat-to").value = ""; dateChanged(); });
    $("silat-planned").addEventListener("change", function (ev) { state.planned = ev.target.checked; apply(); });
    $("silat-isolated").addEventListener("change", function (ev) { state.isolated = ev.target.checked; apply(); });
    $("silat-panel-close").addEventListener("click", function () { clearFocus(); });
    $("silat-fit").addEventListener("click", fit);
    $("silat-reset").addEventListener("click", function () {
      Object.keys(state).forEach(function (k) { state[k] = defaults()[k]; });
      syncControls(); clearFocus(true); apply();
    });
    $("silat-png").addEventListener("click", function () { this.href = png(); });
    $("silat-csv").addEventListener("click", function () {
      if (this.href.indexOf("blob:") === 0) URL.revokeObjectURL(this.href);
      this.href = URL.createObjectURL(new Blob(["\ufeff" + csv()], { type: "text/csv;charset=utf-8" }));
    });
    $("silat-menu").addEventListener("click", function () {
      var open = document.body.classList.toggle("silat-menu-open");
      this.setAttribute("aria-expanded", open ? "true" : "false");
    });
    if (D.omitted.length) {
      $("silat-omitted-box").hidden = false;
      $("silat-omitted-count").textContent = D.omitted.length;
      $("silat-unlinked").addEventListener("change", function (ev) {
        state.unlinked = ev.target.checked;
        if (state.unlinked) addUnlinked();
        apply();
      });
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

  // -- export: what is shown, as a picture and as a table ---------------------------------------
  function png() {
    var c = document.querySelector("#mynetwork canvas"), out = document.createElement("canvas");
    out.width = c.width; out.height = c.height;
    var g = out.getContext("2d");
    g.fillStyle = "#fff"; g.fillRect(0, 0, out.width, out.height);  // vis draws on a transparent canvas
    g.drawImage(c, 0, 0);
    return out.toDataURL("image/png");
  }
  function csvCell(v) {
    var s = String(v == null ? "" : v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // a spreadsheet must not read a name as a formula
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv() {
    var rows = [["relation", "source", "source_label", "target", "target_label", "planned", "event", "event_type", "date", "modality", "cameo", "sources"]];
    edgeIds.forEach(function (k) {
      if (!shownEdges[k]) return;
      var e = D.edges[k], head = [e.rel, e.from, label(e.from), e.to, label(e.to), e.planned ? "true" : "false"];
      var evs = state.open[e.from] || state.open[e.to] ? e.events : e.events.filter(eventShown);
      if (!evs.length) rows.push(head.concat(["", "", "", "", "", e.sources.length]));
      evs.forEach(function (x) {
        var ev = D.events[x];
        rows.push(head.concat([x, ev.type, ev.date, ev.modality, ev.cameo, ev.sources.length]));
      });
    });
    return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  // -- selection, highlight and expansion -------------------------------------------------------
  function neighbours(id) {
    var out = {};
    out[id] = true;
    edgeIds.forEach(function (k) {
      var e = D.edges[k];
      if (!shownEdges[k]) return;
      if (e.from === id) out[e.to] = true;
      if (e.to === id) out[e.from] = true;
    });
    return out;
  }
  function clearFocus(quiet) {
    state.focus = null;
    $("silat-panel").hidden = true;
    network.unselectAll();
    if (quiet !== true) { paint(); writeHash(); }
  }
  function focusEntity(id, move) {
    if (!has(D.entities, id)) return;
    if (!has(drawn, id) || (has(omitted, id) && !state.unlinked)) {  // not drawn: its panel only
      if (state.focus) clearFocus();
      showEntity(id);
      $("silat-search-status").textContent = "not drawn: no link";
      return;
    }
    state.focus = id;
    apply(true);
    network.selectNodes([id]);
    if (move) {  // the zoom changed: labels follow
      network.focus(id, { scale: Math.max(network.getScale(), 1.3), offset: { x: narrow() ? 0 : -190, y: 0 }, animation: false });
      paint();
    }
    showEntity(id);
  }
  function hiddenLinks(id) {
    return edgeIds.filter(function (k) { var e = D.edges[k]; return (e.from === id || e.to === id) && !shownEdges[k]; }).length;
  }
  function expand(id) {  // every link of the entity, whatever the filters, and the entities at their ends
    if (!has(D.entities, id)) return;
    state.open[id] = true;
    state.focus = has(drawn, id) ? id : state.focus;
    apply();
    if (state.focus === id) { network.selectNodes([id]); showEntity(id); }
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
    html += '<div class="silat-meta">' + esc(typ.label || e.type) + " · " + esc(id) + " · " + e.events + (e.events === 1 ? " event" : " events") + "</div>";
    if (e.qid) html += '<div>Wikidata: <a href="https://www.wikidata.org/wiki/' + esc(e.qid) + '" target="_blank" rel="noopener">' + esc(e.qid) + "</a></div>";
    if (e.offices.length) {
      html += "<h4>Offices</h4><ul>" + e.offices.map(function (o) {
        return "<li>" + esc(o[0].replace(/([a-z])([A-Z])/g, "$1 $2")) + ", <bdi>" + esc(label(o[1])) + "</bdi></li>";
      }).join("") + "</ul>";
    }
    if (e.alt.length) html += '<div class="silat-meta">also written: <span dir="rtl" lang="ar">' + e.alt.map(function (a) { return "<bdi>" + esc(a) + "</bdi>"; }).join("، ") + "</span></div>";
    var links = edgeIds.filter(function (k) { return shownEdges[k] && (D.edges[k].from === id || D.edges[k].to === id); });
    var hidden = hiddenLinks(id);
    html += "<h4>Links shown (" + links.length + ")</h4>";
    if (hidden) html += '<button type="button" id="silat-expand" data-expand="' + esc(id) + '">show its ' + hidden + " hidden link" + (hidden === 1 ? "" : "s") + "</button>";
    html += "<ul>" + links.map(function (k) {
      var x = D.edges[k], other = x.from === id ? x.to : x.from;
      return '<li><a href="#" data-edge="' + esc(k) + '">' + esc(relLabel(x.rel)) + "</a> <bdi>" + esc(label(other)) + "</bdi>" +
        (x.planned ? ' <span class="silat-planned">(planned)</span>' : "") + "</li>";
    }).join("") + "</ul>";
    showPanel(html);
  }
  function showEdge(id) {
    if (!has(D.edges, id)) return;
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
    var x = ev.target.getAttribute && ev.target.getAttribute("data-expand");
    if (x) expand(x);
  });

  function start() {
    buildControls();
    network.on("click", function (p) {
      if (p.nodes.length) focusEntity(p.nodes[0], false);
      else if (p.edges.length) showEdge(p.edges[0]);
      else clearFocus();
    });
    network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });
    network.on("zoom", paint);  // labels follow the zoom (paint only updates what changed)
    window.addEventListener("hashchange", restore);
    // Interactive = the layout is final and drawn: after stabilisation when vis lays out, else at once.
    // The layout is made over every linked entity; then physics stops, so what filters hide and show
    // keeps its place and every fit frames a still picture.
    function ready() {
      if (network.physics.options.enabled) network.setOptions({ physics: { enabled: false } });
      restore();
      network.once("afterDrawing", function () {
        window.silatReadyAt = performance.now();
        document.body.setAttribute("data-ready", "1");
      });
      network.redraw();
    }
    // vis sets physics.ready once stabilisation is over (at once when physics is off or had nothing to do)
    if (network.physics.ready) ready(); else network.once("stabilizationIterationsDone", ready);
  }
  var laidOutByVis = network.physics.options.enabled;
  window.silat = { laidOutByVis: laidOutByVis, search: search, apply: apply, state: state, data: D, showEdge: showEdge, showEntity: showEntity,
                   expand: expand, fit: fit, csv: csv, png: png };
  start();
})();
