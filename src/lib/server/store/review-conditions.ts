// What makes a matter need a person's look, as conditions on matter_facts (m): shared by the
// review page (review.ts) and the overview's figure (dashboard.ts), so both count the same matters.

import { REVIEW_PROBLEMS, type ReviewProblem } from '../../view-types';

// A field counts as missing when it is empty, or when extraction flagged it (matter_reviews).
export const REVIEW_CONDITIONS: Record<ReviewProblem, string> = {
  title: "(m.title IS NULL OR m.title = '' OR list_contains(m.review, 'title_missing'))",
  department: "(m.department IS NULL OR m.department = '' OR list_contains(m.review, 'department_missing'))",
  items: "(m.items = 0 OR list_contains(m.review, 'items_missing'))",
  media: 'len(m.media) = 0',
  safeguards: "(m.safeguards = 0 OR list_contains(m.review, 'safeguards_missing'))",
  form: "list_contains(m.review, 'form_not_recognised')",
  unclassified: "list_contains(m.review, 'safeguards_unclassified')"
};

/** Any of the problems. */
export const REVIEW_ANY_SQL = `(${REVIEW_PROBLEMS.map((p) => REVIEW_CONDITIONS[p]).join(' OR ')})`;
