// The time axis of the timeline page: one item per dated event, coloured by type, drawn by
// status; a click opens the event's evidence. Data comes from the page itself.
(function () {
  const items = JSON.parse(document.getElementById("timeline-items").textContent);
  const dayAfter = (day) => {
    const next = new Date(day + "T00:00:00Z");
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString().slice(0, 10);
  };
  const data = items.map((item) => ({
    id: item.id,
    content: item.label,
    start: item.start,
    end: item.end ? dayAfter(item.end) : undefined,
    type: item.end ? "range" : "box",
    className: "type-" + item.type.toLowerCase() + " status-" + item.status,
    title: item.label + " (" + item.status + ", " + item.num_sources + " source" +
           (item.num_sources === 1 ? "" : "s") + ")",
  }));
  const timeline = new vis.Timeline(document.getElementById("timeline"), data, {
    zoomable: true, stack: true, maxHeight: 480, orientation: "top",
    zoomMin: 1000 * 60 * 60 * 24, margin: { item: 6 },
  });
  timeline.on("click", (properties) => {
    if (properties.item !== null && properties.item !== undefined) {
      window.location.href = "/events/" + properties.item;
    }
  });
})();
