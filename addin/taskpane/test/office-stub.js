// A strict stand-in for Office.js in the browser tests (Microsoft's CDN is unreachable there).
// Its rules come from the published Word API typings: test/word-api.mjs reads
// @types/office-js and the test page receives the tables as window.__wordApi before this
// script runs. Like Word, it rejects
//   - an argument outside the method's typed values (insertOOXML's insertLocation must be one
//     of the values that method's signature allows), of the wrong type, or missing;
//   - a scalar property read before load() and context.sync();
//   - any use of an object, or of context.sync(), after its Word.run batch has ended;
//   - loading a property the class does not have.
// Argument errors surface at context.sync() as Word's do (RichApi.Error, code InvalidArgument),
// and the batch's later actions are not applied. Methods the typings have but the stand-in does
// not model throw, so a test never passes by calling into nothing.
//
// The document is a list of paragraphs: window.__documentParagraphs (strings) may be set before
// this script runs, and window.__selection ({ first, last } paragraph indexes; absent: the
// cursor at the end). Every change is recorded in window.__calls; window.__documentTexts()
// returns the paragraphs now; window.__rejected lists the calls Word would have refused.
(function () {
  "use strict";
  var api = window.__wordApi;
  if (!api) {
    throw new Error("office-stub: window.__wordApi is missing (test/word-api.mjs must run first)");
  }
  var calls = [];
  var rejected = [];
  var used = {};
  window.__calls = calls;
  window.__rejected = rejected;
  // Every Word API member the page used, with the requirement set the typings give it.
  window.__apiUsed = used;

  var paragraphs = (window.__documentParagraphs || []).map(function (text) { return { text: text }; });
  var initial = window.__selection;
  var selection = initial ? { list: paragraphs.slice(initial.first, initial.last + 1) } : { cursorBefore: null };
  window.__documentTexts = function () { return paragraphs.map(function (p) { return p.text; }); };
  window.__selectedTexts = function () { return selectionParagraphs().map(function (p) { return p.text; }); };

  function richApiError(code, message) {
    var error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    error.debugInfo = { code: code, message: message };
    return error;
  }

  // ---- argument checks against the typings ----------------------------------------------

  function accepts(type, value) {
    switch (type.kind) {
      case "string": return typeof value === "string";
      case "number": return typeof value === "number" && !isNaN(value);
      case "boolean": return typeof value === "boolean";
      case "array": return Array.isArray(value);
      case "function": return typeof value === "function";
      case "values": return type.values.indexOf(value) >= 0;
      case "object": case "class": return value !== null && typeof value === "object";
      case "union": return type.of.some(function (part) { return accepts(part, value); });
      default: return true;
    }
  }

  function describeType(type) {
    switch (type.kind) {
      case "values": return type.values.map(function (v) { return JSON.stringify(v); }).join(" | ");
      case "union": return type.of.map(describeType).join(" | ");
      case "class": case "object": return type.name || "object";
      default: return type.kind;
    }
  }

  /** Null when some overload of the method takes these arguments, else why not. */
  function argumentProblem(className, method, args) {
    var overloads = api.classes[className].methods[method];
    var reasons = [];
    for (var i = 0; i < overloads.length; i++) {
      var parameters = overloads[i];
      var problem = null;
      if (args.length > parameters.length) {
        problem = "takes at most " + parameters.length + " arguments, got " + args.length;
      }
      for (var p = 0; !problem && p < parameters.length; p++) {
        var parameter = parameters[p];
        var value = args[p];
        if (value === undefined) {
          if (!parameter.optional) problem = "the argument " + parameter.name + " is missing";
        } else if (!accepts(parameter.type, value)) {
          problem = parameter.name + " must be " + describeType(parameter.type) + ", not " + JSON.stringify(value);
        }
      }
      if (!problem) return null;
      if (reasons.indexOf(problem) < 0) reasons.push(problem);
    }
    return className + "." + method + ": " + reasons.join("; or ");
  }

  // ---- request contexts ----------------------------------------------------------------

  function Context() {
    this.alive = true;
    this.failure = null;
    this.loads = [];
    this.snapshots = new Map();
    this.document = wrap(this, "Document", documentModel());
  }

  Context.prototype.sync = function () {
    if (!this.alive) {
      return Promise.reject(richApiError("InvalidObjectPath", "context.sync() was called after its Word.run batch ended"));
    }
    var context = this;
    var failure = context.failure;
    var loads = context.loads;
    context.failure = null;
    context.loads = [];
    return new Promise(function (resolve, reject) {
      setTimeout(function () {
        if (failure) {
          reject(failure);
          return;
        }
        try {
          loads.forEach(function (load) { context.snapshots.set(load.model, snapshot(context, load.className, load.model, load.names)); });
        } catch (error) {
          reject(error);
          return;
        }
        resolve();
      }, 0);
    });
  };

  function loadNames(names) {
    if (names === undefined) return [];
    if (typeof names === "string") return names.split(",").map(function (n) { return n.trim(); }).filter(Boolean);
    if (Array.isArray(names)) return names;
    if (names && typeof names === "object") {
      var select = names.select;
      return typeof select === "string" ? loadNames(select) : Array.isArray(select) ? select : Object.keys(names);
    }
    return [];
  }

  // The values a load() asked for, as they are now. A collection's "text" or "items/text" loads
  // the items with their text.
  function snapshot(context, className, model, names) {
    var properties = api.classes[className].properties;
    var values = {};
    names.forEach(function (name) {
      var path = name.split("/");
      var head = path[0];
      if (model.items && head !== "items") {
        path = ["items"].concat(path);
        head = "items";
      }
      if (!properties[head]) {
        throw richApiError("InvalidArgument", className + " has no property '" + head + "' to load");
      }
      if (head === "items") {
        var itemClass = model.itemClass;
        var rest = path.slice(1).join("/");
        values.items = model.items().map(function (itemModel) {
          var item = wrap(context, itemClass, itemModel);
          if (rest) {
            var previous = context.snapshots.get(itemModel) || {};
            context.snapshots.set(itemModel, Object.assign(previous, snapshot(context, itemClass, itemModel, [rest])));
          }
          return item;
        });
      } else if (model.values && model.values[head]) {
        values[head] = model.values[head]();
      } else if (!properties[head].navigation) {
        throw new Error("office-stub: " + className + "." + head + " is not modelled");
      }
    });
    return Object.assign(context.snapshots.get(model) || {}, values);
  }

  var baseMethods = ["load", "track", "untrack", "toJSON"];

  // A client object of a typings class: methods checked against the signatures, scalar
  // properties readable only after load + sync, everything refused once the batch has ended.
  function wrap(context, className, model) {
    var definition = api.classes[className];
    if (!definition) throw new Error("office-stub: no class Word." + className + " in the typings");
    return new Proxy(model, {
      get: function (target, name) {
        if (typeof name === "symbol" || name === "then") return undefined;
        if (!context.alive) {
          throw richApiError("InvalidObjectPath", "Word." + className + "." + name + " was used after its Word.run batch ended");
        }
        if (name === "context") return context;
        if (definition.methods[name] || baseMethods.indexOf(name) >= 0) {
          return function () {
            if (!context.alive) {
              throw richApiError("InvalidObjectPath", "Word." + className + "." + name + "() was called after its Word.run batch ended");
            }
            var args = Array.prototype.slice.call(arguments);
            if (definition.methods[name]) used[className + "." + name] = definition.apiSets[name];
            var problem = definition.methods[name] ? argumentProblem(className, name, args) : null;
            if (problem) {
              rejected.push({ method: className + "." + name, args: args.map(function (a) { return typeof a === "string" && a.length > 80 ? a.slice(0, 80) + "…" : a; }), problem: problem });
              context.failure = context.failure || richApiError("InvalidArgument", problem);
              return inert;
            }
            if (context.failure) return inert;
            if (name === "load") {
              context.loads.push({ className: className, model: target, names: loadNames(args[0]) });
              return wrap(context, className, target);
            }
            if (name === "track" || name === "untrack") return wrap(context, className, target);
            var method = target.methods && target.methods[name];
            if (!method) throw new Error("office-stub: Word." + className + "." + name + "() is not modelled");
            var result;
            try {
              result = method.apply(null, args);
            } catch (error) {
              if (error.name !== "RichApi.Error") throw error;
              rejected.push({ method: className + "." + name, problem: error.message });
              context.failure = error;
              return inert;
            }
            return result && result.model ? wrap(context, result.className, result.model) : result;
          };
        }
        var property = definition.properties[name];
        if (!property) return undefined;
        used[className + "." + name] = property.apiSet;
        if (property.navigation) {
          var navigate = target.navigate && target.navigate[name];
          if (!navigate) throw new Error("office-stub: Word." + className + "." + name + " is not modelled");
          var next = navigate();
          return wrap(context, next.className, next.model);
        }
        var loaded = context.snapshots.get(target);
        if (!loaded || !(name in loaded)) {
          throw richApiError("PropertyNotLoaded",
            "The property '" + name + "' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.");
        }
        return loaded[name];
      },
      set: function (target, name) {
        throw new Error("office-stub: setting Word." + className + "." + String(name) + " is not modelled");
      },
    });
  }

  // What a refused call returns: chained calls do nothing; the batch fails at sync.
  var inert = new Proxy(function () {}, {
    get: function (target, name) { return name === "then" ? undefined : inert; },
    apply: function () { return inert; },
  });

  // ---- the document -----------------------------------------------------------------

  // The paragraphs of an OOXML package, as Word would insert them.
  function paragraphsOf(ooxml) {
    var xml = new DOMParser().parseFromString(ooxml, "application/xml");
    if (xml.getElementsByTagName("parsererror").length > 0) {
      throw richApiError("InvalidArgument", "insertOoxml: the OOXML is not well-formed");
    }
    var w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    return Array.prototype.map.call(xml.getElementsByTagNameNS(w, "p"), function (p) {
      return {
        text: Array.prototype.map.call(p.getElementsByTagNameNS(w, "*"), function (node) {
          return node.localName === "t" ? node.textContent : node.localName === "tab" && node.parentNode.localName === "r" ? "\t" : "";
        }).join(""),
      };
    });
  }

  function selectionParagraphs() {
    return selection.list ? selection.list.filter(function (p) { return paragraphs.indexOf(p) >= 0; }) : [];
  }

  // Inserts paragraphs relative to a run of paragraphs (or a collapsed cursor).
  function insertParagraphs(list, cursorBefore, added, location) {
    var present = list.filter(function (p) { return paragraphs.indexOf(p) >= 0; });
    var at;
    if (present.length === 0) {
      at = cursorBefore && paragraphs.indexOf(cursorBefore) >= 0 ? paragraphs.indexOf(cursorBefore) : paragraphs.length;
    } else if (location === "Before" || location === "Start") {
      at = paragraphs.indexOf(present[0]);
    } else {
      at = paragraphs.indexOf(present[present.length - 1]) + 1;
    }
    if (location === "Replace" && present.length > 0) {
      at = paragraphs.indexOf(present[0]);
      paragraphs.splice(at, present.length);
    }
    Array.prototype.splice.apply(paragraphs, [at, 0].concat(added));
    selection = { cursorBefore: paragraphs[at + added.length] || null };
    return added;
  }

  function paragraphsRange(getList, cursorBefore) {
    return {
      className: "Range",
      model: rangeModel(getList, cursorBefore),
    };
  }

  function spanRange(paragraph, offset, length) {
    var model = {
      values: { text: function () { return paragraph.text.substr(offset, length); } },
      methods: {
        insertText: function (text, location) {
          var before = paragraph.text.slice(0, offset);
          var after = paragraph.text.slice(offset + length);
          var old = paragraph.text.substr(offset, length);
          var replacement = location === "Replace" ? text : location === "Start" || location === "Before" ? text + old : old + text;
          paragraph.text = before + replacement + after;
          calls.push({ method: "insertText", location: location, text: text, paragraph: paragraphs.indexOf(paragraph) });
          return spanRange(paragraph, offset, replacement.length);
        },
        select: function () {
          selection = { list: [paragraph], offset: offset, length: length };
          calls.push({ method: "select", paragraph: paragraphs.indexOf(paragraph), text: paragraph.text.substr(offset, length) });
        },
      },
    };
    return { className: "Range", model: model };
  }

  function search(getList, text) {
    if (text.length === 0 || text.length > 255) {
      throw richApiError("InvalidArgument", "search: the search text must be 1 to 255 characters");
    }
    return {
      className: "RangeCollection",
      model: {
        itemClass: "Range",
        items: function () {
          var found = [];
          getList().forEach(function (paragraph) {
            for (var at = paragraph.text.indexOf(text); at >= 0; at = paragraph.text.indexOf(text, at + text.length)) {
              found.push(spanRange(paragraph, at, text.length).model);
            }
          });
          return found;
        },
      },
    };
  }

  function rangeModel(getList, cursorBefore) {
    return {
      values: { text: function () { return getList().map(function (p) { return p.text; }).join("\r"); } },
      methods: {
        insertOoxml: function (ooxml, location) {
          calls.push({ method: "insertOoxml", ooxml: ooxml, location: location });
          var added = insertParagraphs(getList(), cursorBefore, paragraphsOf(ooxml), location);
          return paragraphsRange(function () { return added; });
        },
        insertText: function (text, location) {
          calls.push({ method: "insertText", location: location, text: text });
          var list = getList();
          if (location === "Replace" && list.length > 0) {
            list[0].text = text;
            list.slice(1).forEach(function (p) { paragraphs.splice(paragraphs.indexOf(p), 1); });
            return paragraphsRange(function () { return [list[0]]; });
          }
          var added = insertParagraphs(list, cursorBefore, [{ text: text }], location);
          return paragraphsRange(function () { return added; });
        },
        search: function (text) { return search(getList, text); },
        select: function () {
          selection = { list: getList().slice() };
          calls.push({ method: "select", text: getList().map(function (p) { return p.text; }).join("\r") });
        },
      },
    };
  }

  function paragraphModel(paragraph) {
    var range = rangeModel(function () { return [paragraph]; });
    return {
      values: range.values,
      methods: {
        insertOoxml: range.methods.insertOoxml,
        insertText: range.methods.insertText,
        search: range.methods.search,
        select: range.methods.select,
        getRange: function () { return { className: "Range", model: rangeModel(function () { return [paragraph]; }) }; },
      },
    };
  }

  function bodyModel() {
    var all = function () { return paragraphs.slice(); };
    var range = rangeModel(all);
    return {
      values: range.values,
      navigate: {
        paragraphs: function () {
          return { className: "ParagraphCollection", model: { itemClass: "Paragraph", items: function () { return paragraphs.map(paragraphModelOf); } } };
        },
      },
      methods: {
        insertOoxml: range.methods.insertOoxml,
        search: range.methods.search,
        insertFileFromBase64: function (base64, location) {
          calls.push({ method: "insertFileFromBase64", base64: base64, location: location });
          if (location === "Replace") paragraphs.splice(0, paragraphs.length);
          insertParagraphs([], null, [{ text: "（插入的文件 inserted file）" }], location);
        },
      },
    };
  }

  // One model per paragraph, so its loaded values stay with it.
  var paragraphModels = new WeakMap();
  function paragraphModelOf(paragraph) {
    if (!paragraphModels.has(paragraph)) paragraphModels.set(paragraph, paragraphModel(paragraph));
    return paragraphModels.get(paragraph);
  }

  function documentModel() {
    var body = bodyModel();
    return {
      navigate: { body: function () { return { className: "Body", model: body }; } },
      methods: {
        getSelection: function () {
          var current = selection;
          return paragraphsRange(function () { return current.list ? current.list.slice() : []; }, current.cursorBefore);
        },
      },
    };
  }

  // ---- Word.run and Office ----------------------------------------------------------

  window.Word = {
    InsertLocation: api.enums.InsertLocation,
    run: function () {
      var batch = arguments[arguments.length - 1];
      if (arguments.length !== 1 || typeof batch !== "function") {
        return Promise.reject(new TypeError("office-stub: Word.run takes one batch function here"));
      }
      var context = new Context();
      return Promise.resolve()
        .then(function () { return batch(context); })
        .then(function (result) {
          // Word runs what the batch queued after its last sync.
          return (context.failure ? Promise.reject(context.failure) : Promise.resolve()).then(function () { return result; });
        })
        .finally(function () { context.alive = false; });
    },
  };

  window.Office = {
    HostType: { Word: "Word" },
    context: { requirements: { isSetSupported: function (name, version) { return name === "WordApi" && Number(version || "1.1") <= 1.3; } } },
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
