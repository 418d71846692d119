// The actor network page: actors sized by their events and coloured by kind, links as wide as
// the events between two actors and coloured by their most frequent type, with arrows from
// source to target (none for meetings). The most connected actors are named; two sliders hide
// weak links and lonely actors. A click on an actor opens its page. Data comes from the page.
(function () {
  const NAMED = 25;
  const graph = JSON.parse(document.getElementById("network-graph").textContent);
  const style = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => style.getPropertyValue("--" + name).trim() || fallback;
  const named = new Set(graph.nodes.slice().sort((a, b) => b.degree - a.degree ||
                                                  b.num_events - a.num_events)
                          .slice(0, NAMED).map((node) => node.id));
  const nodes = new vis.DataSet(graph.nodes.map((node) => ({
    id: node.id, value: node.num_events, shape: "dot", degree: node.degree,
    label: named.has(node.id) ? node.name : undefined,
    color: colour("kind-" + node.kind, "#adb5bd"),
    title: node.name + " (" + node.kind + "): " + node.num_events + " event" +
           (node.num_events === 1 ? "" : "s") + ", " + node.degree + " link" +
           (node.degree === 1 ? "" : "s"),
  })));
  const edges = new vis.DataSet(graph.edges.map((edge, index) => {
    const main = Object.entries(edge.types).sort((a, b) => b[1] - a[1])[0][0];
    return {
      id: index, from: edge.source, to: edge.target, value: edge.count, count: edge.count,
      arrows: edge.directed ? { to: { enabled: true, scaleFactor: 0.6 } } : undefined,
      color: { color: colour(main.toLowerCase(), "#9aa5b8"), opacity: 0.8 },
      title: Object.entries(edge.types).map(([type, count]) => type + " " + count).join(", "),
    };
  }));
  const weight = document.getElementById("min-weight");
  const degree = document.getElementById("min-degree");
  const edgeView = new vis.DataView(edges, {
    filter: (edge) => edge.count >= Number(weight.value),
  });
  const nodeView = new vis.DataView(nodes, {
    filter: (node) => {
      if (Number(degree.value) === 0) return true;
      const links = edgeView.get({ filter: (e) => e.from === node.id || e.to === node.id });
      return links.length >= Number(degree.value);
    },
  });
  const network = new vis.Network(document.getElementById("network"),
                                  { nodes: nodeView, edges: edgeView }, {
    nodes: { scaling: { min: 6, max: 36 },
             font: { size: 16, face: "system-ui", strokeWidth: 4, strokeColor: "#ffffff" } },
    edges: { scaling: { min: 1, max: 10 }, smooth: { type: "continuous" } },
    physics: { stabilization: { iterations: 150 }, barnesHut: { gravitationalConstant: -6000 } },
    interaction: { hover: true, tooltipDelay: 100 },
  });
  const refresh = () => {
    document.getElementById("weight-value").textContent = weight.value;
    document.getElementById("degree-value").textContent = degree.value;
    edgeView.refresh();
    nodeView.refresh();
  };
  weight.addEventListener("input", refresh);
  degree.addEventListener("input", refresh);
  refresh();
  network.on("click", (properties) => {
    if (properties.nodes.length) {
      window.location.href = "/actors/" + encodeURIComponent(properties.nodes[0]);
    }
  });
  window.chronikNetwork = network;
})();
