import { ERROR_MESSAGES, type ErrorKey } from '../../shared/orders/error-keys';
import type { OrderError } from '../../shared/orders/types';
import { isRole } from '../../shared/roles';
import { getLocale, interpolate, t, type MessageKey } from './index';
import { num } from './format';

// Translations of the engine's and the order validator's error keys. The message appears next
// to the field it is about, so the templates leave out the field path the English engine text
// starts with. The type makes sure every key the engine can produce has an Arabic text.

const AR: Record<ErrorKey, string> = {
  'field.type': 'يجب أن تكون القيمة {expected}',
  'field.integer': 'يجب أن يكون عددًا صحيحًا (أُدخل {got})',
  'field.finite': 'يجب أن يكون رقمًا محدودًا (أُدخل {got})',
  'field.min': 'يجب ألا يقل عن {min} (أُدخل {got})',
  'field.max': 'يجب ألا يزيد على {max} (أُدخل {got})',
  'field.tooMany': 'الحد الأقصى {max} عناصر (أُدخل {got})',
  'field.unknown': 'حقل غير معروف {keys}',
  'field.enum': 'يجب أن يكون أحد الخيارات: {options} (أُدخل {got})',
  'field.required': 'هذا الحقل مطلوب',
  'field.invalid': 'قيمة غير صالحة ({reason})',
  'orders.quarter.mismatch': 'الأوامر للربع {got} بينما الربع الجاري تخطيطه هو {expected}',
  'orders.phase.finished': 'انتهت المباراة',
  'orders.seat.inactive': 'المقعد {role} بلا شركة في هذه المباراة',
  'orders.seat.bankrupt': '{role} مفلسة ولم يعد بإمكانها إصدار أوامر',
  'orders.allocation.sum': 'يجب أن يكون مجموع التدريب والمنتجات والسحابة 100 (المجموع {got})',
  'orders.allocation.cloudWithoutCloud': 'حصة السحابة يجب أن تكون 0 دون سحابة عاملة (أُدخل {got})',
  'orders.customChips.role': 'فقط Amazon وGoogle يمكنهما طلب رقائق مخصّصة',
  'orders.customChips.cap': 'سقف الرقائق المخصّصة هذا الربع {cap} غيغاواط (أُدخل {got})',
  'orders.cloud.alreadyHasCloud': 'لدى {role} سحابة بالفعل ({status})؛ الإطلاق مرة واحدة فقط',
  'orders.statement.announceWithoutLaunch': 'تصريح «إعلان السحابة» يتطلّب إطلاق سحابة في الأوامر نفسها',
  'orders.finance.raiseEquityMax': 'يمكن رفع {max} كحد أقصى هذا الربع (أُدخل {got})',
  'orders.finance.equityRound': 'الشركة الخاصة ترفع رأس المال مرة كل {every} أرباع على الأكثر (الجولة التالية في الربع {next})',
  'orders.finance.debtAccess': 'لا وصول إلى سوق الدين قبل {needed} أرباع من التدفق النقدي التشغيلي الموجب (لديك {have})',
  'orders.finance.repayMax': 'الدين القائم {max} فقط (أُدخل {got})',
  'orders.finance.buybackCash': 'إعادة شراء الأسهم تتجاوز النقد المتاح {cash} (أُدخل {got})',
  'orders.finance.buybackPrivate': 'لا يمكن لشركة خاصة إعادة شراء أسهمها',
  'orders.finance.raiseAndBuyback': 'لا يمكن رفع رأس المال وإعادة شراء الأسهم في الربع نفسه',
  'orders.finance.issueAndRepay': 'لا يمكن إصدار دين وسداده في الربع نفسه',
  'orders.sellChips.max': 'تملك {max} غيغاواط فقط من الرقائق (أُدخل {got})',
  'orders.vendorFinancing.noOffer': 'لا يوجد عرض تمويل مفتوح من المورّد لـ{role} في هذا الربع',
  'orders.deals.notParty': 'يجب أن يكون مقدّم العرض هو المشتري أو البائع',
  'orders.deals.selfDeal': 'يجب أن يختلف المشتري عن البائع',
  'orders.deals.counterparty': 'لا يمكن لـ{party} المشاركة في صفقات هذه المباراة',
  'orders.deals.sellerNoCloud': 'البائع {party} ليست لديه سحابة عاملة',
  'orders.deals.tooLong': 'مدة العقد {max} ربعًا كحد أقصى (أُدخل {got})',
  'orders.deals.unknownProposal': 'لا يوجد عرض مفتوح {id} موجّه إلى {role}',
  'orders.deals.acceptAndReject': 'لا يمكن قبول العرض {id} ورفضه معًا',
  'orders.deals.duplicate': 'العرض {id} مذكور مرتين',
  'action.unknown': 'نوع إجراء غير معروف {got}',
  'action.finished': 'انتهت المباراة',
  'action.seat': '{got} ليس مقعدًا نشطًا',
  'action.proposal.unknown': 'لا يوجد عرض {id}',
  'action.proposal.notAddressed': 'العرض {id} غير موجّه إلى {role}',
  'action.proposal.closed': 'العرض {id} {status}',
  'action.deal.neutralRefused': 'المورّد المحايد لا يبيع بأقل من {minPrice} لكل وحدة حوسبة ولديه {spare} وحدة متاحة (طُلب {price} مقابل {cu} وحدة)',
  'hostEvent.unknown': 'حدث غير معروف {got}',
  'hostEvent.targetRequired': 'الحدث {id} يحتاج إلى هدف ({kind})',
  'hostEvent.noTarget': 'الحدث {id} عام ولا يأخذ هدفًا (أُدخل {got})',
  'hostEvent.badTarget': 'لا يمكن أن يكون {got} هدفًا للحدث {id} ({reason})',
  'settings.activeSeats': '{reason}',
};

const EN: Record<string, string> = Object.fromEntries(
  Object.entries(ERROR_MESSAGES).map(([k, v]) => [k, v.replace(/^\{path\}: /, '')]),
);

export function orderErrorCatalogue(locale: 'en' | 'ar'): Record<string, string> {
  return locale === 'ar' ? AR : EN;
}

function localizeParam(name: string, v: string | number): string {
  if (typeof v === 'number') return num(v, Number.isInteger(v) ? 0 : Math.abs(v) < 10 ? 2 : 1);
  if ((name === 'role' || name === 'party' || name === 'got') && (isRole(v) || v === 'neutral')) {
    return t((v === 'neutral' ? 'common.neutral' : `role.${v}.name`) as MessageKey);
  }
  if (name === 'status' && ['none', 'launching', 'live', 'open', 'accepted', 'rejected', 'expired'].includes(v)) {
    return t(`status.${v}` as MessageKey);
  }
  return v;
}

/** The message for one field error in the active language (without the field path). */
export function translateOrderError(e: Pick<OrderError, 'key' | 'params' | 'message'>): string {
  const table = orderErrorCatalogue(getLocale());
  const template = table[e.key] ?? EN[e.key];
  if (!template) return getLocale() === 'ar' ? t('error.generic') : e.message;
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.params ?? {})) params[k] = localizeParam(k, v);
  return interpolate(template, params);
}
