// The preview page: edit one report's data, see the official page as it will print, download it.
//
// One piece of state — the report JSON exactly as the API takes it — drives everything. The form
// is drawn from it; every control carries the JSON Pointer of the value it edits (data-pointer),
// so a violation the server reports at /parts/0/sections/1/title lands next to that very input.
// No framework and no build step: this file is served as is by the jar.

const API = '/api/v1';
const PDFJS = '/webjars/pdfjs-dist/build/';
const REFRESH_DELAY_MS = 700;           // re-render once typing has paused this long

const PART_ROLES = [
  ['measures', '主要举措和成效'],
  ['shortcomings', '存在的不足和原因'],
  ['leadership', '第一责任人履职情况'],
  ['plans', '下一年度主要安排'],
  ['other', '其他需要报告的情况'],
  ['custom', '自定义'],
];
const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级'];

/** The number the template will print, so the form reads like the page: 一、（一）1.（1）. */
function chineseNumber(n) {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
  return String(n);
}
const NUMBERING = [null, (n) => chineseNumber(n) + '、', (n) => `（${chineseNumber(n)}）`, (n) => `${n}.`, (n) => `（${n}）`];

let state = null;          // the report being edited
let currentName = 'report';
let refreshTimer = null;
let refreshSeq = 0;        // newer requests win; older answers are dropped
let inFlight = null;       // AbortController of the running preview request
let pdfjs = null;
let lastPdf = null;        // the last good PDF, redrawn when the window changes size

const $ = (sel) => document.querySelector(sel);

// ---------------------------------------------------------------- JSON Pointer (RFC 6901)

function ptrTokens(ptr) {
  if (!ptr) return [];
  return ptr.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function ptrJoin(base, ...tokens) {
  return base + tokens.map((t) => '/' + String(t).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function ptrGet(obj, ptr) {
  let cur = obj;
  for (const t of ptrTokens(ptr)) {
    if (cur == null) return undefined;
    cur = cur[t];
  }
  return cur;
}

/** Sets a value, creating objects on the way; undefined removes the key (the API's default applies). */
function ptrSet(obj, ptr, value) {
  const tokens = ptrTokens(ptr);
  let cur = obj;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (cur[tokens[i]] == null) cur[tokens[i]] = /^\d+$/.test(tokens[i + 1]) ? [] : {};
    cur = cur[tokens[i]];
  }
  const last = tokens[tokens.length - 1];
  if (value === undefined && !Array.isArray(cur)) delete cur[last];
  else cur[last] = value;
}

// ---------------------------------------------------------------- small DOM helpers

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v === true) e.setAttribute(k, '');
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c == null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function notice(text, kind = 'info') {
  const n = $('#notice');
  n.textContent = text;
  n.className = 'notice ' + kind;
  n.hidden = !text;
}

/** Every edit goes through here: the data changed, the preview follows shortly. */
function changed() {
  if (!$('#json-pane').hidden) $('#json-text').value = JSON.stringify(state, null, 2);
  scheduleRefresh();
}

// A reload or a closed tab must not cost an afternoon's typing: the data is kept in the browser
// and offered back on the next visit.
const DRAFT_KEY = 'hongtou.draft';

function keepDraft() {
  try {
    if (state) localStorage.setItem(DRAFT_KEY, JSON.stringify({ name: currentName, report: state }));
  } catch { /* storage full or disabled: the draft is a convenience */ }
}

function offerDraft() {
  let draft = null;
  try { draft = JSON.parse(localStorage.getItem(DRAFT_KEY) || 'null'); } catch { /* unreadable: ignore */ }
  if (!draft || !draft.report) return;
  const r = draft.report;
  const n = $('#notice');
  n.replaceChildren(`上次编辑的“${[r.authority, r.year ? r.year + '年' : ''].filter(Boolean).join(' ') || draft.name}”还在浏览器中。 `,
    el('button', { type: 'button', id: 'restore-draft', onclick: () => { setReport(r, draft.name); notice(''); } }, '恢复上次的编辑'));
  n.className = 'notice info';
  n.hidden = false;
}

// ---------------------------------------------------------------- form fields

/** A wrapper that holds a label, the control and room for messages about it. */
function field(label, pointer, control, hint) {
  control.dataset.pointer = pointer;
  return el('div', { class: 'field', dataset: { field: pointer } },
    el('label', {}, label, control),
    hint ? el('div', { class: 'hint' }, hint) : null,
    el('div', { class: 'msgs' }));
}

function textInput(label, pointer, { placeholder, multiline, hint, type } = {}) {
  const value = ptrGet(state, pointer);
  const control = multiline
    ? el('textarea', { rows: 3, placeholder })
    : el('input', { type: type || 'text', placeholder });
  control.value = value == null ? '' : String(value);
  control.addEventListener('input', () => {
    let v = control.value;
    if (type === 'number') v = v === '' ? undefined : Number(v);
    else if (v === '') v = undefined;          // blank means "use the default", not an empty string
    ptrSet(state, pointer, v);
    changed();
  });
  return field(label, pointer, control, hint);
}

function checkbox(label, pointer) {
  const control = el('input', { type: 'checkbox' });
  control.checked = !!ptrGet(state, pointer);
  control.addEventListener('change', () => { ptrSet(state, pointer, control.checked); changed(); });
  control.dataset.pointer = pointer;
  return el('div', { class: 'field inline', dataset: { field: pointer } },
    el('label', {}, control, label), el('div', { class: 'msgs' }));
}

function select(label, pointer, options, fallback) {
  const control = el('select', {}, options.map(([v, text]) => el('option', { value: v }, text)));
  control.value = ptrGet(state, pointer) ?? fallback ?? options[0][0];
  control.addEventListener('change', () => { ptrSet(state, pointer, control.value); changed(); });
  return field(label, pointer, control);
}

/** Move/remove buttons for item i of the array at arrayPtr; structural edits redraw the form. */
function itemTools(arrayPtr, i, what) {
  const arr = () => ptrGet(state, arrayPtr);
  const move = (d) => {
    const a = arr(); const j = i + d;
    if (j < 0 || j >= a.length) return;
    [a[i], a[j]] = [a[j], a[i]];
    redraw();
  };
  return el('span', { class: 'tools' },
    el('button', { type: 'button', title: '上移' + what, 'aria-label': '上移' + what, onclick: () => move(-1), disabled: i === 0 }, '↑'),
    el('button', { type: 'button', title: '下移' + what, 'aria-label': '下移' + what, onclick: () => move(1), disabled: i === arr().length - 1 }, '↓'),
    el('button', { type: 'button', class: 'danger', title: '删除' + what, 'aria-label': '删除' + what,
      onclick: () => { arr().splice(i, 1); redraw(); } }, '✕'));
}

/** An editable list of strings (recipients, paragraphs, …): one input per item. */
function stringList(label, pointer, { multiline, itemName = '一项', placeholder } = {}) {
  const items = Array.isArray(ptrGet(state, pointer)) ? ptrGet(state, pointer) : [];
  const box = el('div', { class: 'list', dataset: { pointer } });
  items.forEach((value, i) => {
    const p = ptrJoin(pointer, i);
    const control = multiline ? el('textarea', { rows: 3, placeholder }) : el('input', { type: 'text', placeholder });
    control.value = value ?? '';
    control.dataset.pointer = p;
    control.addEventListener('input', () => { items[i] = control.value; changed(); });
    if (multiline) autoGrow(control);
    box.append(el('div', { class: 'list-item field', dataset: { field: p } },
      el('div', { class: 'row' }, control, itemTools(pointer, i, itemName)), el('div', { class: 'msgs' })));
  });
  const add = () => {
    if (!Array.isArray(ptrGet(state, pointer))) ptrSet(state, pointer, []);
    const list = ptrGet(state, pointer);
    list.push('');
    redraw((p) => p === ptrJoin(pointer, list.length - 1));
  };
  box.append(el('button', { type: 'button', class: 'add', onclick: add },
    '＋ 添加' + itemName));
  return el('fieldset', { class: 'field group-list', dataset: { field: pointer } },
    el('legend', {}, label), el('div', { class: 'msgs' }), box);
}

function autoGrow(ta) {
  const fit = () => { ta.style.height = 'auto'; ta.style.height = Math.min(ta.scrollHeight + 2, 600) + 'px'; };
  ta.addEventListener('input', fit);
  requestAnimationFrame(fit);
}

/** A fieldset for an optional object (版头, 署名, 版记): a checkbox turns it on and off. */
function optionalGroup(legend, pointer, onLabel, makeEmpty, body) {
  const present = ptrGet(state, pointer) != null;
  const toggle = el('input', { type: 'checkbox' });
  toggle.checked = present;
  toggle.dataset.pointer = pointer;
  toggle.addEventListener('change', () => {
    ptrSet(state, pointer, toggle.checked ? makeEmpty() : undefined);
    redraw();
  });
  return el('fieldset', { class: 'card field', dataset: { field: pointer } },
    el('legend', {}, legend),
    el('label', { class: 'toggle' }, toggle, onLabel),
    el('div', { class: 'msgs' }),
    present ? body() : null);
}

// ---------------------------------------------------------------- the form

function drawForm() {
  const form = $('#form');
  form.replaceChildren();
  if (!state) {
    form.append(el('p', { class: 'hint' }, '请先在上方选择一个样例并点“载入样例”，或打开以前保存的 JSON。'));
    return;
  }
  form.append(
    el('fieldset', { class: 'card' }, el('legend', {}, '基本信息'),
      el('div', { class: 'grid' },
        textInput('发文机关', '/authority', { placeholder: '如：木叶乡人民政府' }),
        textInput('报告年度', '/year', { type: 'number' }),
        templateSelect()),
      textInput('标题', '/title', {
        // What the template derives when the title is left out (see the schema's description).
        placeholder: state.authority && state.year ? `${state.authority}关于${state.year}年法治政府建设情况的报告` : '',
        hint: '留空则按发文机关和年度自动生成',
      })),

    optionalGroup('版头（红头）', '/header', '带红色版头（公开发布的版本可不带）',
      () => ({ number: '', signers: [''] }),
      () => el('div', {},
        el('div', { class: 'grid' },
          textInput('发文字号', '/header/number', { placeholder: '如：木政〔2024〕3号' }),
          textInput('份号', '/header/copyNumber', { placeholder: '六位数字，可空' }),
          textInput('密级和保密期限', '/header/secrecy', { placeholder: '可空' }),
          textInput('紧急程度', '/header/urgency', { placeholder: '可空' }),
          textInput('标志后缀', '/header/markSuffix', { placeholder: '默认“文件”' })),
        stringList('发文机关标志（联合行文时多个）', '/header/authorities', { itemName: '机关', placeholder: '留空表示用发文机关' }),
        stringList('签发人', '/header/signers', { itemName: '签发人' }))),

    el('fieldset', { class: 'card' }, el('legend', {}, '主送机关与开头'),
      stringList('主送机关', '/recipients', { itemName: '主送机关' }),
      stringList('开头段落', '/opening', { multiline: true, itemName: '段落' })),

    drawParts(),

    el('fieldset', { class: 'card' }, el('legend', {}, '结尾与附件'),
      stringList('结尾段落', '/closing', { multiline: true, itemName: '段落', placeholder: '如：特此报告。' }),
      stringList('附件', '/attachments', { itemName: '附件' })),

    optionalGroup('署名与日期', '/signature', '落款（发文机关署名、成文日期）',
      () => ({ sealed: false }),
      () => el('div', { class: 'grid' },
        textInput('署名机关', '/signature/authority', { placeholder: '留空表示发文机关' }),
        textInput('成文日期', '/signature/date', { type: 'date' }),
        checkbox('加盖印章', '/signature/sealed'))),

    el('fieldset', { class: 'card' }, el('legend', {}, '附注'),
      textInput('附注', '/note', { placeholder: '不带括号，如：此件公开发布' })),

    optionalGroup('版记', '/colophon', '带版记（抄送、印发机关和印发日期）',
      () => ({ printer: '' }),
      () => el('div', {},
        stringList('抄送', '/colophon/cc', { itemName: '抄送机关' }),
        el('div', { class: 'grid' },
          textInput('印发机关', '/colophon/printer', { placeholder: '如：木叶乡党政办公室' }),
          textInput('印发日期', '/colophon/printDate', { type: 'date', hint: '留空则同成文日期' })))),
  );
  form.querySelectorAll('textarea').forEach(autoGrow);
}

let templates = [];

function templateSelect() {
  const options = templates.length ? templates : [['fazhi-report', 'fazhi-report']];
  return select('模板', '/template', options);
}

function drawParts() {
  if (!Array.isArray(state.parts)) state.parts = [];   // the one list every report has
  const box = el('fieldset', { class: 'card parts field', dataset: { field: '/parts' } },
    el('legend', {}, '正文（部分与小节）'), el('div', { class: 'msgs' }));
  state.parts.forEach((part, i) => {
    const p = ptrJoin('/parts', i);
    box.append(el('div', { class: 'part field', dataset: { field: p } },
      el('div', { class: 'part-head' },
        el('strong', {}, `${NUMBERING[1](i + 1)} 第${i + 1}部分`), itemTools('/parts', i, '本部分')),
      el('div', { class: 'msgs' }),
      el('div', { class: 'grid role-heading' },
        select('类型', ptrJoin(p, 'role'), PART_ROLES, 'custom'),   // the model's default role
        textInput('标题', ptrJoin(p, 'heading'), { placeholder: '留空则按类型和年度自动生成' })),
      stringList('段落', ptrJoin(p, 'paragraphs'), { multiline: true, itemName: '段落' }),
      drawSections(ptrJoin(p, 'sections'), 2)));
  });
  box.append(el('button', { type: 'button', class: 'add', onclick: () => {
    state.parts.push({ role: 'custom', heading: '', paragraphs: [''] });
    redraw((p) => p === ptrJoin('/parts', state.parts.length - 1, 'heading'));
  } }, '＋ 添加部分'));
  return box;
}

/** Sections nest: level 2 （一）, level 3 1., level 4 （1）. */
function drawSections(pointer, level) {
  const sections = Array.isArray(ptrGet(state, pointer)) ? ptrGet(state, pointer) : [];
  const box = el('div', { class: 'sections level-' + level, dataset: { pointer } });
  sections.forEach((s, i) => {
    const p = ptrJoin(pointer, i);
    box.append(el('div', { class: 'section field', dataset: { field: p } },
      el('div', { class: 'part-head' }, el('span', {}, `${NUMBERING[level](i + 1)} ${LEVEL_NAMES[level]}小节`), itemTools(pointer, i, '本小节')),
      el('div', { class: 'msgs' }),
      textInput('小节标题', ptrJoin(p, 'title')),
      checkbox('标题与第一段连排（如“（一）加强组织领导。正文……”）', ptrJoin(p, 'runIn')),
      stringList('段落', ptrJoin(p, 'paragraphs'), { multiline: true, itemName: '段落' }),
      level < 4 ? drawSections(ptrJoin(p, 'sections'), level + 1) : null));
  });
  box.append(el('button', { type: 'button', class: 'add', onclick: () => {
    if (!Array.isArray(ptrGet(state, pointer))) ptrSet(state, pointer, []);
    const list = ptrGet(state, pointer);
    list.push({ title: '', runIn: true, paragraphs: [''] });
    redraw((p) => p === ptrJoin(pointer, list.length - 1, 'title'));
  } }, `＋ 添加${LEVEL_NAMES[level]}小节`));
  return box;
}

/** Redraws after a structural edit, keeping the scroll position and the messages. */
function redraw(focusPointer) {
  const scroller = $('.editor');
  const top = scroller.scrollTop;
  drawForm();
  scroller.scrollTop = top;
  showMessages(lastMessages);
  if (typeof focusPointer === 'function') {
    const target = [...document.querySelectorAll('#form [data-pointer]')].find((e) => focusPointer(e.dataset.pointer));
    if (target) target.focus();
  }
  changed();
}

// ---------------------------------------------------------------- messages next to fields

let lastMessages = [];

/** Normalises the API's violation/finding objects into {pointer, zh, en, severity}. */
function normalise(v, severity) {
  if (typeof v === 'string') return { pointer: '', zh: v, en: '', severity };
  const msg = v.message;
  return {
    pointer: v.pointer ?? v.jsonPointer ?? v.path ?? v.field ?? '',
    zh: v.messageZh ?? v.zh ?? (msg && typeof msg === 'object' ? msg.zh : null) ?? v.detail ?? msg ?? v.code ?? '',
    en: v.messageEn ?? v.en ?? (msg && typeof msg === 'object' ? msg.en : null) ?? '',
    severity: (v.severity || severity || 'error').toString().toLowerCase(),
    code: v.code ?? v.rule ?? '',
  };
}

function showMessages(all) {
  // The check and the render report the same finding: show it once.
  const seen = new Set();
  const messages = all.filter((m) => {
    const key = [m.pointer, m.code, m.zh].join('\u0000');
    return !seen.has(key) && seen.add(key);
  });
  lastMessages = messages;
  document.querySelectorAll('#form .msgs').forEach((m) => m.replaceChildren());
  document.querySelectorAll('#form .has-error, #form .has-warning').forEach((e) => e.classList.remove('has-error', 'has-warning'));
  const general = [];
  for (const m of messages) {
    const target = findField(m.pointer);
    const line = el('div', { class: 'msg ' + severityClass(m.severity), dataset: { pointer: m.pointer || '' }, title: m.en || '' }, m.zh);
    if (target) {
      target.querySelector(':scope > .msgs').append(line);
      const control = target.querySelector(`[data-pointer="${CSS.escape(m.pointer)}"]`);
      if (control) control.classList.add(severityClass(m.severity) === 'error' ? 'has-error' : 'has-warning');
    } else {
      general.push(el('div', { class: 'msg ' + severityClass(m.severity), title: m.en || '' },
        m.pointer ? el('code', {}, m.pointer + ' ') : null, m.zh));
    }
  }
  $('#general-messages').replaceChildren(...general);
}

/** Scrolls the form to the first flagged field, errors before warnings. */
function showFirstProblem() {
  const first = document.querySelector('#form .msg.error') || document.querySelector('#form .msg.warning');
  if (!first) return;
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const control = first.closest('.field')?.querySelector('[data-pointer]');
  if (control) control.focus({ preventScroll: true });
}

function severityClass(s) {
  return s === 'error' || s === 'fatal' ? 'error' : s === 'info' ? 'info' : 'warning';
}

/** The field wrapper for a pointer, or for the nearest enclosing value that has one. */
function findField(pointer) {
  if (pointer == null) return null;
  let p = pointer;
  for (;;) {
    const f = document.querySelector(`#form [data-field="${CSS.escape(p)}"]`);
    if (f) return f;
    if (p === '') return null;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** Glyph warnings name a character the font lacks; point at every field whose text holds it. */
function placeGlyphWarning(w) {
  if (w.pointer || !/glyph|font/i.test(w.code)) return [w];
  const quoted = (w.zh.match(/[“「‘"]([^”」’"])[”」’"]/u) || w.en.match(/["'“]([^"'”])["'”]/u) || [])[1];
  const codepoint = (w.zh + ' ' + w.en).match(/U\+([0-9A-Fa-f]{4,6})/);
  const ch = w.character ?? quoted ?? (codepoint ? String.fromCodePoint(parseInt(codepoint[1], 16)) : null);
  if (!ch) return [w];
  const hits = [];
  walk(state, '', (ptr, value) => { if (typeof value === 'string' && value.includes(ch)) hits.push({ ...w, pointer: ptr }); });
  return hits.length ? hits : [w];
}

function walk(value, ptr, fn) {
  fn(ptr, value);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, ptrJoin(ptr, i), fn));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, ptrJoin(ptr, k), fn));
}

function parseWarningsHeader(h) {
  if (!h) return [];
  let text = h;
  try { text = decodeURIComponent(h); } catch { /* not encoded */ }
  try {
    const j = JSON.parse(text);
    return (Array.isArray(j) ? j : j.warnings || [j]).map((w) => normalise(w, 'warning'));
  } catch {
    return text.split(/\s*[;\n]\s*/).filter(Boolean).map((s) => normalise(s, 'warning'));
  }
}

async function problemMessages(res) {
  let body = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  if (!body) return [normalise(`服务器返回 ${res.status}`, 'error')];
  const out = [
    ...(body.errors ?? body.violations ?? []).map((v) => normalise(v, 'error')),
    ...(body.warnings ?? []).map((v) => normalise(v, 'warning')),
  ];
  if (!out.some((m) => m.severity === 'error')) {
    out.unshift(normalise(body.detailZh || body.titleZh || body.detail || body.title || `服务器返回 ${res.status}`, 'error'));
  }
  return out;
}

// ---------------------------------------------------------------- preview

function scheduleRefresh() {
  clearTimeout(refreshTimer);
  keepDraft();
  setStatus('有修改，稍后更新预览…', 'pending');
  refreshTimer = setTimeout(refresh, REFRESH_DELAY_MS);
}

function setStatus(text, kind) {
  const s = $('#preview-status');
  s.textContent = text;
  s.dataset.state = kind;
}

async function refresh() {
  if (!state) return;
  const seq = ++refreshSeq;
  if (inFlight) inFlight.abort();
  inFlight = new AbortController();
  const body = JSON.stringify(state);
  setStatus('正在排版…', 'busy');
  const opts = { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/pdf, application/problem+json' }, body, signal: inFlight.signal };
  try {
    const [previewRes, checks] = await Promise.all([
      fetch(`${API}/reports/preview`, opts),
      runChecks(body, inFlight.signal),
    ]);
    if (seq !== refreshSeq) return;
    if (!previewRes.ok) {
      const problems = await problemMessages(previewRes);
      showMessages([...problems, ...checks]);
      const errors = lastMessages.filter((m) => m.severity === 'error').length;
      setStatus(`有 ${errors} 处错误，预览未更新`, 'error');
      return;
    }
    const warnings = parseWarningsHeader(previewRes.headers.get('X-Hongtou-Warnings')).flatMap(placeGlyphWarning);
    const bytes = new Uint8Array(await previewRes.arrayBuffer());
    if (seq !== refreshSeq) return;
    lastPdf = bytes.slice();   // pdf.js takes ownership of the buffer it is given
    const pages = await renderPdf(bytes, seq);
    if (seq !== refreshSeq) return;
    const messages = [...checks, ...warnings];
    showMessages(messages);
    showWarningsSummary(messages);
    const pc = $('#page-count');
    pc.textContent = `共 ${pages} 页`;
    pc.dataset.pages = String(pages);
    setStatus(lastMessages.length ? `已更新 · ${lastMessages.length} 条提示` : '已更新', 'ok');
  } catch (e) {
    if (e.name === 'AbortError') return;
    if (seq !== refreshSeq) return;
    setStatus('预览失败：' + e.message, 'error');
  }
}

/** The checks (structure, years, punctuation, figures) are advice: failing to fetch them is no error. */
async function runChecks(body, signal) {
  try {
    const res = await fetch(`${API}/reports/check`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, signal });
    if (res.status === 404 || res.status === 405) return [];
    const j = await res.json().catch(() => null);
    if (!j) return [];
    return [
      ...(j.errors ?? []).map((v) => normalise(v, 'error')),
      ...(j.warnings ?? []).map((v) => normalise(v, 'warning')),
    ];
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    return [];
  }
}

function showWarningsSummary(messages) {
  const box = $('#preview-warnings');
  box.replaceChildren();
  const glyphs = messages.filter((m) => /glyph|字形|字体|缺字/i.test(m.code + m.zh));
  if (glyphs.length) box.append(el('div', { class: 'msg warning' }, `字体提示 ${glyphs.length} 条，见左侧对应栏目。`));
}

async function loadPdfjs() {
  if (!pdfjs) {
    pdfjs = await import(PDFJS + 'pdf.min.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = PDFJS + 'pdf.worker.min.mjs';
  }
  return pdfjs;
}

/** Draws every page into fresh canvases, then swaps them in at once so the view never flickers. */
async function renderPdf(bytes, seq) {
  const lib = await loadPdfjs();
  const doc = await lib.getDocument({
    data: bytes,
    cMapUrl: '/webjars/pdfjs-dist/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: '/webjars/pdfjs-dist/standard_fonts/',
  }).promise;
  try {
    const container = $('#preview-pages');
    // Leave room for the scroll bar that appears once the pages are in.
    const width = Math.max(300, container.clientWidth - 24 - 16);
    const ratio = window.devicePixelRatio || 1;
    const canvases = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (seq !== refreshSeq) return doc.numPages;
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (width / base.width) * ratio });
      const canvas = el('canvas', { class: 'page', 'aria-label': `第 ${n} 页`, dataset: { page: n } });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = Math.floor(viewport.width / ratio) + 'px';
      await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
      canvases.push(el('figure', {}, canvas, el('figcaption', {}, `第 ${n} 页 / 共 ${doc.numPages} 页`)));
    }
    if (seq !== refreshSeq) return doc.numPages;
    const top = container.scrollTop;
    container.replaceChildren(...canvases);
    container.scrollTop = top;
    container.dataset.renderSeq = String(Number(container.dataset.renderSeq || 0) + 1);
    return doc.numPages;
  } finally {
    doc.destroy();
  }
}

// ---------------------------------------------------------------- loading and saving

/** null means "the default" in the model, but the schema takes no nulls: drop them on load. */
function pruneNulls(value) {
  if (Array.isArray(value)) return value.map(pruneNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, pruneNulls(v)]));
  }
  return value;
}

function setReport(report, name) {
  $('#import-changes').hidden = true;
  state = pruneNulls(report);
  currentName = name || baseName();
  lastMessages = [];
  drawForm();
  showMessages([]);
  $('#json-text').value = JSON.stringify(state, null, 2);
  $('#json-error').hidden = true;
  scheduleRefresh();
}

function baseName() {
  if (!state) return 'report';
  return [state.authority, state.year ? state.year + '年' : '', '法治政府建设情况报告'].filter(Boolean).join('');
}

async function loadSamples() {
  const sel = $('#sample-select');
  try {
    const res = await fetch(`${API}/samples`);
    const list = res.ok ? await res.json() : [];
    sel.replaceChildren(...list.map((s) => el('option', { value: s.name },
      [s.authority, s.year ? s.year + '年' : null].filter(Boolean).join(' ') || s.name)));
    if (!list.length) sel.append(el('option', { value: '' }, '（没有样例）'));
  } catch {
    sel.replaceChildren(el('option', { value: '' }, '（样例载入失败）'));
  }
}

async function loadTemplates() {
  try {
    const res = await fetch(`${API}/templates`);
    if (!res.ok) return;
    const j = await res.json();
    const list = Array.isArray(j) ? j : j.templates ?? [];
    templates = list.map((t) => typeof t === 'string' ? [t, t]
      : [t.name ?? t.id, [t.name ?? t.id, t.title ?? t.description ?? t.label].filter(Boolean).join(' — ')]);
  } catch { /* the default template is always there */ }
}

async function loadSample() {
  const name = $('#sample-select').value;
  if (!name) return;
  const res = await fetch(`${API}/samples/${encodeURIComponent(name)}`);
  if (!res.ok) { notice('样例载入失败：' + res.status, 'error'); return; }
  setReport(await res.json(), null);
  notice('');
}

function openJson(file) {
  file.text().then((text) => {
    try {
      setReport(JSON.parse(text), file.name.replace(/\.json$/i, ''));
      notice('');
    } catch (e) {
      notice(`“${file.name}”不是有效的 JSON：${e.message}`, 'error');
    }
  });
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends the file as it is; the importer tells DOCX from text by its type (and its bytes). */
async function importFile(file) {
  notice(`正在导入“${file.name}”…`, 'info');
  const type = /\.docx$/i.test(file.name) ? DOCX_TYPE : /\.txt$/i.test(file.name) ? 'text/plain' : (file.type || 'application/octet-stream');
  try {
    let res = await fetch(`${API}/import`, { method: 'POST', headers: { 'Content-Type': type }, body: file });
    if (res.status === 415) {
      // A server that wants a form upload instead of the bare file.
      const form = new FormData();
      form.append('file', file, file.name);
      res = await fetch(`${API}/import`, { method: 'POST', body: form });
    }
    if (res.status === 404 || res.status === 405) { notice('此服务尚不支持导入。', 'error'); return; }
    if (!res.ok) {
      const m = await problemMessages(res);
      notice('导入失败：' + m.map((x) => x.zh).join('；'), 'error');
      return;
    }
    const j = await res.json();
    setReport(j.report ?? j, file.name.replace(/\.(docx|txt)$/i, ''));
    showImportChanges(file.name, j.changes ?? []);
    notice(`已导入“${file.name}”，请核对后再下载。`, 'info');
  } catch (e) {
    notice('导入失败：' + e.message, 'error');
  }
}

/** What the importer cleaned, guessed or noticed, for the user to check against the original. */
function showImportChanges(fileName, changes) {
  const box = $('#import-changes');
  if (!changes.length) { box.hidden = true; return; }
  const kinds = { CLEANED: '修正', GUESSED: '推断', NOTICED: '提示' };
  box.replaceChildren(
    el('summary', {}, `导入“${fileName}”时修正或推断了 ${changes.length} 处，点击查看`),
    el('ol', {}, changes.map((c) => el('li', { title: c.messageEn || '' },
      el('span', { class: 'kind' }, kinds[c.kind] || c.kind || ''),
      c.line ? `第 ${c.line} 行：` : '', c.messageZh || c.code,
      c.before || c.after ? el('span', { class: 'diff' }, c.before ? ` “${c.before}”` : '', c.after ? ` → “${c.after}”` : '') : null))));
  box.hidden = false;
  box.open = false;
}

function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function filenameFrom(res, fallback) {
  const cd = res.headers.get('Content-Disposition') || '';
  const star = cd.match(/filename\*\s*=\s*UTF-8''([^;]+)/i);
  if (star) return decodeURIComponent(star[1]);
  const plain = cd.match(/filename\s*=\s*"?([^";]+)"?/i);
  return plain ? plain[1] : fallback;
}

async function download(format) {
  if (!state) { notice('请先载入一份报告。', 'error'); return; }
  const button = $('#download-' + format);
  button.disabled = true;
  notice(`正在生成 ${format === 'docx' ? 'Word' : 'PDF'} 文件…`, 'info');
  try {
    const res = await fetch(`${API}/reports?format=${format}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(state),
    });
    if (!res.ok) {
      const m = await problemMessages(res);
      showMessages(m);
      notice(`无法生成：有 ${m.length} 处错误，见左侧标红的栏目。`, 'error');
      return;
    }
    saveBlob(await res.blob(), filenameFrom(res, `${baseName()}.${format}`));
    notice('');
  } catch (e) {
    notice('下载失败：' + e.message, 'error');
  } finally {
    button.disabled = false;
  }
}

function saveJson() {
  if (!state) return;
  saveBlob(new Blob([JSON.stringify(state, null, 2) + '\n'], { type: 'application/json' }), `${currentName || baseName()}.json`);
}

// ---------------------------------------------------------------- tabs and start-up

function showTab(json) {
  $('#tab-form').classList.toggle('active', !json);
  $('#tab-json').classList.toggle('active', json);
  $('#tab-form').setAttribute('aria-selected', String(!json));
  $('#tab-json').setAttribute('aria-selected', String(json));
  $('#form').hidden = json;
  $('#json-pane').hidden = !json;
  if (json) $('#json-text').value = state ? JSON.stringify(state, null, 2) : '';
  else { drawForm(); showMessages(lastMessages); }
}

function onJsonInput() {
  const err = $('#json-error');
  try {
    state = JSON.parse($('#json-text').value);
    err.hidden = true;
    scheduleRefresh();
  } catch (e) {
    err.textContent = 'JSON 格式有误：' + e.message;
    err.hidden = false;
  }
}

async function start() {
  $('#load-sample').addEventListener('click', loadSample);
  $('#open-json').addEventListener('change', (e) => { if (e.target.files[0]) openJson(e.target.files[0]); e.target.value = ''; });
  $('#import-file').addEventListener('change', (e) => { if (e.target.files[0]) importFile(e.target.files[0]); e.target.value = ''; });
  $('#save-json').addEventListener('click', saveJson);
  $('#download-docx').addEventListener('click', () => download('docx'));
  $('#download-pdf').addEventListener('click', () => download('pdf'));
  $('#tab-form').addEventListener('click', () => showTab(false));
  $('#tab-json').addEventListener('click', () => showTab(true));
  $('#json-text').addEventListener('input', onJsonInput);
  $('#preview-status').addEventListener('click', showFirstProblem);
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (lastPdf) renderPdf(lastPdf.slice(), refreshSeq).catch(() => {}); }, 300);
  });
  drawForm();
  offerDraft();
  await Promise.all([loadSamples(), loadTemplates()]);
  // A link such as /?sample=muye-2023 opens straight on that sample.
  const wanted = new URLSearchParams(location.search).get('sample');
  if (wanted && [...$('#sample-select').options].some((o) => o.value === wanted)) {
    $('#sample-select').value = wanted;
    await loadSample();
  }
  document.body.dataset.ready = 'true';
}

start();
