// The search box: matches names, aliases and names in every language (case- and accent-insensitive) and focuses the chosen entity.

const MAX_SEARCH_RESULTS = 12;

function createSearch(model, focusEntity) {
  const input = document.getElementById('search');
  const list = document.getElementById('search-results');
  const index = model.entities.map((e) => ({
    entity: e,
    name: searchKey(e.name),
    // Aliases and every language's names ("Korea Utara", "North Korea"), whatever the article language.
    aliases: [...new Set((e.aliases || []).concat((e.names || []).map((n) => n.text)))].map(searchKey),
  }));

  // Exact name, then name prefix, then alias match, then substring anywhere; ties by name.
  function rank(item, q) {
    if (item.name === q) return 0;
    if (item.name.startsWith(q)) return 1;
    if (item.aliases.some((a) => a === q || a.startsWith(q))) return 2;
    if (item.name.includes(q)) return 3;
    if (item.aliases.some((a) => a.includes(q))) return 4;
    return -1;
  }

  function matches(query) {
    const q = searchKey(query.trim());
    if (!q) return [];
    const found = [];
    for (const item of index) {
      const r = rank(item, q);
      if (r >= 0) found.push({ r, entity: item.entity });
    }
    found.sort((a, b) => a.r - b.r || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0));
    return found.slice(0, MAX_SEARCH_RESULTS).map((f) => f.entity);
  }

  function choose(entity) {
    list.hidden = true;
    clear(list);
    input.value = entity.name;
    focusEntity(entity.id);
  }

  function render() {
    clear(list);
    const found = matches(input.value);
    if (found.length === 0) {
      list.hidden = input.value.trim() === '';
      if (!list.hidden) list.append(el('li', { className: 'empty', text: 'No entity matches.' }));
      return;
    }
    for (const entity of found) {
      list.append(el('li', { role: 'option' }, [
        el('button', { type: 'button', onclick: () => choose(entity) }, [el('span', { text: entity.name }), el('span', { className: 'cls', text: entity.class })]),
      ]));
    }
    list.hidden = false;
  }

  input.addEventListener('input', render);
  // Close the suggestions when focus leaves the search box and its list.
  input.parentElement.addEventListener('focusout', (event) => {
    if (!input.parentElement.contains(event.relatedTarget)) list.hidden = true;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      const found = matches(input.value);
      if (found.length > 0) choose(found[0]);
    } else if (event.key === 'Escape') {
      input.value = '';
      render();
    }
  });
  return { matches };
}
