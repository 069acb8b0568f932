// Idle logoff warning: counts down the last minute before the server-side
// idle timeout and then leaves for the signed-out page. The page works
// without this file (a <noscript> refresh does the logoff).
(function () {
  "use strict";
  // Marks that scripts run here (tests tell a JavaScript-off browser by it).
  document.documentElement.classList.add("js");
  var box = document.getElementById("idle-warning");
  if (!box) { return; }
  var idle = parseInt(box.getAttribute("data-idle"), 10) || 600;
  var warn = parseInt(box.getAttribute("data-warn"), 10) || 60;
  var left = document.getElementById("idle-left");
  var start = Date.now();
  function tick() {
    var remain = Math.ceil(idle - (Date.now() - start) / 1000);
    if (remain <= 0) { window.location.replace("/bye?r=idle"); return; }
    if (remain <= warn) {
      if (box.hidden) { box.hidden = false; }
      left.textContent = String(remain);
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
