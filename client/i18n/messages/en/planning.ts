// The Planning screen's texts (client/views/planning): order form, info tabs, room panel.

export const planningEn = {
  'plan.title': 'Planning',
};
