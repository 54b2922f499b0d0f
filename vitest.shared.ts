/** What both test configurations share. */

/** Messages in English whatever the machine's locale: tests of Chinese messages say --lang zh. */
export const env = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
