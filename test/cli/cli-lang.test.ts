import { langFromArgv } from '../../src/cli/cli-lang';

describe('the run’s language, read from the command line before parsing', () => {
  it.each([
    [[], 'uk'],
    [['check', 'a.xlsx'], 'uk'],
    [['check', 'a.xlsx', '--lang', 'en'], 'en'],
    [['--lang=en', 'check'], 'en'],
    [['check', '--lang', 'en', '--lang', 'uk'], 'uk'],
    [['check', '--lang', 'de'], 'uk'],
    [['check', '--lang'], 'uk'],
    [['check', '--', '--lang', 'en'], 'uk'],
  ])('%j -> %s', (argv, lang) => {
    expect(langFromArgv(argv)).toBe(lang);
  });

  it('is not taken from the environment', () => {
    const saved = process.env.LANG;
    process.env.LANG = 'en_US.UTF-8';
    try {
      expect(langFromArgv(['check', 'a.xlsx'])).toBe('uk');
    } finally {
      process.env.LANG = saved;
    }
  });
});
