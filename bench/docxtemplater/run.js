// The minutes of the seed meeting (and of long meetings) rendered by docxtemplater, timed the
// way `minutes bench` times our engine: warm loop, median milliseconds per document, peak RSS.
// Usage: node run.js <meeting.json> <seed|reports> <iterations>   (run.sh prepares the JSON)
'use strict';
const fs = require('fs');
const path = require('path');
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');

const [jsonPath, reportsArg, iterationsArg] = process.argv.slice(2);
const meeting = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
const reports = reportsArg === undefined || reportsArg === 'seed' ? null : Number(reportsArg);
const iterations = Number(iterationsArg || (reports ? 10 : 200));

// The same generated reports as src/Minutes.Cli/MeetingGenerator.cs.
const units = ['社會處', '警察局', '衛生局', '文化局', '教育處', '工商旅遊處', '勞工處', '民政處', '建設處', '農業處', '環境保護局', '消防局', '財政處', '計畫處', '交通處', '地政處'];
const members = ['黃淑鈴', '曾文杞', '張素雲', '張松年', '沈念祖', '林美惠', '陳建宏', '王俊傑'];
const texts = [
  '建議可針對兒少好發年齡或地點等資訊進行分析及風險預測，並於下次會議提出具體數據。',
  '宣導工作建議是否能夠統合，讓宣導內容更扎實，避免學生或各局處疲於奔命，減少工作負荷，以其他防制工作為重。',
  '目前尚未針對議題做分流，具體措施多單一性，建議分流去規劃業務內容，且相關資訊可以共享，方案先有共識再執行策略。',
  '預防的業務需要整合，二級預防的高風險群體預防也很重要；另外，網路案件很不易發現，建議規劃讓學生知道使用網路的風險。',
  '案件在實務上不是很好處理，私密性很高，請各局處接獲相關訊息時盡速與警察機關聯繫，每個單位要統合起來。',
  '建議擬定工作流程，將執掌跟工作內容列出，讓委員清楚與哪些局科室諮詢討論，並分析案件發生地點列入明年度場域宣導。',
];
const responses = ['目前各局處關於防制宣導已整合其他業務執行辦理，將持續檢討改進。', '本處將釐清政策上及整合推展之目標跟方向，並做清楚的整合，感謝委員的指教。', '遵照辦理，將於下次會議提出書面資料供委員參考。'];
const rulings = ['請相關局處納入業務規劃推動之參考。', '請社會處主責整合，於下次會議報告辦理情形。'];
if (reports !== null) {
  const items = [];
  for (let i = 0; i < reports; i++) {
    const suggestions = [];
    for (let s = 0; s < 6; s++) {
      const k = i * 6 + s;
      suggestions.push({
        text: texts[k % texts.length],
        by: { name: members[k % members.length], title: '委員' },
        response: k % 2 === 0 ? responses[k % responses.length] : undefined,
        ruling: k % 5 === 0 ? rulings[k % rulings.length] : undefined,
      });
    }
    items.push({ unit: units[i % units.length], suggestions, decision: i % 3 === 0 ? '准予備查，餘依主席裁示辦理。' : '准予備查。' });
  }
  const index = meeting.sections.findIndex((s) => s.kind === 'reports');
  meeting.sections[index] = { ...meeting.sections[index], items };
}

// docxtemplater has no functions: labels and honorifics are computed here, untimed.
const digits = '〇一二三四五六七八九';
function numeral(n) {
  if (n < 10) return digits[n];
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 1000) return digits[Math.floor(n / 100)] + '百' + (n % 100 ? (n % 100 < 10 ? '〇' : '') + numeral(n % 100).replace(/^十/, '一十') : '');
  return digits[Math.floor(n / 1000)] + '千' + (n % 1000 ? (n % 1000 < 100 ? '〇' : '') + numeral(n % 1000) : '');
}
const capitals = ['壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖', '拾'];
const honorific = (p) => (p ? `（${p.name[0]}${p.title || ''}${p.name.slice(1)}）` : '');
const item = (x) => (typeof x === 'string' ? x : x.text || x.subject || '');
const data = {
  title: `${meeting.agency}${meeting.session || ''}${meeting.name}會議紀錄`,
  facts: [`日　　期：${meeting.date}`, `地　　點：${meeting.location}`, `主　　席：${meeting.chair.name}${meeting.chair.title || ''}`, `出席單位及人員：${(meeting.attendance || {}).note || ''}`]
    .map((text, i) => ({ label: capitals[i] + '、', text })),
  sections: meeting.sections.map((s, i) => ({
    label: capitals[(i + 4) % 10] + '、',
    heading: s.title || s.kind,
    paragraphs: [s.text, s.intro].filter(Boolean).concat((s.kind === 'reports' ? [] : s.items || []).map(item)).map((text) => ({ text })),
    reports: s.kind !== 'reports' ? [] : (s.items || []).map((r, j) => ({
      label: numeral(j + 1) + '、',
      heading: (r.title || (r.unit || '') + '業務報告'),
      suggestions: (r.suggestions || []).map((g, k) => ({ label: `（${numeral(k + 1)}）`, text: g.text, attribution: honorific(g.by), response: g.response, ruling: g.ruling })),
      decision: r.decision,
    })),
  })),
  recorder: meeting.recorder ? meeting.recorder.name : '',
};

const p = (style, body) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${body}</w:p>`;
const t = (text) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tag = (text) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const documentXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
  + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
  + p('MinutesTitle', t('{title}'))
  + tag('{#facts}') + p('OutlineLevel1', t('{label}{text}')) + tag('{/facts}')
  + tag('{#sections}') + p('OutlineLevel1', t('{label}{heading}：'))
  + tag('{#paragraphs}') + p('BodyIndent1', t('{text}')) + tag('{/paragraphs}')
  + tag('{#reports}') + p('OutlineLevel2', t('{label}{heading}：'))
  + tag('{#suggestions}') + p('OutlineLevel3', t('{label}') + '<w:r><w:tab/></w:r>' + t('{text}{attribution}'))
  + tag('{#response}') + p('Field3', t('回應：{response}')) + tag('{/response}')
  + tag('{#ruling}') + p('Field3Wide', t('主席裁示：{ruling}')) + tag('{/ruling}')
  + tag('{/suggestions}')
  + tag('{#decision}') + p('Field2', t('決定：{decision}')) + tag('{/decision}')
  + tag('{/reports}') + tag('{/sections}')
  + p('OutlineLevel1', t('散會。')) + p('Signature', t('紀錄：{recorder}'))
  + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
  + '</w:body></w:document>';

// The package: the built-in minutes template's parts, with this document.
const root = path.join(__dirname, '..', '..', 'templates', 'minutes');
const template = new PizZip();
(function add(dir, prefix) {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) add(full, prefix + name + '/');
    else template.file(prefix + name, fs.readFileSync(full));
  }
})(root, '');
template.file('word/document.xml', documentXml);
const templateBytes = template.generate({ type: 'nodebuffer', compression: 'DEFLATE' });

function render() {
  const doc = new Docxtemplater(new PizZip(templateBytes), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

let output;
for (let i = 0; i < Math.min(10, iterations); i++) output = render();
const times = [];
const start = process.hrtime.bigint();
for (let i = 0; i < iterations; i++) {
  const begin = process.hrtime.bigint();
  output = render();
  times.push(Number(process.hrtime.bigint() - begin) / 1e6);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
const xml = new PizZip(output).file('word/document.xml').asText();
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`docxtemplater ${require('docxtemplater/package.json').version}, ${reports ?? 'seed'} reports, document.xml ${(Buffer.byteLength(xml) / 1048576).toFixed(2)} MB, ${(output.length / 1024).toFixed(1)} KB docx, ${iterations} documents`);
console.log(`ms/doc ${median.toFixed(3)} docs/s ${(iterations / seconds).toFixed(1)} peak-MB ${peak.toFixed(1)}`);
