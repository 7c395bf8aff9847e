// helpbot caseworker console. Every piece of case data is put in the page
// with textContent or as an SVG attribute, never parsed as HTML.
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var me = null, csrf = "";
  var cases = [], skew = 0;          // skew: server clock minus ours, ms
  var seenCritical = null;           // case id → true; null until the first load
  var openId = "", openCase = null, renewTimer = null;
  var es = null, caseworkers = [], alertCase = "";
  var audio = null;
  var listTimer = null, caseTimer = null;

  var PRIORITY = { critical: "Critical", high: "High", normal: "Normal" };
  var FROM = { person: "Person", bot: "helpbot", caseworker: "Caseworker" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = String(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function pill(p) { return el("span", "pill p-" + (PRIORITY[p] ? p : "normal"), PRIORITY[p] || p); }

  // api calls the JSON API; it resolves to {status, body}.
  function api(method, path, body) {
    var opts = { method: method, credentials: "same-origin", headers: { "Accept": "application/json" } };
    if (method !== "GET") {
      opts.headers["X-CSRF-Token"] = csrf;
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body || {});
    }
    return fetch(path, opts).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (b) {
        if (r.status === 401 && path !== "/api/login") showLogin("Your session ended. Log in again.");
        return { status: r.status, body: b || {} };
      });
    }, function () {
      return { status: 0, body: { error: "helpbot cannot be reached; check the connection" } };
    });
  }

  // ---- time ----
  function now() { return Date.now() + skew; }
  function ago(iso) {
    var s = Math.max(0, Math.round((now() - Date.parse(iso)) / 1000));
    if (s < 60) return s + "s";
    var m = Math.floor(s / 60);
    if (m < 60) return m + "m";
    var h = Math.floor(m / 60);
    if (h < 48) return h + "h " + (m % 60) + "m";
    return Math.floor(h / 24) + "d";
  }
  function when(iso) {
    if (!iso) return "";
    var d = new Date(iso);
    return d.toLocaleString(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
  }
  function duration(s) {
    if (!s) return "–";
    if (s < 90) return Math.round(s) + "s";
    if (s < 5400) return Math.round(s / 60) + "m";
    return (s / 3600).toFixed(1) + "h";
  }

  // ---- alert ----
  function beep() {
    try {
      if (!audio) audio = new (window.AudioContext || window.webkitAudioContext)();
      if (audio.state === "suspended") audio.resume();
      var t = audio.currentTime;
      for (var i = 0; i < 3; i++) {
        var o = audio.createOscillator(), g = audio.createGain();
        o.type = "square";
        o.frequency.value = 880;
        g.gain.setValueAtTime(0.0001, t + i * 0.25);
        g.gain.exponentialRampToValueAtTime(0.2, t + i * 0.25 + 0.02);
        g.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.25 + 0.18);
        o.connect(g); g.connect(audio.destination);
        o.start(t + i * 0.25); o.stop(t + i * 0.25 + 0.2);
      }
    } catch (e) { /* no audio: the banner still shows */ }
  }
  // Browsers start audio only after a gesture: prepare it on the first one.
  document.addEventListener("click", function () {
    if (!audio) { try { audio = new (window.AudioContext || window.webkitAudioContext)(); } catch (e) {} }
  }, { once: true });

  function raise(k) {
    alertCase = k.id;
    $("alert-text").textContent = "New critical case · " + (k.language || "?") + " · " + (k.country || "country unknown") +
      (k.signal_words && k.signal_words.length ? " · " + k.signal_words.join(", ") : "");
    $("alert").hidden = false;
    document.title = "(!) critical case · helpbot console";
    beep();
  }
  function dismiss() { $("alert").hidden = true; document.title = "helpbot console"; }

  // ---- login ----
  function showLogin(msg) {
    stopLive();
    me = null; csrf = "";
    $("app").hidden = true;
    $("login").hidden = false;
    $("login-error").textContent = msg || "";
    $("login-password").value = "";
    $("login-name").focus();
  }

  $("login-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    $("login-button").disabled = true;
    $("login-error").textContent = "";
    api("POST", "/api/login", { name: $("login-name").value, password: $("login-password").value }).then(function (r) {
      $("login-button").disabled = false;
      if (r.status === 200) { start(r.body); return; }
      $("login-error").textContent = r.body.error || "Login failed.";
      $("login-password").value = "";
    });
  });

  $("logout").addEventListener("click", function () {
    api("POST", "/api/logout").then(function () { location.hash = ""; showLogin("You are logged out."); });
  });

  function start(who) {
    me = who; csrf = who.csrf_token;
    $("login").hidden = true;
    $("app").hidden = false;
    $("me").textContent = who.name + " (" + who.role + (who.languages.length ? "; " + who.languages.join(", ") : "") + ")";
    $("nav-dashboard").hidden = who.role !== "supervisor";
    seenCritical = null;
    api("GET", "/api/caseworkers").then(function (r) {
      caseworkers = r.body.caseworkers || [];
      if (openId) loadCase(openId, true);
    });
    live();
    loadCases();
    route();
  }

  // ---- live events ----
  function stopLive() {
    if (es) { es.close(); es = null; }
    if (renewTimer) { clearInterval(renewTimer); renewTimer = null; }
  }
  function live() {
    stopLive();
    es = new EventSource("/api/events");
    es.addEventListener("ready", function () {
      $("live").textContent = "live"; $("live").className = "live on";
      soon("list"); if (openId) soon("case");
    });
    es.addEventListener("logout", function () { showLogin("Your session ended. Log in again."); });
    es.onerror = function () { $("live").textContent = "reconnecting…"; $("live").className = "live off"; };
    es.onmessage = function (m) {
      var ev;
      try { ev = JSON.parse(m.data); } catch (e) { return; }
      soon("list");
      if (ev.type === "reload" || (openId && ev.case === openId)) {
        if (openId && ev.case === openId && ev.type === "claimed" && ev.actor !== me.name && openCase &&
            openCase.status === "queued") {
          say(ev.actor + " has just claimed this case.", "bad");
        }
        if (openId) soon("case");
      }
    };
  }
  // soon coalesces reloads that a burst of events asks for.
  function soon(what) {
    if (what === "list") { clearTimeout(listTimer); listTimer = setTimeout(loadCases, 120); }
    else { clearTimeout(caseTimer); caseTimer = setTimeout(function () { if (openId) loadCase(openId, true); }, 120); }
  }

  // ---- queue ----
  function loadCases() {
    if (!me) return;
    api("GET", "/api/cases").then(function (r) {
      if (r.status !== 200) return;
      skew = Date.parse(r.body.now) - Date.now();
      cases = r.body.cases || [];
      renderCounts(r.body.counts || {});
      renderCases();
      var first = seenCritical === null, fresh = null;
      seenCritical = seenCritical || {};
      cases.forEach(function (k) {
        if (k.priority === "critical" && !seenCritical[k.id]) {
          seenCritical[k.id] = true;
          if (!first && k.status === "queued" && !fresh) fresh = k;
        }
      });
      if (fresh) raise(fresh);
    });
  }

  function renderCounts(c) {
    var box = $("counts");
    clear(box);
    ["critical", "high", "normal"].forEach(function (p) {
      var q = (c.queued || {})[p] || 0, h = (c.claimed || {})[p] || 0;
      var s = pill(p);
      s.textContent = PRIORITY[p] + " " + q + " waiting · " + h + " claimed";
      s.setAttribute("data-priority", p);
      box.appendChild(s);
    });
  }

  function renderCases() {
    var body = $("cases").tBodies[0];
    clear(body);
    $("empty").hidden = cases.length > 0;
    cases.forEach(function (k) {
      var tr = el("tr");
      tr.setAttribute("data-id", k.id);
      tr.setAttribute("data-priority", k.priority);
      tr.tabIndex = 0;
      if (k.id === openId) tr.className = "open";
      if (me && k.holder === me.name) tr.className += " mine";
      var p = el("td"); p.appendChild(pill(k.priority)); tr.appendChild(p);
      tr.appendChild(el("td", "waiting", ago(k.created_at)));
      tr.appendChild(el("td", "where", (k.language || "?") + " · " + (k.country || "?")));
      tr.appendChild(el("td", null, k.sector || ""));
      tr.appendChild(el("td", "signals", (k.signal_words || []).join(", ")));
      var s = el("td", "summary"), clamp = el("div", "clamp", k.summary);
      clamp.title = k.summary;
      clamp.lang = k.language || "";
      s.appendChild(clamp);
      tr.appendChild(s);
      tr.appendChild(el("td", "holder", k.status === "claimed" ? k.holder : "waiting"));
      var open = function () { location.hash = "#case/" + k.id; };
      tr.addEventListener("click", open);
      tr.addEventListener("keydown", function (e) { if (e.key === "Enter") open(); });
      body.appendChild(tr);
    });
  }
  setInterval(function () {
    var rows = $("cases").tBodies[0].rows;
    for (var i = 0; i < rows.length && i < cases.length; i++) rows[i].cells[1].textContent = ago(cases[i].created_at);
  }, 15000);

  $("claim-next").addEventListener("click", function () {
    api("POST", "/api/cases/next").then(function (r) {
      if (r.status === 200) { location.hash = "#case/" + r.body.id; return; }
      alertBox(r.body.error || "Nothing to claim.");
    });
  });
  function alertBox(text) { $("alert-text").textContent = text; alertCase = ""; $("alert").hidden = false; }
  $("alert-open").addEventListener("click", function () { if (alertCase) location.hash = "#case/" + alertCase; dismiss(); });
  $("alert-close").addEventListener("click", dismiss);

  // ---- routing ----
  function route() {
    if (!me) return;
    var h = location.hash;
    var m = /^#case\/([a-z0-9]{1,64})$/.exec(h);
    var dash = h === "#dashboard" && me.role === "supervisor";
    $("nav-queue").className = "tab" + (dash ? "" : " on");
    $("nav-dashboard").className = "tab" + (dash ? " on" : "");
    $("queue-view").hidden = dash;
    $("dashboard-view").hidden = !dash;
    $("work").className = "work" + (dash || !m ? " wide" : "");
    if (dash) { closeCase(); loadStats(); return; }
    if (m) { if (m[1] !== openId) { openId = m[1]; openCase = null; say(""); loadCase(openId, false); } }
    else closeCase();
  }
  window.addEventListener("hashchange", route);
  $("nav-queue").addEventListener("click", function () { location.hash = openId ? "#case/" + openId : ""; route(); });
  $("nav-dashboard").addEventListener("click", function () { location.hash = "#dashboard"; });
  $("case-close").addEventListener("click", function () { location.hash = ""; });

  function closeCase() {
    openId = ""; openCase = null;
    $("case-view").hidden = true;
    if (renewTimer) { clearInterval(renewTimer); renewTimer = null; }
    renderCases();
  }

  // ---- a case ----
  function say(text, kind) { var m = $("case-msg"); m.textContent = text; m.className = "msg" + (kind ? " " + kind : ""); }

  function loadCase(id, quiet) {
    api("GET", "/api/cases/" + encodeURIComponent(id)).then(function (r) {
      if (id !== openId) return;
      if (r.status !== 200) {
        $("case-view").hidden = false;
        if (!quiet || !$("case-msg").textContent) say(r.body.error || "This case cannot be shown.", "bad");
        setEnabled(false);
        clear($("transcript")); clear($("notes")); clear($("services")); clear($("case-meta"));
        return;
      }
      var first = !openCase;
      openCase = r.body.case;
      renderCase(r.body, quiet);
      if (first) loadServices(id);
      renderCases();
    });
  }

  function mine() { return openCase && me && openCase.status === "claimed" && openCase.holder === me.name; }

  function setEnabled(on) {
    ["claim", "release", "transfer", "resolve", "reply-send", "note-add"].forEach(function (b) { $(b).disabled = !on; });
  }

  function renderCase(d, quiet) {
    var k = d.case;
    $("case-view").hidden = false;
    $("case-title").textContent = "Case " + k.id.slice(0, 8);
    $("case-status").textContent = k.status === "claimed" ? "claimed by " + k.holder : k.status;
    var meta = $("case-meta");
    clear(meta);
    [["Priority", PRIORITY[k.priority] || k.priority], ["Waiting since", when(k.created_at) + " (" + ago(k.created_at) + ")"],
     ["Language", k.language || "?"], ["Country", k.country || "unknown"], ["Nationality", k.nationality || "unknown"],
     ["Sector", k.sector || "–"], ["Channel", k.channel], ["Signals", (k.signal_words || []).join(", ") || "–"],
     ["First reply", k.first_reply_at ? when(k.first_reply_at) : "not yet"], ["Outcome", k.outcome || "–"]
    ].forEach(function (p) { meta.appendChild(el("dt", null, p[0])); meta.appendChild(el("dd", null, p[1])); });

    var held = mine(), sup = me.role === "supervisor";
    $("claim").disabled = k.status !== "queued";
    $("claim").hidden = held;
    $("release").disabled = !held;
    $("resolve").disabled = !held;
    $("transfer").disabled = !(held || (sup && k.status !== "resolved"));
    $("reply-send").disabled = !held;
    $("reply-text").disabled = !held;
    $("note-add").disabled = !held;
    $("note-text").disabled = !held;
    if (!quiet && !held && k.status === "claimed" && k.holder !== me.name) say(k.holder + " holds this case.", "");
    if (!quiet && k.status === "resolved") say("This case is resolved (" + (k.outcome || "") + ").", "");

    var sel = $("transfer-to"), keep = sel.value;
    clear(sel);
    caseworkers.forEach(function (c) {
      if (c.name === k.holder) return;
      var o = el("option", null, c.name + (c.languages.length ? " (" + c.languages.join(", ") + ")" : ""));
      o.value = c.name;
      sel.appendChild(o);
    });
    if (keep) sel.value = keep;
    var out = $("outcome");
    if (!out.options.length) (d.outcomes || []).forEach(function (o) { var x = el("option", null, o.replace(/_/g, " ")); x.value = o; out.appendChild(x); });

    var t = $("transcript"), atEnd = t.scrollTop + t.clientHeight >= t.scrollHeight - 8;
    clear(t);
    if (!d.transcript_available) t.appendChild(el("p", "err", "The conversation cannot be read right now."));
    (d.transcript || []).forEach(function (e) {
      var box = el("div", "entry " + (FROM[e.from] ? e.from : "bot"));
      box.appendChild(el("div", "who", (FROM[e.from] || e.from) + " · " + when(e.at)));
      var p = el("p", null, e.text);
      p.lang = e.from === "person" ? (k.language || "") : (e.language || "");
      box.appendChild(p);
      // Photos, voice notes and files are not kept: only what and how big.
      (e.attachments || []).forEach(function (a) {
        box.appendChild(el("small", "attachment", "[" + a.kind + ", " + Math.max(1, Math.round(a.size / 1024)) + " KB, not kept]"));
      });
      t.appendChild(box);
    });
    if (atEnd || !quiet) t.scrollTop = t.scrollHeight;

    var n = $("notes");
    clear(n);
    (d.notes || []).forEach(function (x) {
      var li = el("li");
      li.appendChild(el("p", null, x.text));
      li.appendChild(el("small", null, x.by + " · " + when(x.at)));
      n.appendChild(li);
    });
    if (!d.notes || !d.notes.length) n.appendChild(el("li", "muted", "No notes."));

    if (renewTimer) { clearInterval(renewTimer); renewTimer = null; }
    if (held) renewTimer = setInterval(renew, 30000);
  }

  function renew() {
    if (!openId || !mine()) return;
    api("POST", "/api/cases/" + openId + "/renew").then(function (r) {
      if (r.status === 403) { say("Your hold on this case has lapsed.", "bad"); loadCase(openId, true); }
    });
  }

  function loadServices(id) {
    var ul = $("services");
    clear(ul);
    api("GET", "/api/cases/" + encodeURIComponent(id) + "/services").then(function (r) {
      if (id !== openId) return;
      clear(ul);
      var list = r.body.services || [];
      if (!list.length) { ul.appendChild(el("li", "muted", "No services found for this country.")); return; }
      list.forEach(function (s) {
        var li = el("li");
        li.appendChild(el("strong", null, s.name));
        if (!s.verified) li.appendChild(el("span", "unverified", "unverified"));
        var b = el("button", null, "Insert in reply");
        b.type = "button";
        b.addEventListener("click", function () {
          var box = $("reply-text");
          if (box.disabled) { say("Claim the case to reply.", "bad"); return; }
          box.value = (box.value ? box.value.replace(/\s+$/, "") + "\n\n" : "") + s.text;
          box.focus();
        });
        li.appendChild(b);
        ul.appendChild(li);
      });
    });
  }

  function act(name, body, done) {
    var id = openId;
    return api("POST", "/api/cases/" + id + "/" + name, body).then(function (r) {
      if (id !== openId) return r;
      if (r.status === 200) { if (done) done(r); loadCase(id, true); loadCases(); }
      else { say(r.body.error || "That did not work.", "bad"); loadCase(id, true); }
      return r;
    });
  }

  $("claim").addEventListener("click", function () {
    act("claim", {}, function () { say("You hold this case.", "good"); });
  });
  $("release").addEventListener("click", function () {
    act("release", {}, function () { say("Released: the case is back in the queue.", ""); });
  });
  $("transfer").addEventListener("click", function () {
    var to = $("transfer-to").value;
    if (!to) return;
    act("transfer", { to: to }, function () { say("Transferred to " + to + ".", "good"); });
  });
  $("resolve").addEventListener("click", function () {
    var o = $("outcome").value;
    act("resolve", { outcome: o }, function () { say("Resolved: " + o.replace(/_/g, " ") + ".", "good"); });
  });
  $("reply-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var box = $("reply-text"), text = box.value;
    if (!text.trim()) return;
    var d = $("delivery");
    d.textContent = "sending…"; d.className = "delivery";
    $("reply-send").disabled = true;
    act("reply", { text: text }, function () { box.value = ""; }).then(function (r) {
      $("reply-send").disabled = !mine();
      if (r.status === 200) { d.textContent = "sent " + when(r.body.at); d.className = "delivery sent"; }
      else { d.textContent = "failed: " + (r.body.error || "not delivered"); d.className = "delivery failed"; }
    });
  });
  $("note-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var box = $("note-text");
    if (!box.value.trim()) return;
    act("notes", { text: box.value }, function () { box.value = ""; });
  });

  // ---- dashboard ----
  $("stats-days").addEventListener("change", loadStats);
  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    for (var a in attrs) e.setAttribute(a, attrs[a]);
    if (text != null) e.textContent = String(text);
    return e;
  }
  var COLORS = { critical: "#b3261e", high: "#e8a33d", normal: "#9aa7b5" };

  function chart(title, node, legend) {
    var box = el("div", "chart");
    box.appendChild(el("h4", null, title));
    box.appendChild(node);
    if (legend) {
      var l = el("div", "legend");
      ["critical", "high", "normal"].forEach(function (p) {
        var s = el("span"); s.appendChild(el("span", "swatch p-" + p)); s.appendChild(document.createTextNode(PRIORITY[p]));
        l.appendChild(s);
      });
      box.appendChild(l);
    }
    $("charts").appendChild(box);
  }

  // stacked columns: one per day, stacked by priority.
  function perDay(days) {
    var W = 420, H = 180, pad = 24, max = 1;
    days.forEach(function (d) { max = Math.max(max, d.total); });
    var s = svg("svg", { viewBox: "0 0 " + W + " " + (H + 30), role: "img", "aria-label": "Cases per day by priority" });
    var bw = (W - pad) / days.length;
    days.forEach(function (d, i) {
      var y = H;
      ["normal", "high", "critical"].forEach(function (p) {
        var n = d.by_priority[p] || 0;
        if (!n) return;
        var h = n / max * (H - 10);
        y -= h;
        var r = svg("rect", { x: pad + i * bw + 2, y: y, width: Math.max(1, bw - 4), height: h, fill: COLORS[p] });
        r.appendChild(svg("title", {}, d.day + ": " + n + " " + p));
        s.appendChild(r);
      });
      if (d.total) s.appendChild(svg("text", { x: pad + i * bw + bw / 2, y: y - 2, "text-anchor": "middle" }, d.total));
      var every = Math.ceil(days.length / 7);
      if (i % every === (days.length - 1) % every) {
        s.appendChild(svg("text", { x: pad + i * bw + bw / 2, y: H + 14, "text-anchor": "middle" }, d.day.slice(5)));
      }
    });
    s.appendChild(svg("line", { x1: pad, y1: H, x2: W, y2: H, stroke: "#888" }));
    s.appendChild(svg("text", { x: 0, y: 10 }, max));
    return s;
  }

  // horizontal bars for a map of label → value.
  function bars(map, fmt, color) {
    var keys = Object.keys(map).sort(function (a, b) { return map[b] - map[a]; }).slice(0, 12);
    var W = 420, row = 20, max = 0;
    keys.forEach(function (k) { max = Math.max(max, map[k]); });
    var s = svg("svg", { viewBox: "0 0 " + W + " " + Math.max(row, keys.length * row + 4), role: "img" });
    if (!keys.length) { s.appendChild(svg("text", { x: 4, y: 14 }, "no data")); return s; }
    keys.forEach(function (k, i) {
      var w = max ? map[k] / max * (W - 170) : 0;
      s.appendChild(svg("text", { x: 0, y: i * row + 14 }, k));
      s.appendChild(svg("rect", { x: 90, y: i * row + 3, width: Math.max(1, w), height: row - 6, fill: color || COLORS[k] || "#2d5a8f" }));
      s.appendChild(svg("text", { x: 94 + w, y: i * row + 14 }, fmt ? fmt(map[k]) : map[k]));
    });
    return s;
  }

  function loadStats() {
    api("GET", "/api/stats?days=" + encodeURIComponent($("stats-days").value)).then(function (r) {
      var box = $("charts");
      clear(box);
      if (r.status !== 200) { box.appendChild(el("p", "err", r.body.error || "No statistics.")); return; }
      var d = r.body, byCountry = {}, byLang = {};
      d.days.forEach(function (x) {
        for (var c in x.by_country) byCountry[c] = (byCountry[c] || 0) + x.by_country[c];
        for (var l in x.by_language) byLang[l] = (byLang[l] || 0) + x.by_language[l];
      });
      chart("Cases per day, by priority (since " + d.from + ")", perDay(d.days), true);
      chart("Cases by country", bars(byCountry, null, "#2d5a8f"));
      chart("Cases by language", bars(byLang, null, "#4f7f52"));
      function medians(t) { var m = {}; for (var p in t.by_priority) m[p] = t.by_priority[p].median_seconds; return m; }
      chart("Time to claim, median by priority (all: " + duration(d.time_to_claim.median_seconds) + ", 90% within " +
        duration(d.time_to_claim.p90_seconds) + ")", bars(medians(d.time_to_claim), duration));
      chart("Time to first reply, median by priority (all: " + duration(d.time_to_first_reply.median_seconds) + ", 90% within " +
        duration(d.time_to_first_reply.p90_seconds) + ")", bars(medians(d.time_to_first_reply), duration));
      chart("Open cases held, by caseworker", bars(d.holders || {}, null, "#6b4f9a"));
    });
  }

  // ---- start ----
  api("GET", "/api/me").then(function (r) {
    if (r.status === 200) start(r.body);
    else showLogin("");
  });
})();
