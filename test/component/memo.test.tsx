import { render } from '@testing-library/preact';
import { memo } from '../../widget/app/memo';

describe('a memoized transcript line', () => {
  it('renders again only when one of its props is a different value', () => {
    const rendered: string[] = [];
    const Line = memo(function Line({ text, t }: { text: string; t: (key: string) => string }) {
      rendered.push(text);
      return <p>{t(text)}</p>;
    });
    const t = (key: string) => key.toUpperCase();
    const { rerender, container } = render(<Line text="hello" t={t} />);
    rerender(<Line text="hello" t={t} />);
    expect(rendered).toEqual(['hello']);
    rerender(<Line text="bye" t={t} />);
    rerender(<Line text="bye" t={(key) => key} />);
    expect(rendered).toEqual(['hello', 'bye', 'bye']);
    expect(container.textContent).toBe('bye');
  });
});
