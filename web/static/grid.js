// The observation grid: Enter moves one row down (Tab moves right, as always), and a paste
// from Excel (tab-separated rows) fills the cells from the one it was pasted into. Without
// this script the grid still works: every cell is an ordinary form field, and the
// "Klistra in från Excel" box takes the same text.
(function () {
  "use strict";
  function cellsOf(table) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      return Array.prototype.slice.call(row.querySelectorAll("input"));
    });
  }
  function position(rows, input) {
    for (var r = 0; r < rows.length; r++) {
      var c = rows[r].indexOf(input);
      if (c >= 0) return { r: r, c: c };
    }
    return null;
  }
  function enhance(table) {
    table.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || event.target.tagName !== "INPUT") return;
      var rows = cellsOf(table);
      var at = position(rows, event.target);
      if (!at) return;
      event.preventDefault();
      var next = rows[at.r + (event.shiftKey ? -1 : 1)];
      if (next && next[at.c]) {
        next[at.c].focus();
        next[at.c].select();
      }
    });
    table.addEventListener("paste", function (event) {
      if (event.target.tagName !== "INPUT" || !event.clipboardData) return;
      var text = event.clipboardData.getData("text/plain");
      if (text.indexOf("\t") < 0 && text.indexOf("\n") < 0) return;
      event.preventDefault();
      var rows = cellsOf(table);
      var at = position(rows, event.target);
      if (!at) return;
      var lines = text.replace(/\r/g, "").replace(/\n$/, "").split("\n");
      lines.forEach(function (line, i) {
        var row = rows[at.r + i];
        if (!row) return;
        line.split("\t").forEach(function (value, j) {
          var input = row[at.c + j];
          if (input) input.value = value.trim();
        });
      });
    });
  }
  document.querySelectorAll("table[data-grid]").forEach(enhance);
})();
