/** The Settings section a link asks to be scrolled to (wouter navigation state; the URL's hash is the route). */
export const referenceSection = 'reference-data';
