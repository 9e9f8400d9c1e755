/* global setTimeout */
/* eslint-disable @typescript-eslint/no-this-alias -- operations queue closures over the API object that run at sync time */
// A fake Office/Excel host: an in-memory workbook implementing the part of the Excel JavaScript API the add-in's
// Office adapter uses, with Excel's batch semantics (operations queue up and run at context.sync(); properties can
// be read only after a load and a sync) and a count of syncs. Plain JavaScript with no imports, so that the same
// file runs in Node (jest: require) and in Chromium before the page's scripts (page.addInitScript).
(function (root) {
  'use strict';

  function colLetter(c) {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  }
  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n - 1;
  }
  const MAX_ROWS = 1048576;
  const MAX_COLS = 16384;

  function fail(code, message) {
    const e = new Error(message || code);
    e.code = code;
    e.name = 'RichApi.Error';
    return e;
  }
  function versionAtLeast(have, want) {
    const a = String(have).split('.').map(Number);
    const b = String(want).split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
    }
    return true;
  }
  function parseAddress(address) {
    const local = String(address).slice(String(address).lastIndexOf('!') + 1).replace(/\$/g, '');
    const rows = /^(\d+)(?::(\d+))?$/.exec(local);
    if (rows) {
      const top = Number(rows[1]) - 1;
      const bottom = Number(rows[2] || rows[1]) - 1;
      return { row: top, col: 0, rows: bottom - top + 1, cols: MAX_COLS };
    }
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(local);
    if (!m) throw fail('InvalidArgument', `bad address ${address}`);
    const c1 = colIndex(m[1]);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }
  function intersect(a, b) {
    const row = Math.max(a.row, b.row);
    const col = Math.max(a.col, b.col);
    const bottom = Math.min(a.row + a.rows, b.row + b.rows);
    const right = Math.min(a.col + a.cols, b.col + b.cols);
    return bottom > row && right > col ? { row, col, rows: bottom - row, cols: right - col } : null;
  }
  function quoteSheet(name) {
    return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }
  function rectAddress(sheet, r) {
    const a = `${colLetter(r.col)}${r.row + 1}`;
    const b = `${colLetter(r.col + r.cols - 1)}${r.row + r.rows}`;
    return `${quoteSheet(sheet.name)}!${a === b ? a : `${a}:${b}`}`;
  }

  function createFakeExcel(seed) {
    seed = seed || {};
    const api = seed.api || '1.20';
    let nextId = 1;
    const state = {
      fileName: seed.name || 'Book1.xlsx',
      date1904: Boolean(seed.date1904),
      sheets: [],
      settings: Object.assign({}, seed.settings || {}),
      syncs: 0,
      runs: [],
      functions: {},
      handlers: { changed: [], added: [], deleted: [], rowHiddenChanged: [], nameChanged: [] },
      activeSheet: undefined,
      selected: undefined,
      payloadLimitCells: seed.payloadLimitCells || 0,
      payloadErrors: 0,
      createdWorkbooks: [],
      calculations: [],
    };

    function newSheet(name) {
      return { id: `{sheet-${nextId++}}`, name, cells: new Map(), merges: [], widths: {}, heights: {}, frozenRows: 0, page: {}, printTitles: undefined, cfs: [], hiddenColumns: new Set(), hiddenRows: new Set() };
    }
    for (const s of seed.sheets || []) {
      const sheet = newSheet(s.name);
      (s.rows || []).forEach((row, r) => {
        (row || []).forEach((cell, c) => {
          if (cell === null || cell === undefined) return;
          const v = typeof cell === 'object' ? cell : { v: cell };
          sheet.cells.set(`${r},${c}`, {
            v: v.v,
            t: v.t || (typeof v.v === 'number' ? 'Double' : typeof v.v === 'boolean' ? 'Boolean' : v.v === '' ? 'Empty' : 'String'),
            f: v.f || 'General',
            font: v.font || 'Calibri',
            fill: v.fill ? { color: v.fill, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' },
            style: {},
          });
        });
      });
      sheet.merges = (s.merges || []).map((m) => ({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }));
      sheet.hiddenColumns = new Set((s.hiddenColumns || []).map((c) => c - 1));
      sheet.hiddenRows = new Set((s.hiddenRows || []).map((r) => r - 1));
      sheet.autoFilter = Boolean(s.autoFilter);
      sheet.tables = s.tables || 0;
      sheet.visibility = s.visibility || 'Visible';
      state.sheets.push(sheet);
    }

    const findSheet = (key) => state.sheets.find((s) => s.id === key || s.name.toLowerCase() === String(key).toLowerCase());
    const cellAt = (sheet, r, c) => sheet.cells.get(`${r},${c}`);
    const ensureCell = (sheet, r, c) => {
      let cell = sheet.cells.get(`${r},${c}`);
      if (!cell) {
        cell = { v: '', t: 'Empty', f: 'General', font: 'Calibri', fill: { color: '#FFFFFF', pattern: 'None' }, style: {} };
        sheet.cells.set(`${r},${c}`, cell);
      }
      return cell;
    };
    function usedRect(sheet, valuesOnly) {
      let top = Infinity, left = Infinity, bottom = -1, right = -1;
      for (const [k, cell] of sheet.cells) {
        if (valuesOnly && (cell.v === '' || cell.v === null || cell.v === undefined)) continue;
        const [r, c] = k.split(',').map(Number);
        top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
      }
      return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
    }
    function fireChanged(sheet, address) {
      for (const h of state.handlers.changed) h({ worksheetId: sheet.id, address, changeType: 'RangeEdited', source: 'Local' });
    }

    class Context {
      constructor() {
        this.queue = [];
        this.cells = 0;
        this.workbook = new Workbook(this);
      }
      enqueue(op) {
        this.queue.push(op);
      }
      sync() {
        state.syncs++;
        const ops = this.queue;
        this.queue = [];
        this.cells = 0;
        return new Promise((resolve, reject) => {
          setTimeout(() => {
            try {
              for (const op of ops) op();
              if (state.payloadLimitCells && this.cells > state.payloadLimitCells) {
                state.payloadErrors++;
                throw fail('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
              }
              resolve();
            } catch (e) {
              reject(e);
            }
          }, 0);
        });
      }
    }

    function loadable(obj, fill) {
      obj._loaded = false;
      obj.load = function (props) {
        obj.context.enqueue(() => {
          fill(typeof props === 'string' ? props : '');
          obj._loaded = true;
        });
        return obj;
      };
      return obj;
    }
    function guard(obj, prop) {
      if (!obj._loaded) throw fail('PropertyNotLoaded', `The property '${prop}' is not available. Call load and sync first.`);
    }

    class Workbook {
      constructor(ctx) {
        this.context = ctx;
        this.worksheets = new WorksheetCollection(ctx);
        const self = this;
        loadable(this, () => (self._name = state.fileName));
        this.application = {
          calculate(type) {
            if (!versionAtLeast(api, '1.1')) throw fail('ApiNotFound', 'application.calculate');
            ctx.enqueue(() => state.calculations.push(type));
          },
        };
        this.functions = {
          date(y, m, d) {
            const result = { value: undefined, load() { return result; } };
            ctx.enqueue(() => {
              const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
              result.value = state.date1904 ? serial - 1462 : serial;
            });
            return result;
          },
        };
      }
      get name() {
        guard(this, 'name');
        return this._name;
      }
    }

    class WorksheetCollection {
      constructor(ctx) {
        this.context = ctx;
        const self = this;
        loadable(this, () => (self._items = state.sheets.map((s) => Worksheet.loaded(ctx, s))));
        const events = (kind) => ({
          add(handler) {
            ctx.enqueue(() => (state.handlers[kind] = state.handlers[kind] || []).push(handler));
            return { remove() {} };
          },
        });
        this.onChanged = events('changed');
        this.onAdded = events('added');
        this.onDeleted = events('deleted');
        const since = (version, kind) => {
          if (!versionAtLeast(api, version)) throw fail('ApiNotFound', kind);
          return events(kind);
        };
        Object.defineProperty(this, 'onNameChanged', { get: () => since('1.17', 'nameChanged') });
        Object.defineProperty(this, 'onRowHiddenChanged', { get: () => since('1.11', 'rowHiddenChanged') });
      }
      get items() {
        guard(this, 'items');
        return this._items;
      }
      getItem(key) {
        return new Worksheet(this.context, () => {
          const s = findSheet(key);
          if (!s) throw fail('ItemNotFound', `sheet ${key} not found`);
          return s;
        });
      }
      getItemOrNullObject(key) {
        const ws = new Worksheet(this.context, () => findSheet(key) || null);
        ws._nullable = true;
        return ws;
      }
      add(name) {
        let created;
        this.context.enqueue(() => {
          if (findSheet(name)) throw fail('ItemAlreadyExists', `sheet ${name} exists`);
          created = newSheet(name);
          state.sheets.push(created);
          for (const h of state.handlers.added) h({ worksheetId: created.id });
        });
        return new Worksheet(this.context, () => created);
      }
    }

    class Worksheet {
      constructor(ctx, resolve) {
        this.context = ctx;
        this._resolve = resolve;
        const self = this;
        loadable(this, () => {
          const s = self._resolve();
          self._isNull = !s;
          if (s) {
            self._name = s.name;
            self._id = s.id;
            self._visibility = s.visibility || 'Visible';
          }
        });
        this.horizontalPageBreaks = {
          add(cell) {
            ctx.enqueue(() => (self.sheet().pageBreaks = [...(self.sheet().pageBreaks || []), cell]));
          },
        };
        const filter = { context: ctx };
        loadable(filter, () => (filter._enabled = Boolean(self.sheet().autoFilter)));
        Object.defineProperty(filter, 'enabled', { get() { guard(filter, 'enabled'); return filter._enabled; } });
        const tables = { context: ctx, _items: undefined };
        loadable(tables, () => (tables._items = Array.from({ length: self.sheet().tables || 0 }, (_, i) => ({ name: `Table${i + 1}` }))));
        Object.defineProperty(tables, 'items', { get() { guard(tables, 'items'); return tables._items; } });
        this.tables = tables;
        Object.defineProperty(this, 'autoFilter', {
          get() {
            if (!versionAtLeast(api, '1.9')) throw fail('ApiNotFound', 'autoFilter');
            return filter;
          },
        });
        this.freezePanes = {
          freezeRows(n) {
            ctx.enqueue(() => (self.sheet().frozenRows = n));
          },
        };
        const page = {};
        this.pageLayout = new Proxy(page, {
          set(_t, prop, value) {
            ctx.enqueue(() => (self.sheet().page[prop] = value));
            return true;
          },
          get(_t, prop) {
            if (prop === 'setPrintTitleRows') return (rows) => ctx.enqueue(() => (self.sheet().printTitles = rows));
            if (prop === 'headersFooters')
              return {
                defaultForAllPages: new Proxy({}, {
                  set(_h, key, value) {
                    ctx.enqueue(() => (self.sheet().page[`footer.${String(key)}`] = value));
                    return true;
                  },
                }),
              };
            return undefined;
          },
        });
      }
      static loaded(ctx, s) {
        const ws = new Worksheet(ctx, () => s);
        ws._loaded = true;
        ws._name = s.name;
        ws._id = s.id;
        ws._visibility = s.visibility || 'Visible';
        ws._isNull = false;
        return ws;
      }
      sheet() {
        const s = this._resolve();
        if (!s) throw fail('ItemNotFound', 'sheet not found');
        return s;
      }
      get name() {
        guard(this, 'name');
        return this._name;
      }
      get id() {
        guard(this, 'id');
        return this._id;
      }
      get visibility() {
        guard(this, 'visibility');
        return this._visibility;
      }
      get isNullObject() {
        guard(this, 'isNullObject');
        return this._isNull;
      }
      delete() {
        this.context.enqueue(() => {
          const s = this.sheet();
          state.sheets.splice(state.sheets.indexOf(s), 1);
          for (const h of state.handlers.deleted) h({ worksheetId: s.id });
        });
      }
      activate() {
        this.context.enqueue(() => (state.activeSheet = this.sheet().name));
      }
      getRangeByIndexes(row, col, rows, cols) {
        return new Range(this.context, this, () => ({ row, col, rows, cols }));
      }
      getRange(address) {
        // As in Excel: no address is the whole sheet.
        const rect = address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address);
        return new Range(this.context, this, () => rect);
      }
      getUsedRange(valuesOnly) {
        return new Range(this.context, this, () => usedRect(this.sheet(), valuesOnly) || { row: 0, col: 0, rows: 1, cols: 1 });
      }
      getUsedRangeOrNullObject(valuesOnly) {
        const r = new Range(this.context, this, () => usedRect(this.sheet(), valuesOnly));
        return r;
      }
    }

    class Range {
      constructor(ctx, ws, rect) {
        this.context = ctx;
        this.ws = ws;
        this._rect = rect;
        const self = this;
        loadable(this, (props) => self.snapshot(props));
        this.format = makeFormat(this);
      }
      /** ExcelApi 1.6: the conditional formats that overlap this range. */
      get conditionalFormats() {
        if (!versionAtLeast(api, '1.6')) throw fail('ApiNotFound', 'conditionalFormats');
        return conditionalFormats(this);
      }
      rect() {
        const r = this._rect();
        if (!r) throw fail('ItemNotFound', 'range is a null object');
        return r;
      }
      snapshot(props) {
        const r = this._rect();
        this._isNull = !r;
        if (!r) return;
        const sheet = this.ws.sheet();
        this._address = rectAddress(sheet, r);
        this._geo = r;
        // Only cell data counts toward the payload, as in Excel: geometry and addresses are small.
        if (!/values|valueTypes|numberFormat/.test(props) || r.cols >= MAX_COLS || r.rows >= MAX_ROWS) return;
        this.context.cells += r.rows * r.cols;
        const grid = (fn) => Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => fn(cellAt(sheet, r.row + i, r.col + j))));
        this._values = grid((c) => (c ? c.v : ''));
        this._types = grid((c) => (c ? c.t : 'Empty'));
        this._formats = grid((c) => (c ? c.f : 'General'));
      }
      get isNullObject() { guard(this, 'isNullObject'); return this._isNull; }
      get address() { guard(this, 'address'); return this._address; }
      get rowIndex() { guard(this, 'rowIndex'); return this._geo.row; }
      get columnIndex() { guard(this, 'columnIndex'); return this._geo.col; }
      get rowCount() { guard(this, 'rowCount'); return this._geo.rows; }
      get columnCount() { guard(this, 'columnCount'); return this._geo.cols; }
      get values() { guard(this, 'values'); return this._values; }
      get valueTypes() { guard(this, 'valueTypes'); return this._types; }
      get numberFormat() { guard(this, 'numberFormat'); return this._formats; }
      eachCell(fn) {
        const r = this.rect();
        const sheet = this.ws.sheet();
        for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(ensureCell(sheet, r.row + i, r.col + j), i, j);
      }
      set values(v) {
        this.context.enqueue(() => {
          const r = this.rect();
          if (!Array.isArray(v) || v.length !== r.rows || v.some((row) => row.length !== r.cols)) throw fail('InvalidArgument', 'values do not match the range size');
          this.eachCell((cell, i, j) => {
            const x = v[i][j];
            cell.v = x;
            cell.t = typeof x === 'number' ? 'Double' : typeof x === 'boolean' ? 'Boolean' : x === '' ? 'Empty' : 'String';
            // As in Excel: text that looks like a formula becomes one unless the cell is formatted as text.
            cell.formula = typeof x === 'string' && /^[=+\-@]/.test(x) && x.length > 1 && cell.f !== '@';
          });
          fireChanged(this.ws.sheet(), rectAddress(this.ws.sheet(), this.rect()));
        });
      }
      set numberFormat(v) {
        this.context.enqueue(() => {
          const r = this.rect();
          if (!Array.isArray(v) || v.length !== r.rows || v.some((row) => row.length !== r.cols)) throw fail('InvalidArgument', 'numberFormat does not match the range size');
          this.eachCell((cell, i, j) => (cell.f = v[i][j]));
        });
      }
      merge() {
        this.context.enqueue(() => this.ws.sheet().merges.push(this.rect()));
      }
      select() {
        this.context.enqueue(() => (state.selected = rectAddress(this.ws.sheet(), this.rect())));
      }
      getIntersection(other) {
        return new Range(this.context, this.ws, () => {
          const r = intersect(this.rect(), other.rect());
          if (!r) throw fail('InvalidArgument', 'no intersection');
          return r;
        });
      }
      getMergedAreasOrNullObject() {
        const self = this;
        const areas = { _loaded: false, items: [] };
        const result = {
          context: this.context,
          areas,
          load() {
            self.context.enqueue(() => {
              const r = self._rect();
              const list = r ? self.ws.sheet().merges.filter((m) => intersect(m, r)) : [];
              result._isNull = !list.length;
              areas.items = list.map((m) => ({ rowIndex: m.row, columnIndex: m.col, rowCount: m.rows, columnCount: m.cols }));
              result._loaded = true;
            });
            return result;
          },
          get isNullObject() {
            guard(result, 'isNullObject');
            return result._isNull;
          },
        };
        return result;
      }
      getCellProperties(opts) {
        const result = { _value: undefined };
        Object.defineProperty(result, 'value', { get() { if (result._value === undefined) throw fail('PropertyNotLoaded', 'value'); return result._value; } });
        this.context.enqueue(() => {
          const r = this.rect();
          const sheet = this.ws.sheet();
          this.context.cells += r.rows * r.cols;
          result._value = Array.from({ length: r.rows }, (_, i) =>
            Array.from({ length: r.cols }, (_, j) => {
              const c = cellAt(sheet, r.row + i, r.col + j);
              const format = {};
              if (opts.format && opts.format.font) format.font = { name: c ? c.font : 'Calibri' };
              if (opts.format && opts.format.fill) format.fill = c ? Object.assign({}, c.fill) : { color: '#FFFFFF', pattern: 'None' };
              return { format };
            }),
          );
        });
        return result;
      }
      getRowProperties(opts) {
        return this.lineProperties((r) => r.rows, (r, i) => r.row + i, () => this.ws.sheet().hiddenRows, opts.rowIndex && 'rowIndex', opts.rowHidden && 'rowHidden');
      }
      getColumnProperties(opts) {
        return this.lineProperties((r) => r.cols, (r, j) => r.col + j, () => this.ws.sheet().hiddenColumns, opts.columnIndex && 'columnIndex', opts.columnHidden && 'columnHidden');
      }
      /** Rows' or columns' index and hidden flag, as getRowProperties / getColumnProperties give them once synced. */
      lineProperties(count, indexOf, hiddenOf, indexKey, hiddenKey) {
        const result = { _value: undefined };
        Object.defineProperty(result, 'value', { get() { if (result._value === undefined) throw fail('PropertyNotLoaded', 'value'); return result._value; } });
        this.context.enqueue(() => {
          const r = this.rect();
          const hidden = hiddenOf() || new Set();
          result._value = Array.from({ length: count(r) }, (_, i) => {
            const p = {};
            if (indexKey) p[indexKey] = indexOf(r, i);
            if (hiddenKey) p[hiddenKey] = hidden.has(indexOf(r, i));
            return p;
          });
        });
        return result;
      }
      setCellProperties(props) {
        this.context.enqueue(() => {
          this.eachCell((cell, i, j) => {
            const fill = props[i] && props[i][j] && props[i][j].format && props[i][j].format.fill;
            if (!fill) return;
            // As in Excel: the properties given change, the others stay (a colour alone keeps the pattern).
            if (fill.pattern === 'None') cell.fill = { color: '#FFFFFF', pattern: 'None' };
            else {
              const next = Object.assign({}, cell.fill.pattern === 'None' ? { pattern: 'Solid' } : cell.fill);
              for (const k of ['color', 'pattern', 'patternColor', 'tintAndShade']) if (fill[k] !== undefined) next[k] = fill[k];
              cell.fill = next;
            }
          });
        });
      }
    }


    // Conditional formats, kept per sheet in priority order (index 0 is the top priority, as Excel's priority 0).
    // A custom rule's formula is not evaluated: every custom rule here is taken to hold, which is what the add-in's
    // own rules (a constant TRUE formula) do in Excel.
    function conditionalFormatObject(ctx, resolve) {
      const cf = { context: ctx, _loaded: false };
      const rule = { context: ctx };
      loadable(rule, () => (rule._formula = resolve().formula));
      Object.defineProperty(rule, 'formula', {
        get() { guard(rule, 'formula'); return rule._formula; },
        set(v) { ctx.enqueue(() => (resolve().formula = v)); },
      });
      const fill = {};
      Object.defineProperty(fill, 'color', { set(v) { ctx.enqueue(() => (resolve().fill = v)); } });
      const custom = { rule, format: { fill, font: {} } };
      Object.defineProperty(cf, 'custom', {
        get() {
          return custom;
        },
      });
      loadable(cf, () => {
        const x = resolve();
        cf._id = x.id;
        cf._type = x.type;
        cf._priority = x.sheet.cfs.indexOf(x);
      });
      Object.defineProperty(cf, 'id', { get() { guard(cf, 'id'); return cf._id; } });
      Object.defineProperty(cf, 'type', { get() { guard(cf, 'type'); return cf._type; } });
      Object.defineProperty(cf, 'priority', { get() { guard(cf, 'priority'); return cf._priority; } });
      cf.delete = () =>
        ctx.enqueue(() => {
          const x = resolve();
          const i = x.sheet.cfs.indexOf(x);
          if (i >= 0) x.sheet.cfs.splice(i, 1);
        });
      return cf;
    }
    function conditionalFormats(range) {
      const ctx = range.context;
      const coll = { context: ctx };
      loadable(coll, () => {
        const r = range.rect();
        const sheet = range.ws.sheet();
        coll._items = sheet.cfs.filter((x) => x.rects.some((q) => intersect(q, r))).map((x) => {
          const cf = conditionalFormatObject(ctx, () => x);
          cf._loaded = true;
          cf._id = x.id;
          cf._type = x.type;
          cf._priority = sheet.cfs.indexOf(x);
          return cf;
        });
      });
      Object.defineProperty(coll, 'items', { get() { guard(coll, 'items'); return coll._items; } });
      coll.add = (type) => {
        let created;
        ctx.enqueue(() => {
          const sheet = range.ws.sheet();
          created = { id: `{cf-${nextId++}}`, type, rects: [range.rect()], formula: undefined, fill: undefined, sheet };
          sheet.cfs.unshift(created);
        });
        return conditionalFormatObject(ctx, () => {
          if (!created) throw fail('ItemNotFound', 'conditional format not created yet');
          return created;
        });
      };
      coll.getCount = () => {
        const result = { value: undefined };
        ctx.enqueue(() => (result.value = range.ws.sheet().cfs.filter((x) => x.rects.some((q) => intersect(q, range.rect()))).length));
        return result;
      };
      coll.clearAll = () =>
        ctx.enqueue(() => {
          const sheet = range.ws.sheet();
          sheet.cfs = sheet.cfs.filter((x) => !x.rects.some((q) => intersect(q, range.rect())));
        });
      return coll;
    }

    function makeFormat(range) {
      const ctx = range.context;
      const setAll = (fn) => ctx.enqueue(() => range.eachCell(fn));
      const styleProxy = (apply) =>
        new Proxy({}, { set(_t, prop, value) { setAll((cell) => apply(cell, prop, value)); return true; } });
      const font = styleProxy((cell, prop, value) => (cell.style['font.' + prop] = value));
      const fill = {
        set color(v) { setAll((cell) => (cell.fill = { color: v, pattern: 'Solid' })); },
        clear() { setAll((cell) => (cell.fill = { color: '#FFFFFF', pattern: 'None' })); },
      };
      const borders = { getItem: (side) => styleProxy((cell, prop, value) => (cell.style['border.' + side + '.' + prop] = value)) };
      return new Proxy(
        { font, fill, borders },
        {
          get(t, prop) {
            return t[prop];
          },
          set(_t, prop, value) {
            if (prop === 'columnWidth') ctx.enqueue(() => { const r = range.rect(); for (let j = 0; j < r.cols; j++) range.ws.sheet().widths[r.col + j] = value; });
            else if (prop === 'rowHeight') ctx.enqueue(() => { const r = range.rect(); for (let i = 0; i < r.rows; i++) range.ws.sheet().heights[r.row + i] = value; });
            else setAll((cell) => (cell.style[prop] = value));
            return true;
          },
        },
      );
    }

    const Excel = {
      CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
      /** ExcelApi 1.8: opens a new workbook from a base64 .xlsx (no batch: the host does it at once). */
      createWorkbook(base64) {
        if (!versionAtLeast(api, '1.8')) return Promise.reject(fail('ApiNotFound', 'createWorkbook'));
        if (base64 !== undefined && (typeof base64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64))) return Promise.reject(fail('InvalidArgument', 'not base64'));
        return new Promise((resolve) => setTimeout(() => (state.createdWorkbooks.push(base64 || ''), resolve()), 0));
      },
      run(a, b) {
        const options = typeof a === 'function' ? {} : a;
        const batch = typeof a === 'function' ? a : b;
        const ctx = new Context();
        const run = { options, syncsBefore: state.syncs };
        state.runs.push(run);
        return Promise.resolve()
          .then(() => batch(ctx))
          .finally(() => (run.syncs = state.syncs - run.syncsBefore));
      },
    };

    const settingsApi = {
      get: (k) => (k in state.settings ? JSON.parse(JSON.stringify(state.settings[k])) : null),
      set: (k, v) => (state.settings[k] = JSON.parse(JSON.stringify(v))),
      remove: (k) => delete state.settings[k],
      saveAsync: (cb) => setTimeout(() => cb && cb({ status: 'succeeded' }), 0),
    };
    const Office = {
      HostType: { Excel: 'Excel', Word: 'Word' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      onReady(cb) {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        if (cb) cb(info);
        return Promise.resolve(info);
      },
      context: {
        requirements: {
          isSetSupported(name, version) {
            if (name === 'ExcelApi') return versionAtLeast(api, version || '1.1');
            if (name === 'CustomFunctionsRuntime') return versionAtLeast('1.3', version || '1.1');
            if (name === 'SharedRuntime') return versionAtLeast('1.1', version || '1.1');
            return false;
          },
        },
        document: { settings: settingsApi },
      },
    };

    class CFError extends Error {
      constructor(code, message) {
        super(message || code);
        this.code = code;
      }
    }
    const CustomFunctions = {
      associate(id, fn) {
        if (typeof id === 'object') Object.assign(state.functions, id);
        else state.functions[id] = fn;
      },
      Error: CFError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
    };

    /** Test helpers: what a user would do, and what a test wants to see. */
    state.edit = function (sheetName, row, col, value) {
      const sheet = findSheet(sheetName);
      const cell = ensureCell(sheet, row - 1, col - 1);
      cell.v = value;
      cell.t = typeof value === 'number' ? 'Double' : value === '' ? 'Empty' : 'String';
      fireChanged(sheet, `${colLetter(col - 1)}${row}`);
    };
    state.sheetNames = () => state.sheets.map((s) => s.name);
    /** The fill a user sees: the top conditional format covering the cell with a fill, else the cell's own fill. */
    function shownFill(sheet, r, c, own) {
      const cf = sheet.cfs.find((x) => x.fill && x.rects.some((q) => r >= q.row && r < q.row + q.rows && c >= q.col && c < q.col + q.cols));
      return cf ? cf.fill : own;
    }
    /** Rows moved as Excel moves them on an insert or a delete: cells, fills, hidden rows, merges, conditional formats. */
    function shiftRows(sheet, at, delta) {
      const moved = new Map();
      for (const [k, cell] of sheet.cells) {
        const [r, c] = k.split(',').map(Number);
        if (delta < 0 && r >= at && r < at - delta) continue;
        moved.set(`${r >= at ? r + delta : r},${c}`, cell);
      }
      sheet.cells = moved;
      sheet.hiddenRows = new Set([...sheet.hiddenRows].filter((r) => delta > 0 || r < at || r >= at - delta).map((r) => (r >= at ? r + delta : r)));
      const shiftRect = (q) => {
        const bottom = q.row + q.rows;
        if (delta > 0) {
          if (q.row >= at) return Object.assign({}, q, { row: q.row + delta });
          if (bottom > at) return Object.assign({}, q, { rows: q.rows + delta });
          return q;
        }
        const gone = -delta;
        const top = q.row < at ? q.row : Math.max(at, q.row - gone);
        const rowsLeft = q.rows - Math.max(0, Math.min(bottom, at + gone) - Math.max(q.row, at));
        return rowsLeft > 0 ? Object.assign({}, q, { row: q.row >= at + gone ? q.row - gone : top, rows: rowsLeft }) : null;
      };
      sheet.merges = sheet.merges.map(shiftRect).filter(Boolean);
      for (const cf of sheet.cfs) cf.rects = cf.rects.map(shiftRect).filter(Boolean);
      sheet.cfs = sheet.cfs.filter((cf) => cf.rects.length);
    }
    state.insertRows = function (sheetName, row, count) {
      const sheet = findSheet(sheetName);
      shiftRows(sheet, row - 1, count || 1);
      for (const h of state.handlers.changed) h({ worksheetId: sheet.id, address: `${row}:${row + (count || 1) - 1}`, changeType: 'RowInserted', source: 'Local' });
    };
    state.deleteRows = function (sheetName, row, count) {
      const sheet = findSheet(sheetName);
      shiftRows(sheet, row - 1, -(count || 1));
      for (const h of state.handlers.changed) h({ worksheetId: sheet.id, address: `${row}:${row + (count || 1) - 1}`, changeType: 'RowDeleted', source: 'Local' });
    };
    /** Sorts rows first..last by a column's values: cells and their fills move, conditional formats stay (as in Excel). */
    state.sortRows = function (sheetName, first, last, col, descending) {
      const sheet = findSheet(sheetName);
      const rows = [];
      for (let r = first - 1; r < last; r++) {
        const cells = new Map();
        for (const [k, cell] of sheet.cells) {
          const [rr, c] = k.split(',').map(Number);
          if (rr === r) cells.set(c, cell);
        }
        rows.push(cells);
      }
      const key = (m) => String(m.get(col - 1) ? m.get(col - 1).v : '');
      rows.sort((a, b) => (descending ? -1 : 1) * key(a).localeCompare(key(b), undefined, { numeric: true }));
      for (const k of [...sheet.cells.keys()]) if (Number(k.split(',')[0]) >= first - 1 && Number(k.split(',')[0]) < last) sheet.cells.delete(k);
      rows.forEach((m, i) => m.forEach((cell, c) => sheet.cells.set(`${first - 1 + i},${c}`, cell)));
      for (const h of state.handlers.changed) h({ worksheetId: sheet.id, address: `${first}:${last}`, changeType: 'RangeEdited', source: 'Local' });
    };
    /** The user sets a cell's fill (pattern 'Solid' unless given). */
    state.setFill = function (sheetName, row, col, color, pattern) {
      const cell = ensureCell(findSheet(sheetName), row - 1, col - 1);
      cell.fill = color ? Object.assign({ color, pattern: pattern || 'Solid' }, pattern && pattern !== 'Solid' ? { patternColor: '#000000' } : {}) : { color: '#FFFFFF', pattern: 'None' };
    };
    state.hideRows = function (sheetName, rows, hidden) {
      const sheet = findSheet(sheetName);
      for (const r of rows) {
        if (hidden === false) sheet.hiddenRows.delete(r - 1);
        else sheet.hiddenRows.add(r - 1);
      }
      for (const h of state.handlers.rowHiddenChanged || []) h({ worksheetId: sheet.id, address: rows.map((r) => `${r}:${r}`).join(','), changeType: hidden === false ? 'Unhidden' : 'Hidden', source: 'Local' });
    };
    state.hideSheet = function (sheetName) {
      findSheet(sheetName).visibility = 'Hidden';
    };
    state.renameSheet = function (oldName, newName) {
      const sheet = findSheet(oldName);
      sheet.name = newName;
      for (const h of state.handlers.nameChanged || []) h({ worksheetId: sheet.id, nameBefore: oldName, nameAfter: newName, source: 'Local' });
    };
    state.addSheet = function (name, rows) {
      const sheet = newSheet(name);
      (rows || []).forEach((row, r) => row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ensureCell(sheet, r, c);
        cell.v = v;
        cell.t = typeof v === 'number' ? 'Double' : v === '' ? 'Empty' : 'String';
      }));
      state.sheets.push(sheet);
      for (const h of state.handlers.added) h({ worksheetId: sheet.id });
      return sheet.id;
    };
    state.deleteSheet = function (name) {
      const sheet = findSheet(name);
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      for (const h of state.handlers.deleted) h({ worksheetId: sheet.id });
    };
    state.conditionalFormats = function (sheetName) {
      const sheet = findSheet(sheetName);
      return sheet ? sheet.cfs.map((x) => ({ id: x.id, type: x.type, formula: x.formula, fill: x.fill, addresses: x.rects.map((q) => rectAddress(sheet, q)) })) : [];
    };
    state.cell = function (sheetName, row, col) {
      const sheet = findSheet(sheetName);
      const c = sheet && cellAt(sheet, row - 1, col - 1);
      if (!c) return null;
      const fill = c.fill.pattern === 'None' ? null : c.fill.color;
      return { value: c.v, type: c.t, format: c.f, formula: Boolean(c.formula), fill, pattern: c.fill.pattern, shown: shownFill(sheet, row - 1, col - 1, fill), style: c.style };
    };
    state.sheetInfo = function (sheetName) {
      const s = findSheet(sheetName);
      return s ? { id: s.id, name: s.name, merges: s.merges.length, widths: Object.keys(s.widths).length, frozenRows: s.frozenRows, page: Object.assign({}, s.page), printTitles: s.printTitles, pageBreaks: s.pageBreaks || [], heights: Object.assign({}, s.heights), cells: s.cells.size } : null;
    };
    state.textOf = function (sheetName) {
      const s = findSheet(sheetName);
      return s ? [...s.cells.values()].map((c) => String(c.v)).filter(Boolean) : [];
    };

    return { Office, Excel, CustomFunctions, state };
  }

  function install(seed) {
    const fake = createFakeExcel(seed);
    root.Office = fake.Office;
    root.Excel = fake.Excel;
    root.CustomFunctions = fake.CustomFunctions;
    root.__fakeExcel = fake.state;
    return fake;
  }

  if (typeof module !== 'undefined' && module.exports) module.exports = { createFakeExcel, install };
  else root.__installFakeOffice = install;
})(typeof globalThis !== 'undefined' ? globalThis : this);
