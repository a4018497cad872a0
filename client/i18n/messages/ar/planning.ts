import type { planningEn } from '../en/planning';

export const planningAr: Record<keyof typeof planningEn, string> = {
  'plan.title': 'التخطيط',
};
