// text-readability ships no types; these are the two functions the content checks use.
declare module 'text-readability' {
  const readability: {
    fleschKincaidGrade(text: string): number;
    sentenceCount(text: string): number;
  };
  export default readability;
}
