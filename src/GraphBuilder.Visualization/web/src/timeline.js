// The date-range filter: two sliders over the distinct evidence dates. A relation is shown while at
// least one of its sentences is dated inside the range; undated relations show only while the range
// covers every date (the filter is then off).

function relationDates(relation) {
  if (relation.dates) return relation.dates; // the page's data: every date, though only some evidence is embedded
  const dates = new Set();
  for (const ev of relation.evidence || []) if (ev.date) dates.add(ev.date);
  return [...dates].sort();
}

function createTimeline(model, onChange) {
  const all = new Set();
  for (const r of model.relations) for (const d of relationDates(r)) all.add(d);
  const dates = [...all].sort();
  const byEdge = model.relations.map(relationDates);
  const section = document.getElementById('timeline');
  const from = document.getElementById('date-from');
  const to = document.getElementById('date-to');
  const label = document.getElementById('date-range');
  let range = null; // null: no filter; else [first, last] as yyyy-MM-dd

  if (dates.length < 2) {
    section.hidden = true;
  } else {
    for (const input of [from, to]) {
      input.min = 0;
      input.max = dates.length - 1;
      input.step = 1;
    }
    from.value = 0;
    to.value = dates.length - 1;
    const changed = () => {
      let a = Number(from.value), b = Number(to.value);
      if (a > b) { if (document.activeElement === from) to.value = b = a; else from.value = a = b; }
      set(dates[a], dates[b]);
    };
    from.addEventListener('input', changed);
    to.addEventListener('input', changed);
  }
  render();

  function render() {
    if (dates.length === 0) return;
    const a = range ? range[0] : dates[0], b = range ? range[1] : dates[dates.length - 1];
    label.textContent = a === b ? a : a + ' – ' + b;
    section.dataset.from = a;
    section.dataset.to = b;
  }

  // Sets the range (inclusive, yyyy-MM-dd); the full span switches the filter off.
  function set(first, last) {
    range = dates.length === 0 || (first <= dates[0] && last >= dates[dates.length - 1]) ? null : [first, last];
    if (dates.length > 1) {
      from.value = Math.max(0, dates.findIndex((d) => d >= first));
      const lastIndex = dates.findLastIndex((d) => d <= last);
      to.value = lastIndex < 0 ? 0 : lastIndex;
    }
    render();
    onChange();
  }

  function shows(edgeIndex) {
    if (!range) return true;
    return byEdge[edgeIndex].some((d) => d >= range[0] && d <= range[1]);
  }

  function reset() {
    if (dates.length === 0) return;
    range = null;
    from.value = 0;
    to.value = Math.max(0, dates.length - 1);
    render();
  }

  return { dates, set, shows, reset };
}
