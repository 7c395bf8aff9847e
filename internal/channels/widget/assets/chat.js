// helpbot chat page. Nothing but the resume token is stored on the device
// (sessionStorage); Quick exit clears it and leaves at once.
(function () {
  "use strict";
  var KEY = "hb";
  var body = document.body;
  var S = JSON.parse(document.getElementById("strings").textContent || "{}");
  var log = document.getElementById("log");
  var statusEl = document.getElementById("status");
  var form = document.getElementById("form");
  var input = document.getElementById("text");
  var langSel = document.getElementById("lang");
  var exitURL = body.getAttribute("data-exit");
  var embedded = body.hasAttribute("data-embedded");

  var ws = null, exited = false, retry = 0, timer = null;
  var token = get();
  var lastSeq = "";
  var seen = {};      // seq → true: frames already shown
  var answered = {};  // message id → true: its reply is shown
  var pending = [];   // messages not yet acknowledged: {id, text, el}
  var onReply = null; // called once with the next reply frame

  function get() { try { return sessionStorage.getItem(KEY) || ""; } catch (e) { return ""; } }
  function put(t) { try { sessionStorage.setItem(KEY, t); } catch (e) {} }

  function seqLess(a, b) { // stream ids "ms-n"
    var x = a.split("-"), y = b.split("-");
    if (x[0].length !== y[0].length) return x[0].length < y[0].length;
    if (x[0] !== y[0]) return x[0] < y[0];
    return Number(x[1]) < Number(y[1]);
  }
  function mark(seq) {
    if (!seq) return false;
    if (seen[seq]) return true;
    seen[seq] = true;
    if (!lastSeq || seqLess(lastSeq, seq)) lastSeq = seq;
    return false;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function scroll() { log.scrollTop = log.scrollHeight; }
  function status(t) { statusEl.textContent = t || ""; }

  function bubble(cls, who, text) {
    var d = el("div", "msg " + cls);
    if (who) d.appendChild(el("div", "who", who));
    d.appendChild(el("p", null, text));
    log.appendChild(d);
    scroll();
    return d;
  }

  function digits(v) { return String(v).replace(/[^0-9+]/g, ""); }
  function contactLink(c) {
    var v = c.value, href = null;
    switch (c.kind) {
      case "phone": href = "tel:" + digits(v); break;
      case "sms": href = "sms:" + digits(v); break;
      case "whatsapp": href = "https://wa.me/" + digits(v).replace("+", ""); break;
      case "email": href = "mailto:" + v; break;
      default: if (/^https?:\/\//.test(v)) href = v;
    }
    var label = (S["contact." + c.kind] || c.kind) + ": " + (c.label || v);
    if (c.domestic) label += " (" + S.domestic_only + ")";
    if (!href) return el("span", null, label);
    var a = el("a", c.kind === "phone" ? "call" : null, label);
    a.href = href;
    if (/^https?:/.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }

  // renderReply shows the first paragraph, then the emergency numbers and
  // services, then the rest of the text: the numbers come right after
  // "call now".
  function renderReply(f, who, cls) {
    var paras = String(f.text || "").split("\n\n");
    var d = bubble(cls || "bot", who, paras[0]);
    var rest = paras.slice(1).join("\n\n");
    if (f.emergency && f.emergency.length) {
      var box = el("div", "sos");
      box.appendChild(el("strong", null, S.emergency));
      f.emergency.forEach(function (n) {
        box.appendChild(el("br"));
        var a = el("a", "call", (n.label || n.service) + ": " + n.number);
        a.href = (n.service === "sms_police" ? "sms:" : "tel:") + digits(n.number);
        box.appendChild(a);
      });
      d.appendChild(box);
    }
    (f.services || []).forEach(function (s) {
      var c = el("div", "card");
      c.appendChild(el("h3", null, s.name));
      if (!s.verified) c.appendChild(el("span", "unverified", S.unverified));
      if (s.description) c.appendChild(el("small", null, s.description));
      if (s.hours) c.appendChild(el("small", null, s.hours));
      (s.contacts || []).forEach(function (ct) { c.appendChild(el("br")); c.appendChild(contactLink(ct)); });
      (s.cautions || []).forEach(function (t) { c.appendChild(el("small", "unverified", t)); });
      d.appendChild(c);
    });
    if (rest) d.appendChild(el("p", null, rest));
    if (f.quick_replies && f.quick_replies.length) {
      var q = el("div", "quick");
      f.quick_replies.forEach(function (b) {
        var btn = el("button", null, b.label);
        btn.type = "button";
        btn.addEventListener("click", function () {
          var m = { type: b.action }; m[b.action] = b.value;
          if (send(m)) { bubble("you", null, b.label); q.remove(); }
        });
        q.appendChild(btn);
      });
      d.appendChild(q);
    }
    scroll();
  }

  function onFrame(f) {
    switch (f.type) {
      case "welcome":
        token = f.token; put(token); retry = 0; status("");
        return;
      case "resumed":
        return;
      case "ack":
        for (var i = 0; i < pending.length; i++) {
          if (pending[i].id === f.id) {
            pending[i].el.classList.remove("pending");
            // Answered but not saved (the server's store was down): keep
            // it and send it again later so it is saved.
            if (f.stored === false) pending[i].unsaved = true;
            else pending.splice(i, 1);
            break;
          }
        }
        mark(f.seq);
        mark(f.reply_seq); // the reply, sent before it was stored
        return;
      case "message": // our own message, replayed on resume
        if (mark(f.seq)) return;
        for (var j = 0; j < pending.length; j++) {
          if (pending[j].id === f.id) { pending[j].el.classList.remove("pending"); pending.splice(j, 1); return; }
        }
        bubble("you", null, f.text);
        return;
      case "reply":
        if (mark(f.seq)) return;
        if (f.in_reply_to) {
          if (answered[f.in_reply_to]) return; // shown before it was stored
          answered[f.in_reply_to] = true;
        }
        renderReply(f, null, "bot");
        if (onReply) { var cb = onReply; onReply = null; cb(); }
        return;
      case "caseworker":
        if (mark(f.seq)) return;
        renderReply(f, S.caseworker, "caseworker");
        return;
      case "error":
        var p = null;
        for (var k = 0; k < pending.length; k++) if (pending[k].id === f.id) { p = pending[k]; pending.splice(k, 1); break; }
        var msg = f.message || S.error;
        if (p) { p.el.classList.remove("pending"); p.el.appendChild(el("div", "err", msg)); }
        else if (f.code !== "bad_token") status(msg);
        return;
    }
  }

  function open() { return ws && ws.readyState === 1; }
  function send(obj) {
    if (!open()) return false;
    ws.send(JSON.stringify(obj));
    return true;
  }
  function hints(m) {
    m.locale = navigator.language || "";
    try { m.timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) {}
    return m;
  }
  function flush() {
    pending.forEach(function (p) { send(hints({ type: "message", id: p.id, text: p.text })); });
  }
  // Messages answered but not saved are offered again every 15 s.
  setInterval(function () {
    pending.forEach(function (p) { if (p.unsaved) send(hints({ type: "message", id: p.id, text: p.text })); });
  }, 15000);

  function connect() {
    if (exited) return;
    status(retry ? S.reconnecting : S.connecting);
    var proto = location.protocol === "https:" ? "wss://" : "ws://";
    ws = new WebSocket(proto + location.host + "/ws");
    ws.onopen = function () {
      status("");
      if (token) send({ type: "resume", token: token, since: lastSeq });
      flush();
    };
    ws.onmessage = function (ev) {
      var f; try { f = JSON.parse(ev.data); } catch (e) { return; }
      onFrame(f);
    };
    ws.onclose = function () {
      if (exited) return;
      status(S.reconnecting);
      retry++;
      var wait = Math.min(15000, 500 * Math.pow(2, Math.min(retry, 5))) * (0.5 + Math.random() / 2);
      clearTimeout(timer);
      timer = setTimeout(connect, wait);
    };
  }

  function newId() {
    var a = new Uint8Array(9);
    crypto.getRandomValues(a);
    return "c" + Array.prototype.map.call(a, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    var p = { id: newId(), text: text, el: bubble("you pending", null, text) };
    pending.push(p);
    send(hints({ type: "message", id: p.id, text: text }));
  });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.submit(); }
  });

  langSel.addEventListener("change", function () {
    var v = langSel.value;
    var go = function () { location.replace("?lang=" + encodeURIComponent(v) + (embedded ? "&embed=1" : "")); };
    if (send({ type: "language", language: v })) { onReply = go; setTimeout(go, 1500); } else go();
  });

  // Quick exit: close the socket, clear what the page stored, blank the
  // page and replace it (and the partner page around the widget) with a
  // neutral site so Back does not return to it.
  var escs = [];
  function quickExit() {
    exited = true;
    try { if (ws) { ws.onclose = null; ws.close(); } } catch (e) {}
    try { sessionStorage.clear(); } catch (e) {}
    document.title = "";
    while (body.firstChild) body.removeChild(body.firstChild);
    if (embedded && window.parent !== window) {
      try { window.parent.postMessage({ helpbot: "exit", url: exitURL }, "*"); } catch (e) {}
    }
    try { if (window.top !== window) window.top.location.replace(exitURL); } catch (e) {}
    location.replace(exitURL);
  }
  document.getElementById("exit").addEventListener("click", quickExit);
  // The partner page around the widget asks for Quick exit (Esc pressed
  // three times there).
  window.addEventListener("message", function (ev) {
    if (embedded && ev.source === window.parent && ev.data && ev.data.helpbot === "exit-request") quickExit();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    var now = Date.now();
    escs = escs.filter(function (t) { return now - t < 1500; });
    escs.push(now);
    if (escs.length >= 3) quickExit();
  });

  connect();
})();
