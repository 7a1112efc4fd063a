// The right-hand panel: an entity's names, class, Wikidata link and relations, or a relation's evidence.

function createDetails(panel, model, actions) {
  function entityButton(id) {
    const entity = model.entityById.get(id);
    return el('button', { type: 'button', className: 'link-button', text: entity ? entity.name : id, onclick: () => actions.focusEntity(id) });
  }

  function classBadge(cls) {
    return el('span', { className: 'badge', style: 'background:' + classStyle(cls).color, text: cls });
  }

  function showEntity(id) {
    const e = model.entityById.get(id);
    if (!e) return;
    clear(panel);
    panel.dataset.kind = 'entity';
    const qid = wikidataUrl(e.wikidata);
    panel.append(
      el('h2', { text: e.name }),
      classBadge(e.class),
      el('ul', { className: 'meta' }, [
        el('li', {}, ['Wikidata: ', qid ? externalLink(qid, e.wikidata) : el('span', { className: 'empty', text: 'not linked' })]),
        el('li', { text: 'Mentioned in ' + e.articleCount + (e.articleCount === 1 ? ' article' : ' articles') }),
        el('li', { className: 'empty', text: e.id }),
      ]));
    panel.append(el('h3', { text: 'Names' }));
    panel.append(el('ul', { className: 'names' }, entityNames(e).map((n) => el('li', {}, [
      n.text, n.language ? el('span', { className: 'lang', text: ' ' + n.language + (n.preferred ? ', preferred' : '') }) : null,
    ]))));
    const edges = actions.cy.getElementById(id).connectedEdges();
    panel.append(el('h3', { text: 'Relations (' + edges.length + ')' }));
    if (edges.length === 0) panel.append(el('p', { className: 'empty', text: 'No relations.' }));
    const items = edges.map((edge) => {
      const r = model.relations[edge.data('index')];
      // Read as a sentence in the relation's own direction: "Kim Jong Un — leader of → North Korea".
      const text = relationSentence(r) + '  (' + r.evidenceCount + ')';
      return el('li', {}, [el('button', { type: 'button', text: text, onclick: () => actions.focusRelation(edge.id()) })]);
    });
    panel.append(el('ul', { className: 'relations' }, items));
  }

  function nameOf(id) {
    const entity = model.entityById.get(id);
    return entity ? entity.name : id;
  }

  function relationSentence(r) {
    return nameOf(r.subject) + ' — ' + humanize(r.predicate) + (r.symmetric ? ' — ' : ' → ') + nameOf(r.object);
  }

  function sentenceWithMatch(ev) {
    const text = ev.text || '';
    const start = Math.max(0, Math.min(ev.start, text.length));
    const end = Math.max(start, Math.min(ev.end, text.length));
    if (end <= start || (start === 0 && end === text.length)) return el('blockquote', { className: 'sentence', text: text });
    return el('blockquote', { className: 'sentence' }, [text.slice(0, start), el('mark', { text: text.slice(start, end) }), text.slice(end)]);
  }

  function evidenceItem(ev) {
    const article = model.articleById.get(ev.article);
    const title = article ? article.title : ev.article;
    const url = article ? safeHttpUrl(article.url) : null;
    const date = ev.date || (article && article.published) || 'undated';
    const source = el('div', { className: 'source' }, [
      url ? externalLink(url, title) : el('span', { className: 'article-title', text: title }),
      ' · ' + date,
      ev.attribution ? el('span', { className: 'attribution', text: ' · according to ' + ev.attribution }) : null,
      ' · rule ' + ev.rule + ', confidence ' + formatNumber(ev.confidence),
    ]);
    return el('li', {}, [sentenceWithMatch(ev), source]);
  }

  function showRelation(edgeId) {
    const edge = actions.cy.getElementById(edgeId);
    if (edge.empty()) return;
    const r = model.relations[edge.data('index')];
    clear(panel);
    panel.dataset.kind = 'relation';
    panel.append(el('h2', {}, [entityButton(r.subject), ' ' + (r.symmetric ? '↔ ' : '') + humanize(r.predicate) + (r.symmetric ? ' ' : ' → '), entityButton(r.object)]));
    const dates = r.firstDate ? (r.firstDate === r.lastDate ? r.firstDate : r.firstDate + ' – ' + r.lastDate) : 'undated';
    panel.append(el('ul', { className: 'meta' }, [
      el('li', { text: 'Relation: ' + r.predicate + (r.symmetric ? ' (symmetric)' : '') }),
      el('li', { text: 'Confidence ' + formatNumber(r.confidence) + ' from ' + r.evidenceCount + (r.evidenceCount === 1 ? ' sentence' : ' sentences') + ' in ' + (r.articleCount ?? (r.articleIds || []).length) + ' article(s)' }),
      el('li', { text: 'Dates: ' + dates }),
      (r.attributions || []).length ? el('li', { text: 'Attributed to: ' + r.attributions.join('; ') }) : null,
    ]));
    panel.append(el('h3', { text: 'Evidence' }));
    const shown = r.evidence || [];
    panel.append(el('ol', { className: 'evidence' }, shown.map(evidenceItem)));
    if (shown.length < r.evidenceCount) {
      panel.append(el('p', { className: 'hint more-evidence', text: 'Showing the ' + shown.length + ' most confident (in article order) of ' + r.evidenceCount +
        ' sentences; all of them are in graph.json and in Neo4j.' }));
    }
  }

  function reset() {
    clear(panel);
    delete panel.dataset.kind;
    panel.append(el('p', { className: 'hint', text: 'Click an entity or a relation to see its names, relations and supporting evidence.' }));
  }

  return { showEntity, showRelation, reset };
}
