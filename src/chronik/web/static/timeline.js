// The time axis of the timeline page. It starts on the period the page names (the dense part of
// the chronicle, or the period asked for) and loads the events of whatever period is in view
// from /api/timeline: at most LIMIT of them, the most reported, drawn in clusters where more
// than CLUSTER_FROM crowd the view. Every event is a box at its first day, so that no label is
// cut; its period is in the tooltip. Items are coloured by type and drawn by status; a click
// opens the event's evidence.
(function () {
  const LIMIT = 500;
  const CLUSTER_FROM = 120;
  const GROUPS = 12;
  const OTHERS = "all others";
  const config = JSON.parse(document.getElementById("timeline-config").textContent);
  const note = document.getElementById("timeline-note");
  const container = document.getElementById("timeline");
  const items = new vis.DataSet();
  const groups = config.group ? new vis.DataSet() : null;
  const dayAfter = (day) => {
    const next = new Date(day + "T00:00:00Z");
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString().slice(0, 10);
  };
  const isoDay = (moment) => new Date(moment).toISOString().slice(0, 10);
  const options = {
    zoomable: true, stack: true, maxHeight: 520, minHeight: 240, orientation: "top",
    zoomMin: 1000 * 60 * 60 * 24 * 3, margin: { item: { horizontal: 4, vertical: 6 } },
    tooltip: { followMouse: true },
  };
  const clustered = { maxItems: 6, showStipes: true, fitOnDoubleClick: true,
                      titleTemplate: "{count} events: zoom in or double-click" };
  if (config.window) {
    // a margin of a tenth of the period on each side, so that the boxes at its ends show whole
    const first = Date.parse(config.window.start + "T00:00:00Z");
    const last = Date.parse(dayAfter(config.window.end) + "T00:00:00Z");
    const margin = Math.max((last - first) / 10, 1000 * 60 * 60 * 24);
    options.start = new Date(first - margin);
    options.end = new Date(last + margin);
  }
  const timeline = groups ? new vis.Timeline(container, items, groups, options)
                           : new vis.Timeline(container, items, options);
  let pending = null;
  let asked = 0;

  function load(start, end) {
    const number = ++asked;
    const query = (config.query ? config.query + "&" : "") +
                  "from=" + start + "&to=" + end + "&limit=" + LIMIT;
    fetch("/api/timeline?" + query, { headers: { Accept: "application/json" } })
      .then((answer) => answer.ok ? answer.json() : Promise.reject(answer.status))
      .then((data) => {
        if (number !== asked) return;
        const drawn = data.items.map((item) => ({
          id: item.id, content: item.label, start: item.start, group: item.group,
          type: "box",
          className: "type-" + item.type.toLowerCase() + " status-" + item.status,
          title: item.label + " (" + item.status + ", " + item.start +
                 (item.end ? " – " + item.end : "") + ", " + item.num_sources + " source" +
                 (item.num_sources === 1 ? "" : "s") + ")",
        }));
        if (groups) {
          const sizes = {};
          drawn.forEach((item) => { sizes[item.group] = (sizes[item.group] || 0) + 1; });
          const names = Object.keys(sizes).sort((a, b) => sizes[b] - sizes[a] || (a < b ? -1 : 1));
          const shown = new Set(names.slice(0, GROUPS));
          drawn.forEach((item) => { if (!shown.has(item.group)) item.group = OTHERS; });
          groups.clear();
          groups.add([...shown].map((name, order) => ({ id: name, content: name, order: order })));
          if (names.length > GROUPS) {
            groups.add({ id: OTHERS, content: OTHERS, order: GROUPS });
          }
        }
        timeline.setOptions({ cluster: drawn.length > CLUSTER_FROM ? clustered : false });
        items.clear();
        items.add(drawn);
        note.textContent = data.total > drawn.length
          ? drawn.length + " of " + data.total + " events of this period drawn (the most reported); zoom in for the others."
          : data.total + " event" + (data.total === 1 ? "" : "s") + " in this period.";
      })
      .catch((status) => { note.textContent = "Could not load the events (" + status + ")."; });
  }

  timeline.on("rangechanged", (properties) => {
    clearTimeout(pending);
    pending = setTimeout(() => load(isoDay(properties.start), isoDay(properties.end)), 250);
  });
  timeline.on("click", (properties) => {
    if (properties.item !== null && properties.item !== undefined &&
        typeof properties.item === "number") {
      window.location.href = "/events/" + properties.item;
    }
  });
  const range = timeline.getWindow();
  load(isoDay(range.start), isoDay(range.end));
  window.chronikTimeline = timeline;
})();
