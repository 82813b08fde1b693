type T = (key: string) => string;

/** What the visitor said: an option's label in the current language, or the text they typed. */
export function UserLine({ label, text, t }: { label?: string | undefined; text?: string | undefined; t: T }) {
  return <p class="line user">{label ? t(label) : text}</p>;
}
