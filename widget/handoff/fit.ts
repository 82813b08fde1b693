/** The ellipsis that marks a value cut to a vendor's limit. */
export const ELLIPSIS = '…';

export interface Fitted {
  text: string;
  /** True when something was left out to fit. */
  cut: boolean;
}

/**
 * Joins lines into at most `limit` characters, whole lines only, ending with an ellipsis when
 * something was left out. A unit is a run of lines that goes whole or not at all: the estimate
 * and its "not a diagnosis" line are one, so no vendor field ever holds the estimate without it
 * (docs/product.md, "the widget's estimate is never presented as the care team's word"). A first
 * line longer than the limit on its own is cut inside, unless its unit has more lines.
 */
export function fitLines(units: readonly (readonly string[])[], limit: number, separator = '\n'): Fitted {
  const whole = units.flat().join(separator);
  if (whole.length <= limit) return { text: whole, cut: false };
  let text = '';
  for (const unit of units) {
    const next = (text ? text + separator : '') + unit.join(separator);
    if (next.length + separator.length + ELLIPSIS.length > limit) break;
    text = next;
  }
  if (!text && units[0]?.length === 1) return { text: units[0][0]!.slice(0, Math.max(0, limit - ELLIPSIS.length)) + ELLIPSIS, cut: true };
  return { text: text ? text + separator + ELLIPSIS : ELLIPSIS, cut: true };
}
