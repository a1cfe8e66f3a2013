/**
 * Ends a sentence that may end with a name: "From Northern Rolling Mills Inc." stays as it is
 * instead of becoming "Inc..".
 */
export const endSentence = (text: string): string => (/[.!?]$/.test(text.trimEnd()) ? text.trimEnd() : `${text}.`);
