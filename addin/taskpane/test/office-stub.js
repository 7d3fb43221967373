// A stand-in for Office.js in browser tests (the CDN is unreachable there). It implements only
// what the task pane calls and records every document change in window.__calls.
// window.__documentText and window.__selectionText may be set before this script runs.
(function () {
  "use strict";
  var calls = [];
  window.__calls = calls;

  function range(text) {
    return {
      text: text,
      load: function () { return this; },
      insertOoxml: function (ooxml, location) {
        calls.push({ method: "insertOoxml", ooxml: ooxml, location: location });
        window.__documentText = (window.__documentText || "") + paragraphsOf(ooxml);
      },
      insertFileFromBase64: function (base64, location) {
        calls.push({ method: "insertFileFromBase64", base64: base64, location: location });
      },
    };
  }

  // The inserted text, one paragraph per \r as Word's body.text gives it.
  function paragraphsOf(ooxml) {
    var xml = new DOMParser().parseFromString(ooxml, "application/xml");
    var w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    return Array.prototype.map.call(xml.getElementsByTagNameNS(w, "p"), function (p) {
      return Array.prototype.map.call(p.getElementsByTagNameNS(w, "*"), function (node) {
        return node.localName === "t" ? node.textContent : node.localName === "tab" && node.parentNode.localName === "r" ? "\t" : "";
      }).join("") + "\r";
    }).join("");
  }

  window.Word = {
    run: function (batch) {
      var context = {
        document: {
          body: range(window.__documentText || ""),
          getSelection: function () { return range(window.__selectionText || ""); },
        },
        sync: function () { return Promise.resolve(); },
      };
      return Promise.resolve().then(function () { return batch(context); });
    },
  };

  window.Office = {
    HostType: { Word: "Word" },
    onReady: function (callback) {
      var info = { host: "Word", platform: "OfficeOnline" };
      return new Promise(function (resolve) {
        var ready = function () {
          if (callback) callback(info);
          resolve(info);
        };
        if (document.readyState === "loading") {
          document.addEventListener("DOMContentLoaded", ready);
        } else {
          setTimeout(ready, 0);
        }
      });
    },
  };
})();
