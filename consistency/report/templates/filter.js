(function () {
  "use strict";
  var bar = document.getElementById("filters");
  if (!bar) { return; }
  bar.hidden = false;
  var selects = bar.querySelectorAll("select");
  function apply() {
    var wanted = {};
    selects.forEach(function (s) { wanted[s.name] = s.value; });
    document.querySelectorAll(".finding[data-version]").forEach(function (f) {
      var show = Object.keys(wanted).every(function (k) { return !wanted[k] || f.dataset[k] === wanted[k]; });
      f.hidden = !show;
    });
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
})();
