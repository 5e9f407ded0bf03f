// The API page: lists every path of /openapi.json. Every string reaches the page as text (textContent), never as
// markup; the Content-Security-Policy allows this file and no inline script.
'use strict';
function add(parent, tag, text) {
  const node = document.createElement(tag);
  node.textContent = text;
  parent.appendChild(node);
  return node;
}

fetch('/openapi.json').then(r => r.json()).then(api => {
  const out = document.getElementById('paths');
  for (const [path, ops] of Object.entries(api.paths)) {
    for (const [verb, op] of Object.entries(ops)) {
      add(out, 'h2', `${verb.toUpperCase()} ${path}`);
      add(out, 'p', op.summary);
      const params = (op.parameters || []).map(x => `${x.name} (${x.in}${x.required ? ', required' : ''}): ${x.description}`);
      if (params.length) {
        const list = add(out, 'ul', '');
        params.forEach(text => add(list, 'li', text));
      }
    }
  }
  document.body.dataset.ready = 'true';
});
