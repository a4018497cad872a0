import { SCENARIOS, DEFAULT_SCENARIO, LINE_LABELS, NEWS_TEMPLATES, PREVIEW_WARNINGS, type NewsKey } from '../../shared/engine';
import type { NewsItem, PreviewWarning, Scenario } from '../../shared/engine/types';
import { isRole } from '../../shared/roles';
import { getLocale, t, type MessageKey } from './index';
import { money, num, pct, int } from './format';

// Client texts for every key the engine emits (news items, money-line and cause labels, preview
// warnings). English comes from shared/engine/news-keys.ts (the one English source); Arabic is
// here, with the same placeholders. Placeholders carry a format: `{price|money}` renders $B the
// locale's way, `{role|role}` a company name, `{q|quarter}` a calendar quarter. The completeness
// test (test/client) checks every engine key against both tables.

type Table = Record<string, string>;

const NEWS_AR: Record<NewsKey, string> = {
  'news.event': '{title}{target|targetSuffix}',
  'news.event.ended': 'انتهى: {title}',
  'news.chips.retired': 'أخرجت {role|role} من الخدمة {gw|gw} من الرقائق القديمة',
  'news.chips.droppedOut': 'خرجت {role|role} من سوق الرقائق: حدّها {maxPrice|money}/غيغاواط أدنى من السعر {price|money}/غيغاواط',
  'news.chips.scarce': 'الرقائق شحيحة: طُلب {demand|gw} مقابل عرض {supply|gw} فارتفع السعر إلى {price|money}/غيغاواط؛ وُزّعت الطلبات بالتناسب',
  'news.chips.slack': 'عرض الرقائق وافر (طُلب {demand|gw} من {supply|gw}): السعر {price|money}/غيغاواط',
  'news.dc.ready': 'شغّلت {role|role} {gw|gw} من مباني مراكز البيانات',
  'news.dc.powerIndex': 'ضغط على الشبكة: بدأ بناء {starts|gw} من مراكز البيانات مقابل {grid|gw} من الشبكة الجديدة؛ تكاليف البناء ×{index|x}',
  'news.contract.started': 'تبدأ صفقة حوسبة: {seller|role} تبيع {buyer|role} {cu|cu} في الربع بسعر {price|money}/وحدة لمدة {quarters|int} أرباع',
  'news.contract.shortfall': 'قصّرت {seller|role} بمقدار {missingCU|cu} في صفقة مع {buyer|role} وتدفع غرامة {penalty|money}',
  'news.contract.ended': 'انتهت صفقة بين {seller|role} و{buyer|role} مبكرًا؛ تخسر {counterparty|role} {lost|money} من المدفوعات المستقبلية',
  'news.cloud.launched': 'تطلق {role|role} سحابة تعمل في {readyQuarter|quarter}',
  'news.cloud.live': 'سحابة {role|role} تعمل الآن',
  'news.cloud.overbuilt': 'فائض في البناء: تأجير الحوسبة السحابية بـ{price|money}/وحدة فقط (بيع {quantity|cu})',
  'news.cloud.tight': 'الحوسبة شحيحة: إيجار السحابة يبلغ {price|money}/وحدة (بيع {quantity|cu})',
  'news.cloud.price': 'توازن سعر الحوسبة السحابية عند {price|money}/وحدة (بيع {quantity|cu})',
  'news.products.unserved': 'لم تستطع {role|role} تلبية {amount|money} من طلب منتجاتها البالغ {demand|money}: الحوسبة لا تكفي',
  'news.frontier': 'صار لدى {role|role} أفضل نموذج (متقدّمة على {previous|role})',
  'news.finance.equity': 'رفعت {role|role} رأس المال بمقدار {amount|money} بخصم {discount|percent}',
  'news.finance.debt': 'أصدرت {role|role} دينًا بمقدار {amount|money} بفائدة {rate|percent}',
  'news.finance.buyback': 'أعادت {role|role} شراء أسهم بقيمة {amount|money}',
  'news.distress.revolverRepaid': 'سدّدت {role|role} {amount|money} من خط الائتمان المتجدّد',
  'news.distress.revolver': 'نفد نقد {role|role} فسحبت {amount|money} من خط الائتمان بفائدة {rate|percent}',
  'news.distress.emergencyRaise': 'اضطرت {role|role} إلى بيع أسهم طارئ: {amount|money} بخصم {discount|percent}',
  'news.distress.bankrupt': 'أفلست {role|role} تاركة {unpaid|money} غير مدفوعة',
  'news.distress.contagion': 'انهيار {role|role} يهزّ السوق: مزاج المستثمرين {mood|int}',
  'news.statement.clarifyRumor': 'الرئيس التنفيذي لـ{role|role} يردّ على الشائعة؛ الثقة +{effect|n2}',
  'news.statement.clarify': 'الرئيس التنفيذي لـ{role|role} يوضّح؛ الثقة +{effect|n2}',
  'news.statement.clarifyNothing': 'الرئيس التنفيذي لـ{role|role} يوضّح، لكن لا شائعة يردّ عليها: المستثمرون لا يكترثون',
  'news.investors.capexPenaltyUp': 'يرى المستثمرون أن {role|role} تنفق أكثر مما تستطيع إيرادات الذكاء الاصطناعي سداده: عقوبة الإنفاق الرأسمالي −{penalty|percent} من قيمتها (كانت −{before|percent})',
  'news.investors.capexPenaltyDown': 'يخفّف المستثمرون حكمهم على إنفاق {role|role}: عقوبة الإنفاق الرأسمالي −{penalty|percent} من قيمتها (كانت −{before|percent})',
  'news.vendor.accepted': 'تقبل {role|role} تمويل المورّد: يشتري مورّد الرقائق {equity|money} من أسهمها، وعليها أخذ {gw|gw} من الرقائق كل ربع لمدة {quarters|int} أرباع بسعر {price|money} لكل غيغاواط',
  'news.vendor.commitmentEnded': 'تنتهي التزامات {role|role} بشراء الرقائق بانتهائها؛ يخسر مورّد الرقائق طلبات بقيمة {lost|money}',
  'news.chips.secondHand': 'باعت {role|role} {gw|gw} من الرقائق القديمة مستعملةً مقابل {proceeds|money}',
  'news.statement.hype': 'الرئيس التنفيذي لـ{role|role} يعد بنمو هائل؛ الثقة +{effect|n2} (يُتحقَّق منه في {dueQ|quarter})',
  'news.statement.capexCut': 'وعدت {role|role} بالانضباط في الإنفاق وخفّضت طلباتها إلى {ordered|money} من {last|money}؛ الثقة +{effect|n2}',
  'news.statement.capexNotCut': 'وعدت {role|role} بالانضباط لكنها طلبت {ordered|money} بعد {last|money}؛ الثقة {effect|n2}',
  'news.statement.announceCloud': 'تعلن {role|role} سحابتها الخاصة؛ الثقة +{effect|n2}',
  'news.statement.hypeKept': 'وفت {role|role} بوعد النمو: إيرادات الذكاء الاصطناعي {aiRevenue|money} (المطلوب {target|money})',
  'news.statement.hypeBroken': 'أخلفت {role|role} وعد النمو: إيرادات الذكاء الاصطناعي {aiRevenue|money} (المطلوب {target|money})؛ الثقة {effect|n2} والمصداقية تتراجع',
  'news.core.eroding': 'تستثمر {role|role} أقل مما تستهلكه رقائقها: يتحوّل العملاء إلى منافسين يواكب ذكاؤهم الاصطناعي السباق، وينمو نشاطها الأساسي أبطأ بـ{points|n2} نقطة مئوية كل ربع',
  'news.statement.cloudPromise': 'سيحكم المستثمرون على سحابة {role|role} في {dueQ|quarter}: تؤجَّر الحوسبة السحابية الآن بـ{price|money}/وحدة؛ وإن نزل السعر عن {floor|money}/وحدة يُعدّ الوعد مُخلَفًا',
  'news.statement.cloudKept': 'تدخل سحابة {role|role} سوقًا تستحق الدخول: تؤجَّر الحوسبة السحابية بـ{price|money}/وحدة (المطلوب {floor|money})؛ ترتفع المصداقية',
  'news.statement.cloudBroken': 'أعلنت {role|role} سحابة في سوق ساءت: تؤجَّر الحوسبة السحابية بـ{price|money}/وحدة (المطلوب {floor|money})؛ الثقة {effect|n2} والمصداقية تتراجع',
  'news.mood.bust': 'انهيار مزاج المستثمرين إلى {mood|int}',
  'news.mood.boom': 'نشوة المستثمرين: المزاج {mood|int}',
};

const LINES_AR: Record<keyof typeof LINE_LABELS, string> = {
  'revenue.core.ads': 'الإعلانات',
  'revenue.core.software': 'البرمجيات',
  'revenue.core.retail': 'التجزئة',
  'revenue.core.cloudNonAI': 'السحابة (غير الذكاء الاصطناعي)',
  'revenue.core.cloudAI': 'السحابة (ذكاء اصطناعي)',
  'revenue.core.aiProducts': 'منتجات الذكاء الاصطناعي',
  'revenue.aiProducts': 'منتجات الذكاء الاصطناعي',
  'revenue.cloud': 'مبيعات الحوسبة السحابية',
  'revenue.contracts': 'عقود حوسبة مبيعة',
  'revenue.partnerShare': 'حصة الشراكة من OpenAI',
  'revenue.shortfallCompensation': 'تعويض نقص مُستلم',
  'cost.core': 'تكاليف النشاط الأساسي',
  'cost.dataCenters': 'تشغيل مراكز البيانات',
  'cost.training': 'تكاليف التدريب',
  'cost.serving': 'تكاليف الخدمة',
  'cost.cloudSales': 'تكاليف مبيعات السحابة',
  'cost.contracts': 'عقود حوسبة مشتراة',
  'cost.shortfallPenalty': 'غرامات نقص مدفوعة',
  'cost.partnerShare': 'حصة الشراكة لـMicrosoft',
  'cost.interest': 'الفوائد',
  'cost.tax': 'الضريبة',
  'capex.chips': 'رقائق مُسلّمة',
  'capex.customChips': 'رقائق مخصّصة مُسلّمة',
  'capex.dataCenters': 'بناء مراكز البيانات',
  'capex.cloudLaunch': 'إطلاق السحابة',
  'finance.equity': 'رأس مال مرفوع',
  'finance.vendorEquity': 'أسهم اشتراها مورّد الرقائق',
  'finance.chipSale': 'رقائق بيعت مستعملة',
  'finance.debt': 'دين مُصدَر',
  'finance.repay': 'دين مُسدَّد',
  'finance.buyback': 'إعادة شراء أسهم',
  'distress.revolver': 'سحب من خط الائتمان',
  'distress.revolverRepaid': 'سداد خط الائتمان',
  'distress.emergencyEquity': 'رفع رأس مال طارئ',
  'distress.unpaid': 'غير مدفوع عند الإفلاس',
  'sentiment.decay': 'تلاشي الأخبار القديمة',
  'sentiment.surprise': 'مفاجأة الأرباح',
  'sentiment.commitments': 'التزامات عقود تفوق الإيرادات',
  'sentiment.underinvestment': 'استثمار أقل مما تستهلكه الرقائق: تخلّف عن السباق',
  'statement.clarify': 'توضيح الرئيس التنفيذي',
  'statement.hype': 'تهويل الرئيس التنفيذي',
  'statement.hypeBroken': 'وعد لم يُنفَّذ',
  'statement.cloudBroken': 'وعد السحابة لم يُنفَّذ',
  'statement.capexDiscipline': 'تصريح الانضباط في الإنفاق',
  'statement.announceCloud': 'إعلان السحابة',
  'event.{id}': 'حدث: {title}',
  'mood.growth': 'نمو إيرادات الذكاء الاصطناعي',
  'mood.roiGap': 'فجوة العائد (الإنفاق مقابل الإيرادات)',
  'mood.reversion': 'العودة نحو الطبيعي',
  'mood.events': 'الأحداث',
  'mood.noise': 'تقلّبات عشوائية',
  'mood.contagion': 'عدوى الإفلاس',
};

const WARN_AR: Record<keyof typeof PREVIEW_WARNINGS, string> = {
  'preview.cashNegative': 'سينتهي النقد قرب {cash|money}: خط الائتمان ({revolver|money} متاح) يغطي العجز أولًا',
  'preview.distress': 'سينتهي النقد قرب {cash|money}، أكثر مما يغطيه خط الائتمان ({revolver|money}): توقّع بيع أسهم طارئًا أو الإفلاس',
  'preview.chipLimit': 'حدّك لسعر الرقائق {maxPrice|money}/غيغاواط أدنى من السعر المتوقع {price|money}/غيغاواط: قد تخرج من السوق',
  'preview.chipsScarce': 'يبدو الطلب على الرقائق أعلى من العرض: توقّع سعرًا أعلى وتلبية جزئية',
  'preview.stranded': 'ستتجاوز الرقائق مباني مراكز بياناتك بمقدار {gw|gw} في الربع القادم: ستبقى معطّلة',
  'preview.powerIndex': 'ضغط على الشبكة: تكاليف البناء ×{index|x}',
};

export const ENGINE_TEXT: Record<'en' | 'ar', Table> = {
  en: { ...NEWS_TEMPLATES, ...LINE_LABELS, ...PREVIEW_WARNINGS },
  ar: { ...NEWS_AR, ...LINES_AR, ...WARN_AR },
};

// ------------------------------------------------------------------ formatting

let calendarStart = { year: 2026, q: 1 };

/** The match's calendar start, so quarter indexes in news read as "Q3 2026". */
export function setCalendarStart(year: number, q: number): void {
  calendarStart = { year, q };
}

export function quarterLabel(index: number): string {
  const idx = calendarStart.q - 1 + index;
  const year = calendarStart.year + Math.floor(idx / 4);
  const q = (((idx % 4) + 4) % 4) + 1;
  return t('common.quarterLabel', { q, year });
}

export function partyName(v: string): string {
  if (v === 'neutral') return t('common.neutral');
  if (isRole(v)) return t(`role.${v}.name` as MessageKey);
  return v;
}

function formatParam(value: string | number | undefined, fmt: string | undefined): string {
  if (value === undefined || value === '') return fmt === 'targetSuffix' ? '' : '';
  const n = typeof value === 'number' ? value : Number(value);
  switch (fmt) {
    case 'money':
      return Number.isFinite(n) ? money(n) : String(value);
    case 'gw':
      return `${num(n, n < 10 ? 2 : 1)} ${t('unit.gw')}`;
    case 'cu':
      return `${num(n, n < 10 ? 2 : 1)} ${t('unit.cu')}`;
    case 'int':
      return int(n);
    case 'n2':
      return num(n, 2);
    case 'x':
      return num(n, 2);
    case 'percent':
      return pct(n / 100, 1);
    case 'role':
      return partyName(String(value));
    case 'quarter':
      return Number.isFinite(n) ? quarterLabel(n) : String(value);
    case 'targetSuffix':
      return ` (${partyName(String(value))})`;
    default:
      return typeof value === 'number' ? num(value, Number.isInteger(value) ? 0 : 2) : value;
  }
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)(?:\|(\w+))?\}/g, (_m, name: string, fmt?: string) => formatParam(params[name], fmt));
}

function scenarioOf(id?: string): Scenario {
  return (id && Object.values(SCENARIOS).find((s) => s.id === id)) || DEFAULT_SCENARIO;
}

let scenarioId: string | undefined;
export function setScenario(id: string | undefined): void {
  scenarioId = id;
}

export function eventDef(id: string): Scenario['events'][number] | undefined {
  return scenarioOf(scenarioId).events.find((e) => e.id === id);
}

export function eventTitle(id: string): string {
  const d = eventDef(id);
  if (!d) return id;
  return getLocale() === 'ar' ? d.title.ar : d.title.en;
}

export function eventText(id: string): string {
  const d = eventDef(id);
  if (!d) return '';
  return getLocale() === 'ar' ? d.text.ar : d.text.en;
}

/** A news item as a sentence in the active language. */
export function newsText(item: Pick<NewsItem, 'key' | 'params'>): string {
  const table = ENGINE_TEXT[getLocale()];
  const params = { ...item.params };
  if ((item.key === 'news.event' || item.key === 'news.event.ended') && typeof params.id === 'string') params.title = eventTitle(params.id);
  const template = table[item.key] ?? ENGINE_TEXT.en[item.key];
  return template ? fill(template, params) : item.key;
}

/** Label of a money line, sentiment cause or mood cause key. */
export function lineLabel(key: string): string {
  const table = ENGINE_TEXT[getLocale()];
  if (key.startsWith('event.')) return fill(table['event.{id}'] ?? ENGINE_TEXT.en['event.{id}'] ?? '{title}', { title: eventTitle(key.slice(6)) });
  if (key.startsWith('mood.') || key in table) return table[key] ?? ENGINE_TEXT.en[key] ?? key;
  const moodKey = `mood.${key}`;
  return table[moodKey] ?? key;
}

export function warningText(w: PreviewWarning): string {
  const table = ENGINE_TEXT[getLocale()];
  const template = table[w.key] ?? ENGINE_TEXT.en[w.key];
  return template ? fill(template, w.params) : w.message;
}

export function scenarioName(id?: string): string {
  const s = scenarioOf(id);
  return getLocale() === 'ar' ? s.name.ar : s.name.en;
}
