import { ADOPTER_CATEGORIES, ADOPTER_CATEGORY_LABELS, CATEGORY_STYLES, NO_CATEGORY_STYLE } from '../utils/styles';

/** The categories' colours with their codes, as they appear on tiles and bars. */
export function CategoryLegend({ withNone = false, noneLabel = NO_CATEGORY_STYLE.short }: { withNone?: boolean; noneLabel?: string }) {
  const items = [
    ...ADOPTER_CATEGORIES.map((c) => ({ key: c, ...CATEGORY_STYLES[c], label: ADOPTER_CATEGORY_LABELS[c] })),
    ...(withNone ? [{ key: 'none', ...NO_CATEGORY_STYLE, label: noneLabel }] : []),
  ];
  return (
    <ul className="app-chart__legend" aria-label="Key: adopter categories">
      {items.map((item) => (
        <li key={item.key}>
          <svg viewBox="0 0 28 18" style={{ width: 28 }} aria-hidden="true" focusable="false">
            <rect width="28" height="18" fill={item.fill} stroke="#425563" strokeWidth="0.5" />
            <text x="14" y="13" textAnchor="middle" fontSize="11" fontWeight="600" fill={item.text}>
              {item.code}
            </text>
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
