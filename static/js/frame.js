// Inside the widget iframe: tell the parent page how tall the label is, whenever that changes.
// The label reads fine without this script; the parent only uses it to size the iframe.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("policylabel-frame").textContent);
  var last = 0;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last && window.parent !== window) {
      last = height;
      window.parent.postMessage({ type: "policylabel:height", slug: data.slug, variant: data.variant, height: height }, "*");
    }
  }
  if ("ResizeObserver" in window) new ResizeObserver(report).observe(document.documentElement);
  window.addEventListener("load", report);
  report();
})();
