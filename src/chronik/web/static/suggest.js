// Actor fields offer the actors of the chronicle as one types: the names /api/actors?prefix=
// gives fill the field's datalist.
(function () {
  document.querySelectorAll("input[data-suggest]").forEach((input) => {
    const list = document.getElementById(input.getAttribute("list"));
    let pending = null;
    input.addEventListener("input", () => {
      clearTimeout(pending);
      const prefix = input.value.trim();
      if (prefix.length < 2) return;
      pending = setTimeout(() => {
        fetch(input.dataset.suggest + "?limit=10&prefix=" + encodeURIComponent(prefix))
          .then((answer) => answer.ok ? answer.json() : [])
          .then((actors) => {
            list.replaceChildren(...actors.map((actor) => {
              const option = document.createElement("option");
              option.value = actor.name;
              option.label = actor.kind + ", " + actor.num_events + " event" +
                             (actor.num_events === 1 ? "" : "s");
              return option;
            }));
          });
      }, 150);
    });
  });
})();
