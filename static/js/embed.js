// The one-line snippet: <script src=".../static/js/embed.js" data-label="SLUG" data-lang="sv"
// data-variant="compact" async></script> puts the label's iframe where the script stands
// and keeps the iframe as tall as the label (the frame reports its height by postMessage).
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.dataset.label) return;
  var origin = new URL(script.src).origin;
  var params = new URLSearchParams({ variant: script.dataset.variant || "compact" });
  if (script.dataset.lang) params.set("lang", script.dataset.lang);
  var frame = document.createElement("iframe");
  frame.src = origin + "/l/" + encodeURIComponent(script.dataset.label) + "/embed?" + params;
  frame.title = script.dataset.title || "Privacy label";
  frame.loading = "lazy";
  frame.referrerPolicy = "no-referrer";
  frame.style.cssText = "border:0;width:100%;max-width:34rem;height:760px;display:block";
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener("message", function (event) {
    var message = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!message || message.type !== "policylabel:height" || typeof message.height !== "number") return;
    frame.style.height = Math.max(100, Math.min(message.height, 20000)) + "px";
  });
})();
