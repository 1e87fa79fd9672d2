(() => {
  "use strict";
  // Filters of the page: category chips, an article choice, a year range and a
  // search that highlights, all kept in the URL fragment. Article text is only
  // ever read as text and written back as text nodes: never as HTML.
  const doc = document;
  doc.documentElement.classList.add("js");
  const root = doc.getElementById("timeline");
  if (!root) return;
  const q = doc.getElementById("q");
  const from = doc.getElementById("from");
  const to = doc.getElementById("to");
  const art = doc.getElementById("article");
  const status = doc.getElementById("status");
  const strip = doc.getElementById("strip");
  const scale = doc.getElementById("strip-scale");
  const reset = doc.getElementById("reset");
  const chips = Array.from(doc.querySelectorAll("button.chip[data-c]"));
  const allChip = doc.getElementById("all");
  const catsShown = doc.getElementById("cats-shown");
  const cats = doc.getElementById("cats");
  // on a phone the chips start folded: the events come first
  if (cats && window.matchMedia && window.matchMedia("(max-width: 32rem)").matches) cats.open = false;
  const noun = root.dataset.noun || "events";
  const groups = Array.from(root.querySelectorAll("section.group"));
  const items = [];
  groups.forEach((g, gi) => {
    for (const li of g.querySelectorAll("li.ev")) {
      const y0 = li.dataset.y0, y1 = li.dataset.y1;
      items.push({
        li, g: gi, c: li.dataset.c || "", a: li.dataset.a || "",
        y0: y0 === undefined || y0 === "" ? null : Number(y0),
        y1: y1 === undefined || y1 === "" ? null : Number(y1),
        p: li.querySelector(".tx"), folded: null, map: null, marked: false,
      });
    }
  });
  const selected = new Set(chips.map((b) => b.dataset.c));

  const ASCII = /^[\x00-\x7f]*$/;
  const MARKS = /\p{M}/gu;
  // Case- and accent-insensitive text, and where each of its characters came from.
  function fold(s) {
    if (ASCII.test(s)) return [s.toLowerCase(), null];
    let out = "";
    const map = [];
    for (let i = 0; i < s.length;) {
      const cp = s.codePointAt(i);
      const ch = String.fromCodePoint(cp);
      const f = ch.normalize("NFD").replace(MARKS, "").toLowerCase();
      for (let k = 0; k < f.length; k++) map.push(i);
      out += f;
      i += ch.length;
    }
    map.push(s.length);
    return [out, map];
  }
  // Every term must match: words, or "a phrase" in quotes.
  function terms(s) {
    const out = [];
    const re = /"([^"]*)"?|(\S+)/g;
    let m;
    while ((m = re.exec(s)) !== null) {
      const t = fold((m[1] !== undefined ? m[1] : m[2]).trim())[0];
      if (t) out.push(t);
    }
    return out;
  }
  function ranges(d, ts) {
    if (d.folded === null) {
      const r = fold(d.p ? d.p.textContent : "");
      d.folded = r[0];
      d.map = r[1];
    }
    const found = [];
    for (const t of ts) {
      let at = d.folded.indexOf(t);
      if (at < 0) return null;
      while (at >= 0) {
        const a = d.map ? d.map[at] : at;
        const b = d.map ? d.map[at + t.length] : at + t.length;
        if (b > a) found.push([a, b]);
        at = d.folded.indexOf(t, at + t.length);
      }
    }
    found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const merged = [];
    for (const r of found) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  }
  function unmark(p) {
    for (const m of Array.from(p.querySelectorAll("mark"))) m.replaceWith(...m.childNodes);
    p.normalize();
  }
  function mark(p, rs) {
    const walker = doc.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    let pos = 0, ri = 0;
    for (const node of nodes) {
      const start = pos, end = pos + node.data.length;
      pos = end;
      let cur = node, offset = start;
      while (ri < rs.length && rs[ri][0] < end) {
        const a = Math.max(rs[ri][0], offset), b = Math.min(rs[ri][1], end);
        if (b > a) {
          const mid = cur.splitText(a - offset);
          const after = mid.splitText(b - a);
          const m = doc.createElement("mark");
          mid.replaceWith(m);
          m.appendChild(mid);
          cur = after;
          offset = b;
        }
        if (rs[ri][1] <= end) ri++;
        else break;
      }
    }
  }

  const years = items.filter((d) => d.y0 !== null);
  let minY = years.length ? years[0].y0 : 0, maxY = minY;
  for (const d of years) {
    if (d.y0 < minY) minY = d.y0;
    if (d.y0 > maxY) maxY = d.y0;
  }
  const span = maxY - minY + 1;
  const step = span <= 120 ? 1 : span <= 1200 ? 10 : 100;
  const first = Math.floor(minY / step) * step;
  const nBuckets = years.length ? Math.floor(maxY / step) - Math.floor(minY / step) + 1 : 0;
  const bars = [];
  function label(b) {
    const y = first + b * step;
    return step === 1 ? String(y) : step === 10 ? y + "s" : y + "–" + (y + 99);
  }
  if (strip) {
    for (let b = 0; b < nBuckets; b++) {
      const btn = doc.createElement("button");
      btn.type = "button";
      btn.tabIndex = b === 0 ? 0 : -1;
      btn.dataset.b = String(b);
      const all = doc.createElement("span");
      all.className = "all";
      const bar = doc.createElement("span");
      btn.append(all, bar);
      strip.appendChild(btn);
      bars.push([btn, bar, all]);
    }
    if (!nBuckets) strip.hidden = true;
    strip.addEventListener("click", (ev) => {
      const btn = ev.target.closest("button");
      if (btn) jump(Number(btn.dataset.b));
    });
    strip.addEventListener("keydown", (ev) => {
      const btn = ev.target.closest("button");
      if (!btn) return;
      let b = Number(btn.dataset.b);
      if (ev.key === "ArrowRight" || ev.key === "ArrowDown") b = Math.min(b + 1, nBuckets - 1);
      else if (ev.key === "ArrowLeft" || ev.key === "ArrowUp") b = Math.max(b - 1, 0);
      else if (ev.key === "Home") b = 0;
      else if (ev.key === "End") b = nBuckets - 1;
      else return;
      ev.preventDefault();
      btn.tabIndex = -1;
      bars[b][0].tabIndex = 0;
      bars[b][0].focus();
    });
    if (scale && nBuckets) {
      const lo = doc.createElement("span"), hi = doc.createElement("span");
      lo.textContent = label(0);
      hi.textContent = label(nBuckets - 1);
      scale.append(lo, hi);
    }
  }
  // Scroll to the first shown event of a bucket (or the next one after it).
  function jump(b) {
    const lo = first + b * step;
    const d = items.find((x) => !x.li.hidden && x.y0 !== null && x.y0 >= lo);
    if (!d) return;
    const h = groups[d.g].querySelector("h2");
    const target = h && groups[d.g].querySelector("li.ev:not([hidden])") === d.li ? h : d.li;
    target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true });
  }

  const totals = new Array(nBuckets).fill(0);
  for (const d of years) totals[Math.floor(d.y0 / step) - Math.floor(minY / step)]++;
  let top = 1;
  for (const c of totals) if (c > top) top = c;
  const height = (n) => (n ? Math.max(8, Math.round((100 * n) / top)) + "%" : "0");
  bars.forEach(([, , all], b) => {
    all.style.height = height(totals[b]);
  });

  function num(input) {
    if (!input || input.value.trim() === "") return null;
    const n = Number(input.value);
    return Number.isFinite(n) ? Math.trunc(n) : null;
  }
  function apply(save) {
    const ts = q ? terms(q.value) : [];
    const lo = num(from), hi = num(to);
    const a = art ? art.value : "";
    const counts = new Array(nBuckets).fill(0);
    const shownIn = new Array(groups.length).fill(0);
    let shown = 0;
    for (const d of items) {
      let ok = selected.has(d.c) && (a === "" || d.a === a);
      if (ok && (lo !== null || hi !== null)) {
        ok = d.y0 !== null && (lo === null || d.y1 >= lo) && (hi === null || d.y0 <= hi);
      }
      let rs = null;
      if (ok && ts.length && d.p) {
        rs = ranges(d, ts);
        ok = rs !== null;
      } else if (ok && ts.length) ok = false;
      if (d.marked) {
        unmark(d.p);
        d.marked = false;
      }
      if (ok && rs && rs.length) {
        mark(d.p, rs);
        d.marked = true;
      }
      if (d.li.hidden === ok) d.li.hidden = !ok;
      if (ok) {
        shown++;
        shownIn[d.g]++;
        if (d.y0 !== null && nBuckets) counts[Math.floor(d.y0 / step) - Math.floor(minY / step)]++;
      }
    }
    groups.forEach((g, gi) => {
      const hide = shownIn[gi] === 0;
      if (g.hidden !== hide) g.hidden = hide;
    });
    bars.forEach(([btn, bar], b) => {
      bar.style.height = height(counts[b]);
      const n = counts[b] === totals[b] ? String(counts[b]) : counts[b] + " of " + totals[b];
      const text = label(b) + ": " + n + " " + (totals[b] === 1 ? noun.replace(/s$/, "") : noun);
      btn.title = text;
      btn.setAttribute("aria-label", text);
    });
    for (const b of chips) b.setAttribute("aria-pressed", selected.has(b.dataset.c) ? "true" : "false");
    if (allChip) allChip.setAttribute("aria-pressed", selected.size === chips.length ? "true" : "false");
    if (catsShown) catsShown.textContent = selected.size === chips.length
      ? "(all " + chips.length + ")" : "(" + selected.size + " of " + chips.length + ")";
    if (status) status.textContent = shown === items.length
      ? "Showing all " + items.length + " " + noun
      : "Showing " + shown + " of " + items.length + " " + noun;
    if (save) saveHash();
  }

  function saveHash() {
    const p = new URLSearchParams();
    if (q && q.value.trim()) p.set("q", q.value.trim());
    if (selected.size !== chips.length) p.set("c", Array.from(selected).join(","));
    if (num(from) !== null) p.set("from", String(num(from)));
    if (num(to) !== null) p.set("to", String(num(to)));
    if (art && art.value) p.set("a", art.value);
    const h = p.toString();
    const url = location.href.split("#")[0] + (h ? "#" + h : "");
    try {
      history.replaceState(null, "", url);
    } catch (e) {
      location.replace(h ? "#" + h : "#");
    }
  }
  function loadHash() {
    const h = location.hash.replace(/^#/, "");
    if (h && !h.includes("=")) return false;   // an anchor, not a state
    const p = new URLSearchParams(h);
    if (q) q.value = p.get("q") || "";
    selected.clear();
    if (p.has("c")) {
      const want = new Set(p.get("c").split(","));
      for (const b of chips) if (want.has(b.dataset.c)) selected.add(b.dataset.c);
    } else for (const b of chips) selected.add(b.dataset.c);
    if (from) from.value = p.get("from") || "";
    if (to) to.value = p.get("to") || "";
    if (art) {
      const v = p.get("a") || "";
      art.value = Array.from(art.options).some((o) => o.value === v) ? v : "";
    }
    return true;
  }

  let timer = 0;
  if (q) q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => apply(true), items.length > 2000 ? 150 : 40);
  });
  for (const input of [from, to, art]) if (input) input.addEventListener("input", () => apply(true));
  for (const b of chips) b.addEventListener("click", () => {
    if (selected.has(b.dataset.c)) selected.delete(b.dataset.c);
    else selected.add(b.dataset.c);
    apply(true);
  });
  if (allChip) allChip.addEventListener("click", () => {
    const all = selected.size === chips.length;
    selected.clear();
    if (!all) for (const b of chips) selected.add(b.dataset.c);
    apply(true);
  });
  if (reset) reset.addEventListener("click", () => {
    if (q) q.value = "";
    if (from) from.value = "";
    if (to) to.value = "";
    if (art) art.value = "";
    for (const b of chips) selected.add(b.dataset.c);
    apply(true);
  });
  const form = doc.getElementById("filters");
  if (form) form.addEventListener("submit", (ev) => ev.preventDefault());
  const skip = doc.querySelector("a.skip");
  if (skip) skip.addEventListener("click", (ev) => {
    ev.preventDefault();
    root.setAttribute("tabindex", "-1");
    root.focus();
  });
  window.addEventListener("hashchange", () => {
    if (loadHash()) apply(false);
  });
  loadHash();
  apply(false);
  root.dataset.ready = "1";
})();
