// Search with Pagefind's own index (pagefind/pagefind.js, made by `brief site build`); no framework.
// Result text is put into the page as text only: an excerpt keeps Pagefind's <mark> and nothing else.
const form = document.getElementById("search-form");
const input = document.getElementById("q");
const status = document.getElementById("status");
const list = document.getElementById("results");

function excerptNodes(html) {
  const holder = document.createElement("template");
  holder.innerHTML = html;
  const out = [];
  for (const node of holder.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent));
    }
  }
  return out;
}

// The index comes in chunks (SITE/pagefind/<n>/, listed in chunks.json): the first is loaded, the others merged in.
let loaded = null;
async function loadIndex() {
  if (loaded) return loaded;
  try {
    const root = new URL("pagefind/", document.baseURI);
    const chunks = await (await fetch(new URL("chunks.json", root))).json();
    if (!chunks.length) return "empty";
    const pagefind = await import(new URL(`${chunks[0]}/pagefind.js`, root).href);
    const baseUrl = new URL(".", document.baseURI).pathname; // results link into this site, wherever it is hosted
    await pagefind.options({ baseUrl });
    for (const chunk of chunks.slice(1)) {
      await pagefind.mergeIndex(new URL(`${chunk}/`, root).href, { baseUrl });
    }
    loaded = pagefind;
    return pagefind;
  } catch (error) {
    return null;
  }
}

async function run(query) {
  list.replaceChildren();
  if (!query.trim()) { status.textContent = ""; return; }
  status.textContent = "Searching…";
  const pagefind = await loadIndex();
  if (pagefind === "empty") {
    status.textContent = "Nothing has been briefed yet: there is nothing to search.";
    return;
  }
  if (!pagefind) {
    status.textContent = "The search index is missing: build the site with `brief site build`.";
    return;
  }
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  for (const result of results) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    const excerpt = document.createElement("p");
    excerpt.replaceChildren(...excerptNodes(result.excerpt));
    item.append(link, excerpt);
    list.append(item);
  }
  status.textContent = `${search.results.length} result${search.results.length === 1 ? "" : "s"} for “${query}”`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(window.location.href);
  url.searchParams.set("q", input.value);
  history.replaceState(null, "", url);
  run(input.value);
});
const initial = new URLSearchParams(window.location.search).get("q");
if (initial) { input.value = initial; run(initial); }
