// helpbot embeddable widget: one <script src=".../widget.js" async></script>
// on a partner's page adds a launcher button that opens the chat in a panel.
// Optional attributes on the script tag: data-lang="th", data-label="Chat".
(function () {
  "use strict";
  var me = document.currentScript;
  if (!me || window.__helpbotWidget) return;
  window.__helpbotWidget = true;
  var origin = new URL(me.src).origin;
  var lang = me.getAttribute("data-lang") || navigator.language || "en";
  var label = me.getAttribute("data-label") || "Chat";
  var frame = null, escs = [];

  var btn = document.createElement("button");
  btn.type = "button";
  btn.textContent = label;
  btn.setAttribute("aria-expanded", "false");
  btn.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:2147483646;padding:12px 18px;" +
    "border:0;border-radius:24px;background:#0b5394;color:#fff;font:600 16px system-ui,sans-serif;" +
    "box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer";

  function openPanel() {
    if (frame) { frame.style.display = frame.style.display === "none" ? "block" : "none"; }
    else {
      frame = document.createElement("iframe");
      frame.src = origin + "/?embed=1&lang=" + encodeURIComponent(lang);
      frame.title = label;
      frame.setAttribute("referrerpolicy", "no-referrer");
      frame.style.cssText = "position:fixed;right:16px;bottom:76px;z-index:2147483647;width:min(380px,calc(100vw - 32px));" +
        "height:min(600px,calc(100vh - 100px));border:1px solid #ccc;border-radius:12px;background:#fff;" +
        "box-shadow:0 4px 16px rgba(0,0,0,.3)";
      document.body.appendChild(frame);
    }
    btn.setAttribute("aria-expanded", frame.style.display !== "none" ? "true" : "false");
  }
  function leave(url) {
    if (frame) frame.remove();
    btn.remove();
    location.replace(url || "https://www.google.com/search?q=weather");
  }
  btn.addEventListener("click", openPanel);
  window.addEventListener("message", function (ev) {
    if (ev.origin !== origin || !ev.data || ev.data.helpbot !== "exit") return;
    leave(ev.data.url);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape" || !frame || frame.style.display === "none") return;
    var now = Date.now();
    escs = escs.filter(function (t) { return now - t < 1500; });
    escs.push(now);
    if (escs.length < 3) return;
    // The chat knows the neutral site to go to: ask it, and leave anyway
    // if it does not answer at once.
    frame.contentWindow.postMessage({ helpbot: "exit-request" }, origin);
    setTimeout(function () { leave(); }, 300);
  });
  if (document.body) document.body.appendChild(btn);
  else document.addEventListener("DOMContentLoaded", function () { document.body.appendChild(btn); });
})();
