// The actor network page: actors sized by their events, edges as thick as the events between
// two actors; a click on an actor opens its timeline. Data comes from the page itself.
(function () {
  const graph = JSON.parse(document.getElementById("network-graph").textContent);
  const colours = { person: "#7d9be0", country: "#3aa17e", organization: "#e0a100" };
  const nodes = graph.nodes.map((node) => ({
    id: node.id, label: node.name, value: node.num_events, shape: "dot",
    color: colours[node.kind] || "#adb5bd",
    title: node.name + ": " + node.num_events + " event" + (node.num_events === 1 ? "" : "s"),
  }));
  const edges = graph.edges.map((edge) => ({
    from: edge.source, to: edge.target, value: edge.count,
    title: Object.entries(edge.types).map(([type, count]) => type + " " + count).join(", "),
  }));
  const network = new vis.Network(document.getElementById("network"), { nodes, edges }, {
    nodes: { scaling: { min: 8, max: 40 }, font: { size: 14 } },
    edges: { scaling: { min: 1, max: 12 }, color: { color: "#9aa5b8", highlight: "#2b59c3" } },
    physics: { stabilization: { iterations: 200 } },
  });
  network.on("click", (properties) => {
    if (properties.nodes.length) {
      window.location.href = "/timeline?actor=" + encodeURIComponent(properties.nodes[0]);
    }
  });
  window.chronikNetwork = network;
})();
