/* Search for the site's search box at any archive size.

   Material's search worker builds a lunr index of every page in the browser before it
   answers: seconds at 10,000 articles. This worker answers the same messages (SETUP ->
   READY, QUERY -> RESULT, with results shaped as Material's) from the split index that
   generator/search_index.py writes: the shard of each word typed (search/shards/) and
   the documents shown (search/docs/), loaded when a query needs them. Given a whole
   index instead (a plain `mkdocs build`), it splits it in memory the same way.

   Runs as a Web Worker over http, and from file:// inside Material's iframe-worker
   shim, whose importScripts returns a promise (hence the awaits). Titles and texts are
   the index's HTML, which Material shows as HTML; only <mark> is added, around words. */
"use strict"

const SETUP = 0, READY = 1, QUERY = 2, RESULT = 3  // Material's SearchMessageType
const MAX_PAGES = 25  // pages listed for one query
const CANDIDATES = 40  // documents ranked again with their boost
const PER_FILE = 50  // documents per file when splitting in memory
/* Not indexed, and dropped from queries (search_index.py: STOP_WORDS) */
const STOP_WORDS = new Set(`a able about across after all almost also am among an and any are as at be because been
  but by can cannot could dear did do does either else ever every for from get got had has have he her hers him his
  how however i if in into is it its just least let like likely may me might most must my neither no nor not of off
  often on only or other our own rather said say says she should since so some than that the their them then there
  these they this tis to too twas us wants was we were what when where which while who whom why will with would yet
  you your`.split(/\s+/))

const shards = new Map()  // prefix -> {word: [document * 2 + (1 if in its title)]}
const docFiles = new Map()  // file number -> [[location, title, text, boost, page document], ...]
let index = null  // {docs, per_file, prefix, names}: config.shards of search_index.json
let shardNames = new Set()
const script = typeof document !== "undefined" && document.querySelector("script[src]")
const base = new URL("../../search/", script ? script.src : self.location.href)

self.__searchShard = (prefix, words) => { shards.set(prefix, words) }
self.__searchDocs = (n, rows) => { docFiles.set(n, rows) }

/* The words of a text, without accents, lower case (search_index.py: fold_words) */
function foldWords(text) {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) || []
}

function plain(markup) {
  return markup.replace(/<[^>]*>/g, " ").replace(/&(#x?[0-9a-f]+|\w+);/gi, " ")
}

function hex(prefix) {
  return Array.from(new TextEncoder().encode(prefix), b => b.toString(16).padStart(2, "0")).join("")
}

/* A whole index (Material's docs list): split here as search_index.py would */
function splitInMemory(docs, prefix) {
  const pages = new Map()
  docs.forEach((doc, i) => {
    const page = doc.location.split("#")[0]
    if (!pages.has(page)) pages.set(page, i)
    const inTitle = new Set(foldWords(plain(doc.title || "")))
    for (const word of new Set([...inTitle, ...foldWords(plain(doc.text || ""))])) {
      if (STOP_WORDS.has(word)) continue
      const key = word.slice(0, prefix)
      if (!shards.has(key)) shards.set(key, {})
      const words = shards.get(key)
      ;(words[word] = words[word] || []).push(i * 2 + (inTitle.has(word) ? 1 : 0))
    }
    const n = Math.floor(i / PER_FILE)
    if (!docFiles.has(n)) docFiles.set(n, [])
    docFiles.get(n).push([doc.location, doc.title || "", doc.text || "", doc.boost || 1, pages.get(page)])
  })
  return { docs: docs.length, per_file: PER_FILE, prefix, names: [...shards.keys()] }
}

/* Scripts, fetched at the same time: a worker's importScripts does that with several
   URLs; the iframe shim's loads one after another, so it is called once for each */
async function load(urls) {
  if (!urls.length) return
  if (script) await Promise.all(urls.map(url => importScripts(String(url))))
  else importScripts(...urls.map(String))
}

async function documents(ids) {
  const files = [...new Set(ids.map(id => Math.floor(id / index.per_file)))]
  await load(files.filter(n => !docFiles.has(n)).map(n => new URL(`docs/${n}.js`, base)))
  return new Map(ids.map(id => [id, docFiles.get(Math.floor(id / index.per_file))[id % index.per_file]]))
}

/* Wrap the words of an HTML fragment that start with a query term in <mark> */
function highlight(markup, terms) {
  return markup.split(/(<[^>]*>|&#?\w+;)/).map((part, i) => i % 2 ? part : part.replace(
    /[\p{L}\p{N}\p{M}]+/gu, word => {
      const folded = foldWords(word).join("")
      return terms.some(term => folded.startsWith(term)) ? `<mark>${word}</mark>` : word
    })).join("")
}

async function search(query) {
  const terms = [...new Set(foldWords(query))].filter(term => !STOP_WORDS.has(term))
  if (!terms.length || !index) return { items: [] }
  const keys = [...new Set(terms.map(term => term.slice(0, index.prefix)))]
  await load(keys.filter(key => shardNames.has(key) && !shards.has(key)).map(key => new URL(`shards/${hex(key)}.js`, base)))

  /* Score: for each term, the documents with a word it begins; rarer words weigh more */
  const hits = new Map()  // document -> {score, terms}
  for (const term of terms) {
    const words = shards.get(term.slice(0, index.prefix)) || {}
    const found = new Map()
    for (const word in words)
      if (word.startsWith(term))
        for (const entry of words[word])
          found.set(entry >> 1, (found.get(entry >> 1) || 0) | (entry & 1))
    const weight = Math.log(1 + index.docs / (1 + found.size))
    for (const [doc, inTitle] of found) {
      const hit = hits.get(doc) || { score: 0, terms: new Set() }
      hit.score += weight * (inTitle ? 10 : 1)
      hit.terms.add(term)
      hits.set(doc, hit)
    }
  }

  /* The documents with every term, or failing that with the most */
  let most = 0
  for (const hit of hits.values()) most = Math.max(most, hit.terms.size)
  const ranked = [...hits].filter(([, hit]) => hit.terms.size === most)
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, CANDIDATES)
  const rows = await documents(ranked.map(([doc]) => doc))
  for (const [doc, hit] of ranked) hit.score *= rows.get(doc)[3]
  ranked.sort((a, b) => b[1].score - a[1].score || a[0] - b[0])

  /* Group by page, as Material does: each group holds its page's own document */
  const groups = new Map()
  for (const [doc, hit] of ranked) {
    const page = rows.get(doc)[4]
    if (!groups.has(page)) {
      if (groups.size === MAX_PAGES) continue
      groups.set(page, [])
    }
    groups.get(page).push(item(rows.get(doc), hit.score, terms, hit.terms))
  }
  const pages = await documents([...groups.keys()])
  for (const [page, items] of groups)
    if (!items.some(it => it.location === pages.get(page)[0]))
      items.push(item(pages.get(page), 0, terms, new Set()))
  return { items: [...groups.values()] }
}

function item(row, score, terms, found) {
  const [location, title, text, boost] = row
  return {
    location, title: highlight(title, terms), text: highlight(text, terms), boost, score,
    terms: Object.fromEntries(terms.map(term => [term, found.has(term)]))
  }
}

async function handler(message) {
  switch (message.type) {
    case SETUP: {
      const { config, docs } = message.data
      index = config.shards || splitInMemory(docs || [], 2)
      shardNames = new Set(index.names)
      return { type: READY }
    }
    case QUERY:
      try {
        return { type: RESULT, data: await search(message.data) }
      } catch (err) {
        console.warn(err)
        return { type: RESULT, data: { items: [] } }
      }
    default:
      throw new TypeError("Invalid message type")
  }
}

addEventListener("message", async ev => {
  postMessage(await handler(ev.data))
})
