// The eventledger web app: map, timeline, figures, table and event view over the JSON API.
// Filters live in the URL (share the address to share the view); nothing is fetched from
// outside this server.
"use strict";

const FILTERS = ["country", "admin1", "type", "since", "until", "actor", "q"];
const PAGE = 50;
const FETCH_LIMIT = 1000;  // the API's page cap: map and timeline show at most this many
const COLOURS = {
  "Battles": "#c0392b", "Violence against civilians": "#8e44ad",
  "Explosions/Remote violence": "#d35400", "Riots": "#e67e22", "Protests": "#2471a3",
  "Strategic developments": "#16a085",
};
const OTHER = "#7f8c8d";
const state = { events: [], total: 0, page: 0, map: null, cluster: null };

function colour(ev) { return COLOURS[ev.event_type] || OTHER; }
function typeName(ev) { return ev.event_type || (ev.plover_event ? `PLOVER ${ev.plover_event}` : "other"); }
function seriesName(ev) { return ev.event_type || "Not an ACLED event"; }

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else if (v !== null && v !== undefined) node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function svgEl(tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

function params() { return new URLSearchParams(location.search); }

function filterQuery() {
  const p = params(), q = new URLSearchParams();
  for (const f of FILTERS) if (p.get(f)) q.set(f, p.get(f));
  return q;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function placeOf(ev) {
  return [ev.location, ev.admin1 !== ev.location ? ev.admin1 : null, ev.country]
    .filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(", ");
}

function countryLevel(ev) {
  return ev.latitude === null || ev.longitude === null || ev.latitude === undefined ||
    (ev.geo_precision === 3 && ev.location === ev.country);
}

// ---------------------------------------------------------------- loading

async function load() {
  const form = document.getElementById("filters");
  for (const f of FILTERS) form.elements[f].value = params().get(f) || "";
  const q = filterQuery();
  document.getElementById("download-csv").href = `/api/events.csv?${q}&limit=${FETCH_LIMIT}`;
  document.getElementById("download-geojson").href = `/api/events.geojson?${q}&limit=${FETCH_LIMIT}`;
  const status = document.getElementById("status");
  status.textContent = "Loading…";
  try {
    q.set("limit", FETCH_LIMIT);
    const data = await api(`/api/events?${q}`);
    state.events = data.events;
    state.total = data.total;
    state.page = 0;
    status.textContent = `${data.total} event${data.total === 1 ? "" : "s"}` +
      (data.total > data.events.length ? ` (map, timeline and table show the first ${data.events.length})` : "");
  } catch (err) {
    status.textContent = `Could not load events: ${err.message}`;
    state.events = [];
  }
  drawMap();
  drawTimeline();
  drawTable();
  loadFigures();
  const open = params().get("event");
  if (open) showEvent(open, false);
}

// ---------------------------------------------------------------- map

function initMap() {
  if (typeof L === "undefined") {
    document.getElementById("map").textContent = "Map assets are missing (run `make setup` with npm).";
    return;
  }
  state.map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([10, 10], 2);
  state.map.attributionControl.addAttribution("Boundaries: Natural Earth (world-atlas)");
  fetch("/static/vendor/countries-50m.json").then(r => r.json()).then(topo => {
    const land = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(land, { style: { color: "#fff", weight: 0.7, fillColor: "#c9d1c8", fillOpacity: 1 },
                      interactive: false }).addTo(state.map).bringToBack();
  }).catch(() => {});
  state.cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  state.map.addLayer(state.cluster);
}

function drawMap() {
  const list = document.getElementById("country-level");
  list.replaceChildren();
  const listed = state.events.filter(countryLevel);
  document.getElementById("country-level-count").textContent = listed.length;
  for (const ev of listed) {
    const item = el("li", { "data-event-id": ev.event_id },
                    el("a", { href: "#" }, `${ev.event_date || "undated"} · ${ev.sub_event_type || typeName(ev)} · ${ev.country || "no country"}`));
    item.addEventListener("click", e => { e.preventDefault(); showEvent(ev.event_id); });
    list.append(item);
  }
  if (!state.map) return;
  state.cluster.clearLayers();
  const drawn = state.events.filter(ev => !countryLevel(ev));
  const markers = drawn.map(ev => {
    const icon = L.divIcon({ className: "event-icon", iconSize: [14, 14],
      html: `<span class="dot" data-event-id="${ev.event_id}" style="background:${colour(ev)}"></span>` });
    const m = L.marker([ev.latitude, ev.longitude], { icon, title: `${ev.event_date} ${ev.sub_event_type || typeName(ev)} — ${placeOf(ev)}` });
    m.on("click", () => showEvent(ev.event_id));
    return m;
  });
  state.cluster.addLayers(markers);
  document.getElementById("map-note").textContent = `${drawn.length} drawn at their place; ` +
    `${listed.length} known only to the country are listed below the map, never drawn on a capital.`;
  if (markers.length) state.map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 7 });
}

// ---------------------------------------------------------------- charts

function drawTimeline() {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const byDay = new Map();
  for (const ev of state.events) {
    if (!ev.event_date) continue;
    const day = byDay.get(ev.event_date) || { types: {}, deaths: 0 };
    day.types[seriesName(ev)] = (day.types[seriesName(ev)] || 0) + 1;
    day.deaths += ev.fatalities || 0;
    byDay.set(ev.event_date, day);
  }
  const days = [...byDay.keys()].sort();
  const legend = document.getElementById("legend");
  legend.replaceChildren();
  if (!days.length) return;
  const W = svg.clientWidth || 500, H = 170, pad = 28;
  const t0 = Date.parse(days[0]), t1 = Date.parse(days[days.length - 1]);
  const span = Math.max(t1 - t0, 86400000);
  const x = d => pad + (Date.parse(d) - t0) / span * (W - 2 * pad);
  const maxCount = Math.max(...days.map(d => Object.values(byDay.get(d).types).reduce((a, b) => a + b, 0)));
  const maxDeaths = Math.max(1, ...days.map(d => byDay.get(d).deaths));
  const bar = Math.max(3, Math.min(18, (W - 2 * pad) / (days.length + 1) * 0.8));
  const seen = new Map();
  for (const d of days) {
    let y = H - pad;
    for (const [type, n] of Object.entries(byDay.get(d).types)) {
      const h = n / maxCount * (H - 2 * pad);
      const c = COLOURS[type] || OTHER;
      seen.set(type, c);
      const rect = svgEl("rect", { x: x(d) - bar / 2, y: y - h, width: bar, height: h, fill: c });
      rect.append(svgEl("title"));
      rect.firstChild.textContent = `${d}: ${n} ${type}`;
      svg.append(rect);
      y -= h;
    }
  }
  const line = days.map(d => `${x(d)},${H - pad - byDay.get(d).deaths / maxDeaths * (H - 2 * pad)}`).join(" ");
  svg.append(svgEl("polyline", { points: line, fill: "none", stroke: "#111", "stroke-width": 1.5 }));
  const axis = svgEl("text", { x: pad, y: H - 8, "font-size": 11, fill: "#555" });
  axis.textContent = days[0];
  const axisEnd = svgEl("text", { x: W - pad, y: H - 8, "font-size": 11, fill: "#555", "text-anchor": "end" });
  axisEnd.textContent = days[days.length - 1];
  const top = svgEl("text", { x: 4, y: 14, "font-size": 11, fill: "#555" });
  top.textContent = `max ${maxCount} events/day, ${maxDeaths} deaths/day`;
  svg.append(axis, axisEnd, top);
  for (const [type, c] of seen) legend.append(el("span", { class: "swatch", style: `background:${c}` }), type);
}

async function loadFigures() {
  const select = document.getElementById("figure-metric");
  let figures = [];
  try { figures = (await api(`/api/figures?limit=${FETCH_LIMIT}`)).figures; } catch (err) { /* shown empty */ }
  const counts = {};
  for (const f of figures) counts[f.metric] = (counts[f.metric] || 0) + 1;
  const metrics = Object.keys(counts).sort();
  const tolls = metrics.filter(m => /death|fatal|kill/.test(m));
  const current = select.value || tolls[0] || metrics.sort((a, b) => counts[b] - counts[a])[0];
  select.replaceChildren(...metrics.map(m => el("option", { value: m }, m)));
  if (current) select.value = current;
  select.onchange = () => drawFigures(figures.filter(f => f.metric === select.value));
  drawFigures(figures.filter(f => f.metric === select.value));
}

function drawFigures(figures) {
  const svg = document.getElementById("figures");
  svg.replaceChildren();
  const dated = figures.filter(f => f.as_of && f.value !== null).sort((a, b) => a.as_of.localeCompare(b.as_of));
  if (!dated.length) {
    const t = svgEl("text", { x: 10, y: 24, "font-size": 12, fill: "#777" });
    t.textContent = "No reported figures for this metric.";
    svg.append(t);
    return;
  }
  const W = svg.clientWidth || 500, H = 170, pad = 30;
  const t0 = Date.parse(dated[0].as_of), t1 = Date.parse(dated[dated.length - 1].as_of);
  const span = Math.max(t1 - t0, 86400000), max = Math.max(...dated.map(f => f.value));
  const x = f => pad + (Date.parse(f.as_of) - t0) / span * (W - 2 * pad);
  const y = f => H - pad - f.value / max * (H - 2 * pad);
  const series = new Map();
  for (const f of dated) {
    const key = `${f.scope || "?"} · ${f.reported_by || f.source || "unattributed"}`;
    if (!series.has(key)) series.set(key, []);
    series.get(key).push(f);
  }
  const palette = ["#24598f", "#c0392b", "#16a085", "#8e44ad", "#d35400", "#2c3e50"];
  [...series.entries()].forEach(([key, pts], i) => {
    const c = palette[i % palette.length];
    svg.append(svgEl("polyline", { points: pts.map(p => `${x(p)},${y(p)}`).join(" "), fill: "none", stroke: c, "stroke-width": 1.5 }));
    for (const p of pts) {
      const dot = svgEl("circle", { cx: x(p), cy: y(p), r: 3, fill: c });
      dot.append(svgEl("title"));
      dot.firstChild.textContent = `${p.as_of}: ${p.value} (${key})`;
      svg.append(dot);
    }
    const label = svgEl("text", { x: pad, y: 14 + 13 * i, "font-size": 11, fill: c });
    label.textContent = key;
    svg.append(label);
  });
}

// ---------------------------------------------------------------- table

function drawTable() {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  const rows = state.events.slice(state.page * PAGE, (state.page + 1) * PAGE);
  for (const ev of rows) {
    const tr = el("tr", { "data-event-id": ev.event_id },
      el("td", {}, ev.event_date || "undated"),
      el("td", {}, el("span", { class: "swatch", style: `background:${colour(ev)};margin-left:0` }),
         ev.sub_event_type || typeName(ev)),
      el("td", {}, [ev.actor1, ev.actor2].filter(Boolean).join(" vs ") || "—"),
      el("td", {}, placeOf(ev) || "—"),
      el("td", {}, ev.fatalities === null || ev.fatalities === undefined ? "—" : String(ev.fatalities)),
      el("td", {}, String(ev.mention_count || (ev.sources || []).length || 1)));
    tr.addEventListener("click", () => showEvent(ev.event_id));
    body.append(tr);
  }
  const pages = Math.max(1, Math.ceil(state.events.length / PAGE));
  document.getElementById("page").textContent = `page ${state.page + 1} of ${pages}`;
  document.getElementById("prev").disabled = state.page === 0;
  document.getElementById("next").disabled = state.page + 1 >= pages;
}

// ---------------------------------------------------------------- event view

function marked(paragraph) {
  const block = el("blockquote");
  let at = 0;
  for (const [s, e] of paragraph.marks) {
    if (s < at) continue;
    block.append(paragraph.text.slice(at, s), el("mark", {}, paragraph.text.slice(s, e)));
    at = e;
  }
  block.append(paragraph.text.slice(at));
  return block;
}

async function showEvent(id, push = true) {
  const view = document.getElementById("event-view"), body = document.getElementById("event-body");
  view.hidden = false;
  body.replaceChildren(el("p", {}, "Loading…"));
  if (push) {
    const p = params(); p.set("event", id);
    history.pushState(null, "", `?${p}`);
  }
  document.querySelectorAll("tbody tr.selected").forEach(r => r.classList.remove("selected"));
  let ev, ev_history, evidence;
  try {
    [ev, ev_history, evidence] = await Promise.all([api(`/api/events/${encodeURIComponent(id)}`),
      api(`/api/events/${encodeURIComponent(id)}/history`), api(`/api/events/${encodeURIComponent(id)}/evidence`)]);
  } catch (err) {
    body.replaceChildren(el("p", {}, `Could not load the event: ${err.message}`));
    return;
  }
  document.querySelectorAll(`tbody tr[data-event-id="${ev.event_id}"]`).forEach(r => r.classList.add("selected"));
  const facts = [
    ["Date", `${ev.event_date || "undated"}${ev.date_end ? " to " + ev.date_end : ""} (time precision ${ev.time_precision ?? "—"})`],
    ["Type", [ev.disorder_type, ev.event_type, ev.sub_event_type].filter(Boolean).join(" › ") || "—"],
    ["PLOVER", [ev.plover_event, ev.plover_mode].filter(Boolean).join(" / ") || "—"],
    ["Actor 1", ev.actor1 || "—"], ["Actor 2", ev.actor2 || "—"],
    ["Place", `${placeOf(ev) || "—"} (geo precision ${ev.geo_precision ?? "—"})`],
    ["Fatalities", ev.fatalities ?? "—"], ["Injured", ev.injured ?? "—"], ["Arrested", ev.arrested ?? "—"],
    ["Modality", ev.modality || "—"], ["Sources", String(ev.mention_count || 1)],
  ];
  const dl = el("dl");
  for (const [k, v] of facts) dl.append(el("dt", {}, k), el("dd", {}, String(v)));
  const reports = evidence.reports.map(r => el("div", { class: "report", "data-event-id": r.event_id },
    el("h3", {}, r.url ? el("a", { href: r.url, rel: "noopener noreferrer" }, r.source || r.url) : (r.source || "unnamed source"),
       r.published ? ` · ${r.published}` : ""),
    r.title ? el("p", {}, el("em", {}, r.title)) : null,
    ...r.paragraphs.map(marked)));
  const revisions = el("ul", { class: "history" }, ...ev_history.revisions.map(rv => el("li", {}, `${rv.at} — ${rv.cause}`)));
  body.replaceChildren(
    el("h2", { "data-event-id": ev.event_id }, `${ev.sub_event_type || typeName(ev)} — ${placeOf(ev) || "no place"}`),
    el("p", { class: "note" }, `Event ${ev.event_id}`), dl,
    ev.notes ? el("p", {}, el("strong", {}, "Notes: "), ev.notes) : null,
    el("h3", {}, "What the sources say"), ...reports,
    el("h3", {}, "History"), revisions);
}

function closeEvent() {
  document.getElementById("event-view").hidden = true;
  const p = params(); p.delete("event");
  history.pushState(null, "", p.toString() ? `?${p}` : location.pathname);
}

// ---------------------------------------------------------------- wiring

document.addEventListener("DOMContentLoaded", () => {
  initMap();
  const form = document.getElementById("filters");
  form.addEventListener("submit", e => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const f of FILTERS) if (form.elements[f].value.trim()) p.set(f, form.elements[f].value.trim());
    history.pushState(null, "", p.toString() ? `?${p}` : location.pathname);
    load();
  });
  form.addEventListener("reset", () => { history.pushState(null, "", location.pathname); setTimeout(load); });
  document.getElementById("prev").onclick = () => { state.page--; drawTable(); };
  document.getElementById("next").onclick = () => { state.page++; drawTable(); };
  document.getElementById("close-event").onclick = closeEvent;
  window.addEventListener("popstate", () => {
    if (!params().get("event")) document.getElementById("event-view").hidden = true;
    load();
  });
  load();
});
