/**
 * The site's static files: a stylesheet, a script and an icon. Small, no framework, no CDN: the pages work offline and under
 * `Content-Security-Policy: default-src 'self'` (nothing inline). The pages read fully without
 * the script; it adds the quote panel on the matrix and sends analyst notes to the server.
 */

const CSS = `:root{--ink:#1d1d1f;--muted:#5f6368;--line:#dadce0;--ok:#2e7d32;--bad:#c62828;--warn:#b26a00;--accent:#1a56a8}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,sans-serif;color:var(--ink);margin:0}
header.top{background:#0f2a4a;padding:.5rem 1.2rem}header.top a{color:#fff;font-weight:700;text-decoration:none;letter-spacing:.04em}
main{max-width:78rem;margin:0 auto;padding:1rem 1.2rem 3rem}h1{font-size:1.55rem;margin:.6rem 0}h2{font-size:1.15rem;border-top:1px solid var(--line);padding-top:.8rem;margin-top:1.6rem}
h3{font-size:.95rem;margin:.2rem 0}a{color:var(--accent)}small,.meta,.hint,.count,.crumbs{color:var(--muted)}code{background:#f1f3f4;padding:0 .25rem}
.empty{color:var(--muted);font-style:italic}.error,.warnings{color:var(--bad)}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.6rem 0;padding:.6rem;background:#f6f8fa;border:1px solid var(--line);border-radius:6px}
form.search input[type=search]{flex:1 1 18rem;padding:.35rem .5rem;font-size:1rem}
ol.stories{list-style:none;padding:0}.story-row{padding:.6rem 0;border-bottom:1px solid var(--line)}.story-row .headline{font-size:1.08rem;font-weight:600}
.figures{font-size:.9rem}.figures .conflicts{color:var(--bad);font-weight:600}.meta{font-size:.85rem}
.pager{display:flex;gap:1rem;margin-top:1rem}.summary-line{font-size:1rem;color:var(--muted)}
.status{font-size:.72rem;padding:.05rem .4rem;border-radius:.3rem;color:#fff;background:#757575;white-space:nowrap}
.status.corroborated{background:var(--ok)}.status.single-origin{background:var(--warn)}.status.conflicting{background:var(--bad)}
.matrix-wrap{overflow:auto;max-height:80vh;border:1px solid var(--line)}
table.matrix{border-collapse:collapse;font-size:.85rem;table-layout:fixed;width:max-content}col.claim-col{width:28rem}col.article-col{width:6.5rem}table.matrix th,table.matrix td{border:1px solid var(--line);padding:.25rem .35rem;vertical-align:top}
table.matrix thead th{position:sticky;top:0;background:#fafafa}table.matrix th.col{font-weight:600;overflow-wrap:anywhere}
table.matrix th.col small{display:block;font-weight:400}table.matrix th.copies{background:#e8f0fe;font-weight:400;font-size:.75rem}
.claim-head{text-align:left;font-weight:400;position:sticky;left:0;background:#fff;overflow-wrap:anywhere}
tr.conflicting .claim-head{border-left:4px solid var(--bad)}.summary{margin:.2rem 0}.conflict-list{margin:.2rem 0;padding-left:1rem;color:var(--bad)}
table.matrix td{text-align:center;font-size:1.05rem}td.cell a{text-decoration:none;display:block}
.cell.assert,.cell.assert a{color:var(--ok)}.cell.attribute,.cell.attribute a{color:var(--accent)}.cell.contradict,.cell.contradict a{color:var(--bad);font-weight:700}
td.cell.contradict{background:#fdecea}td.cell.active{outline:2px solid var(--ink)}
.quote-panel{min-height:2.6rem;margin:.4rem 0;padding:.4rem .6rem;background:#fffbe6;border-left:4px solid #f0c000;font-size:.9rem}
.quote-panel:empty{display:none}.legend{font-size:.85rem;color:var(--muted)}
.note-mark{font-size:.75rem;font-weight:700;padding:.05rem .35rem;border-radius:.3rem;border:1px solid}
.note-mark.verified{color:var(--ok)}.note-mark.false{color:var(--bad)}.note-mark.unclear{color:var(--warn)}.note-text{font-style:italic;margin:.2rem 0}
form.note-form{margin-top:.3rem;display:flex;gap:.25rem}form.note-form input{flex:1;min-width:6rem}form.note-form .sent{color:var(--ok)}
figure.graph{overflow:auto;margin:0;border:1px solid var(--line);padding:.5rem;background:#fcfcfd}figure.graph figcaption{font-size:.85rem;color:var(--muted)}
svg text{font:12px system-ui,sans-serif;fill:var(--ink)}svg text.sub{font-size:10px;fill:var(--muted)}
.node rect{fill:#fff;stroke:#9aa0a6;stroke-width:1}.node.article rect{fill:#f1f6ff}.node.origin rect{stroke:var(--ink);stroke-width:2.5;fill:#fff8e1}.node.source rect{fill:#f6f6f6;stroke-dasharray:3 2}
a.node:hover rect,a.node:focus rect{stroke:var(--accent);stroke-width:2.5}
.edge{fill:none;stroke:#80868b;stroke-width:1.3}.edge.copy{stroke-dasharray:5 4;stroke:#7b1fa2}marker path{fill:#80868b}
#timeline,#entities,#framing,#articles{content-visibility:auto;contain-intrinsic-size:auto 40rem}ol.timeline{padding-left:1.2rem}ol.timeline time{font-weight:700;margin-right:.3rem}
table.entities{border-collapse:collapse;font-size:.9rem}table.entities td,table.entities th{border-bottom:1px solid var(--line);padding:.2rem .6rem;text-align:left}
.framing{display:grid;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr));gap:.6rem}.framing .outlet{border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}.framing ul{padding-left:1rem;margin:.2rem 0}
article.text{white-space:pre-wrap;max-width:46rem;font-size:1.02rem;line-height:1.65;margin-top:1rem}
mark{background:none;color:inherit}mark.claim{background:#e6f4ea;border-bottom:2px solid var(--ok)}mark.cite{background:#e8f0fe;border-bottom:2px solid var(--accent)}
mark.frame{background:#fde7d8;outline:1px solid #e37400}mark:target,mark.targeted{background:#ffe066;outline:2px solid #f0a000}mark:target mark,mark.targeted mark{background:transparent}
.switch{margin-right:.3rem}.removed{display:none;max-width:46rem;border:1px dashed var(--bad);padding:.5rem .8rem;margin-top:1rem;background:#fff5f5}
#show-removed:checked ~ .removed{display:block}.removed li{white-space:pre-wrap;margin:.3rem 0;color:#6b2020}
`;

const JS = `"use strict";
(function () {
  // Matrix: pointing at (or focusing) a cell shows its quote in the panel above the table.
  var panel = document.getElementById("quote-panel");
  var active = null;
  function show(link) {
    if (!panel || !link || !link.title) return;
    panel.textContent = link.title;
    if (active) active.classList.remove("active");
    active = link.parentElement;
    if (active) active.classList.add("active");
  }
  document.addEventListener("mouseover", function (e) { show(e.target.closest && e.target.closest("td.cell a")); });
  document.addEventListener("focusin", function (e) { show(e.target.closest && e.target.closest("td.cell a")); });
  // Article: every piece of the quote a link points at is highlighted, not only its first piece.
  function target() {
    var marks = document.querySelectorAll("mark.targeted");
    for (var i = 0; i < marks.length; i++) marks[i].classList.remove("targeted");
    var id = decodeURIComponent(location.hash.slice(1));
    var first = id && document.getElementById(id);
    if (first) { first.classList.add("targeted"); first.scrollIntoView({ block: "center" }); }
  }
  window.addEventListener("hashchange", target);
  target();
  // Analyst notes: sent as JSON to the server; a token, when the server asks for one, is kept for the session.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.classList || !form.classList.contains("note-form")) return;
    e.preventDefault();
    var headers = { "content-type": "application/json" };
    var token = sessionStorage.getItem("dossier-token");
    if (token) headers.authorization = "Bearer " + token;
    var body = JSON.stringify({ verdict: form.elements.verdict.value, text: form.elements.text.value });
    function send() {
      return fetch(form.getAttribute("action"), { method: "PUT", headers: headers, body: body }).then(function (r) {
        if (r.status === 401 || r.status === 403) {
          var t = window.prompt("This server needs a token to save notes:");
          if (!t) throw new Error("no token");
          sessionStorage.setItem("dossier-token", t);
          headers.authorization = "Bearer " + t;
          return send();
        }
        if (!r.ok) throw new Error("HTTP " + r.status);
      });
    }
    send().then(function () { location.reload(); }, function (err) {
      var msg = form.querySelector(".sent") || form.appendChild(document.createElement("span"));
      msg.className = "sent";
      msg.textContent = "not saved: " + err.message;
    });
  });
})();
`;

/** A plain mark for the tab, so that browsers do not ask for a /favicon.ico that is not there. */
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0f2a4a"/><path d="M4 3h4.5a4.5 5 0 0 1 0 10H4z" fill="#fff"/></svg>
`;

export interface Asset {
  readonly contentType: string;
  readonly body: string;
}

/** Served at `/assets/NAME` and written to `assets/NAME` in the static site. No prototype: a name such as "constructor" finds nothing. */
export const ASSETS: Readonly<Record<string, Asset>> = Object.assign(Object.create(null) as Record<string, Asset>, {
  "dossier.css": { contentType: "text/css; charset=utf-8", body: CSS },
  "dossier.js": { contentType: "text/javascript; charset=utf-8", body: JS },
  "icon.svg": { contentType: "image/svg+xml", body: ICON },
});
