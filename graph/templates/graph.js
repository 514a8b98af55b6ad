// The page's own behaviour: tooltips, search, filters, and physics off once laid out.
// Everything read from the data (names, titles, evidence) is set as text
// (textContent, Option text), never as HTML, because it comes from articles.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);

  function element(tag, text, className) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    if (className) el.className = className;
    return el;
  }

  function row(box, name, value) {
    if (value === undefined || value === null || value === "") return;
    if (Array.isArray(value)) {
      if (!value.length) return;
      value = value.join(", ");
    }
    var line = element("div", null, "tip-row");
    line.appendChild(element("b", name + ": "));
    line.appendChild(document.createTextNode(String(value)));
    box.appendChild(line);
  }

  function nodeTooltip(node) {
    var info = node.info, box = element("div", null, "tip");
    box.appendChild(element("div", node.name, "tip-head"));
    row(box, "Type", node.kind);
    row(box, "Title", info.title);
    row(box, "Country", info.country);
    row(box, "Also known as", info.aliases);
    row(box, "Date", info.date);
    row(box, "Language", info.language);
    row(box, "Source", info.source);
    row(box, "URL", info.url);
    row(box, "Interactions", info.interactions);
    row(box, "Within the country", info.within);
    row(box, "Id", info.id);
    return box;
  }

  function edgeTooltip(edge) {
    var info = edge.info, box = element("div", null, "tip");
    box.appendChild(element("div", info.type, "tip-head"));
    row(box, "Date", info.date);
    row(box, "Topics", (info.topics || []).map(topicName));
    row(box, "Reports", info.sources);
    row(box, "Interactions", info.interactions);
    Object.keys(info.by_type || {}).forEach(function (type) { row(box, type, info.by_type[type]); });
    (info.evidence || []).forEach(function (ev) {
      box.appendChild(element("blockquote", "\u201c" + ev.sentence + "\u201d"));
      var from = [ev.title || ev.article, ev.date, ev.url].filter(Boolean).join(" \u00b7 ");
      box.appendChild(element("div", "\u2014 " + from, "tip-src"));
    });
    return box;
  }

  var topicNames = {};
  data.topics.forEach(function (t) { topicNames[t.id] = t.name; });
  function topicName(id) { return topicNames[id] || id; }

  data.nodes.forEach(function (n) { n.title = nodeTooltip(n); });
  data.edges.forEach(function (e) { e.title = edgeTooltip(e); });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var page = (window.diplograph = { network: network, nodes: nodes, edges: edges, stable: false });

  function settled() {
    network.setOptions({ physics: false });
    document.getElementById("layout-status").hidden = true;
    page.stable = true;
  }
  network.once("stabilizationIterationsDone", settled);
  if (!data.nodes.length) settled();

  // Filters: node types, a country (its own actors and their partners), a topic.
  var typeBox = document.getElementById("type-filter");
  var kinds = [];
  data.nodes.forEach(function (n) { if (kinds.indexOf(n.kind) < 0) kinds.push(n.kind); });
  kinds.forEach(function (kind) {
    var label = element("label"), box = element("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = kind;
    box.addEventListener("change", applyFilters);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + kind));
    typeBox.appendChild(label);
  });
  var countrySelect = document.getElementById("country-filter");
  data.countries.forEach(function (c) { countrySelect.add(new Option(c, c)); });
  var topicSelect = document.getElementById("topic-filter");
  data.topics.forEach(function (t) { topicSelect.add(new Option(t.name, t.id)); });
  countrySelect.addEventListener("change", applyFilters);
  topicSelect.addEventListener("change", applyFilters);
  document.getElementById("reset-filters").addEventListener("click", function () {
    typeBox.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    countrySelect.value = "";
    topicSelect.value = "";
    applyFilters();
  });

  function applyFilters() {
    var shownKinds = {};
    typeBox.querySelectorAll("input").forEach(function (b) { shownKinds[b.value] = b.checked; });
    var country = countrySelect.value, topic = topicSelect.value;
    var kindOf = {}, members = {};
    data.nodes.forEach(function (n) {
      kindOf[n.id] = n.kind;
      if (country && n.country === country) members[n.id] = true;
    });
    var shownEdge = {}, touched = {};
    data.edges.forEach(function (e) {
      var ok = shownKinds[kindOf[e.from]] && shownKinds[kindOf[e.to]];
      if (topic) ok = ok && (e.topics || []).indexOf(topic) >= 0;
      if (country) ok = ok && e.kind !== "MENTIONS" && (members[e.from] || members[e.to]);
      shownEdge[e.id] = ok;
      if (ok) touched[e.from] = touched[e.to] = true;
    });
    var shownNode = {};
    data.nodes.forEach(function (n) {
      var ok = shownKinds[n.kind];
      if (topic) ok = ok && touched[n.id];
      else if (country) ok = ok && (members[n.id] || touched[n.id]);
      shownNode[n.id] = !!ok;
    });
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !shownNode[n.id] }; }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: !(shownEdge[e.id] && shownNode[e.from] && shownNode[e.to]) };
    }));
  }
  page.visibleNodeIds = function () {
    return nodes.get({ filter: function (n) { return !n.hidden; } }).map(function (n) { return n.id; });
  };

  // Search: an exact name first, then an exact alias or id, then a name or alias containing it.
  var names = document.getElementById("search-names");
  data.nodes.forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.name;
    names.appendChild(option);
  });
  var status = document.getElementById("search-status");
  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var wanted = document.getElementById("search-input").value.trim().toLowerCase();
    if (!wanted) return;
    function lower(n) { return String(n.name).toLowerCase(); }
    function forms(n) {
      return [n.name, n.id].concat(n.aliases || []).map(function (f) { return String(f).toLowerCase(); });
    }
    var tests = [
      function (n) { return lower(n) === wanted; },
      function (n) { return forms(n).indexOf(wanted) >= 0; },
      function (n) { return forms(n).some(function (f) { return f.indexOf(wanted) >= 0; }); },
    ];
    var found = null;
    for (var i = 0; i < tests.length && !found; i++) found = data.nodes.filter(tests[i])[0];
    if (!found) {
      status.textContent = "No match";
      return;
    }
    nodes.update({ id: found.id, hidden: false });
    network.selectNodes([found.id]);
    network.focus(found.id, { scale: 1.3, animation: { duration: 400 } });
    status.textContent = "Found: " + found.name;
  });
})();
