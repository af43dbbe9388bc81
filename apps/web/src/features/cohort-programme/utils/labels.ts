import { ADOPTER_CATEGORY_LABELS, type AdopterCategory } from '@idt/maturity';

/** An adopter category as the landscape names it (the same labels, from @idt/maturity). */
export const CATEGORY_LABEL = (category: AdopterCategory | null | undefined): string =>
  category ? ADOPTER_CATEGORY_LABELS[category] : 'Not placed';
