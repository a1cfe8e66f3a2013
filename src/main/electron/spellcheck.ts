/**
 * Spelling is checked only where the operating system does it with its own dictionaries (macOS).
 * On Windows and Linux Chromium would download Hunspell dictionaries from Google's servers, which
 * an offline app that promises to stay on this computer must not do.
 */
export const spellcheckIsLocal = (platform: NodeJS.Platform): boolean => platform === 'darwin';
