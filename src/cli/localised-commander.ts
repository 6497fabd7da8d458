// commander, made to speak the run's language through its own hooks: a Command subclass whose subcommands
// and Help inherit the language (createCommand, createHelp), Help's titles and usage words translated
// (styleTitle, commandUsage, subcommandTerm, optionDescription), and every argument error caught by
// exitOverride, its English text silenced (configureOutput.outputError) and said again in one line, with the
// command's --help named, ending the run with exit code 2 (commander's own is 1, which here means "the plan
// has errors").
import { type Argument, Command, type CommanderError, Help, Option } from 'commander';
import { LANGS, type Lang } from '../core/i18n/lang';
import { CliError } from './cli-error';
import { helpText } from './help-text';
import { say } from './messages';

const TITLES: Record<Lang, Record<string, string>> = {
  uk: {
    'Usage:': 'Використання:',
    'Arguments:': 'Аргументи:',
    'Options:': 'Параметри:',
    'Global Options:': 'Загальні параметри:',
    'Commands:': 'Команди:',
  },
  en: {},
};

// The usage words and the placeholders of arguments and option values, as --help and the errors show them.
const USAGE_WORDS: Record<Lang, [RegExp, string][]> = {
  uk: [
    [/\[options\]/g, '[параметри]'],
    [/\[command\]/g, '[команда]'],
    [/\bplan\.xlsx\b/g, 'план.xlsx'],
    [/\banswers\b(?=\.\.\.|>|$)/g, 'відповіді'],
    [/<name>/g, '<назва>'],
    [/<file>/g, '<файл>'],
    [/<file\.xlsx>/g, '<файл.xlsx>'],
    [/<folder>/g, '<тека>'],
    [/<period>/g, '<період>'],
    [/<columns>/g, '<стовпці>'],
    [/<list>/g, '<перелік>'],
    [/<YYYY-MM-DD>/g, '<РРРР-ММ-ДД>'],
  ],
  en: [],
};

export function usageWords(lang: Lang, text: string): string {
  return USAGE_WORDS[lang].reduce((s, [re, to]) => s.replace(re, to), text);
}

class LocalHelp extends Help {
  constructor(private readonly lang: Lang) {
    super();
  }
  private words(text: string): string {
    return usageWords(this.lang, text);
  }
  override styleTitle(title: string): string {
    return super.styleTitle(TITLES[this.lang][title] ?? title);
  }
  override commandUsage(cmd: Command): string {
    return this.words(super.commandUsage(cmd));
  }
  override subcommandTerm(cmd: Command): string {
    return this.words(super.subcommandTerm(cmd));
  }
  override optionTerm(option: Option): string {
    return this.words(super.optionTerm(option));
  }
  override argumentTerm(argument: Argument): string {
    return this.words(super.argumentTerm(argument));
  }
  override optionDescription(option: Option): string {
    // Our descriptions say their own defaults; commander's `(default: …)` and `(choices: …)` would be English.
    return option.description;
  }
}

export class LocalisedCommand extends Command {
  lang: Lang = 'uk';
  override createCommand(name?: string): LocalisedCommand {
    const cmd = new LocalisedCommand(name);
    cmd.lang = this.lang;
    return cmd;
  }
  override createHelp(): Help {
    return Object.assign(new LocalHelp(this.lang), this.configureHelp());
  }
}

/** `--lang`: offered by the program and every command; the language itself was read from argv already. */
export function langOption(lang: Lang): Option {
  return new Option('--lang <uk|en>', helpText(lang).opt.lang).choices(LANGS).default(lang);
}

/** An argument error, already in the run's language: main() prints it as one line, exit code 2. */
export class ArgumentError extends CliError {}

/** The program's settings every subcommand inherits: set before any `.command()`. */
export function localiseProgram(program: LocalisedCommand, lang: Lang): LocalisedCommand {
  program.lang = lang;
  const t = helpText(lang).opt;
  return program
    .helpOption('-h, --help', t.help)
    .helpCommand(lang === 'uk' ? 'help [команда]' : 'help [command]', t.helpCommand)
    .showSuggestionAfterError(true);
}

/** After every command is registered: each one's errors are said in `lang`, naming its own --help. */
export function sayArgumentErrors(program: Command, lang: Lang): void {
  const visit = (cmd: Command) => {
    cmd.exitOverride((err) => {
      if (err.exitCode === 0 || err.code === 'commander.help') throw err;
      throw new ArgumentError(argumentErrorText(err, cmd, lang));
    });
    cmd.commands.forEach(visit);
  };
  visit(program);
}

const quoteOf = (lang: Lang, s: string) => (lang === 'uk' ? `«${s}»` : `"${s}"`);

/**
 * commander's error in `lang`, one line. Its parameters (the option, the name, the counts) are read from
 * commander 13's English message, whose wording the tests pin; an unrecognised one keeps its text.
 */
export function argumentErrorText(err: CommanderError, cmd: Command, lang: Lang): string {
  const english = err.message.replace(/^error: /, '');
  const [first, suggestionLine] = english.split('\n');
  const similar = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(suggestionLine ?? '')?.[1];
  const maybe = similar ? (lang === 'uk' ? ` (можливо, ${similar}?)` : ` (did you mean ${similar}?)`) : '';
  const q = (s: string) => quoteOf(lang, s);
  const uk = lang === 'uk';
  const path = commandPath(cmd);
  let text: string;
  let m: RegExpExecArray | null;
  switch (err.code) {
    case 'commander.unknownOption':
      m = /'(.+)'/.exec(first);
      text = uk
        ? `Невідомий параметр ${q(m?.[1] ?? first)}${maybe}.`
        : `Unknown option ${q(m?.[1] ?? first)}${maybe}.`;
      break;
    case 'commander.unknownCommand':
      m = /'(.+)'/.exec(first);
      text = uk
        ? `Невідома команда ${q(m?.[1] ?? first)}${maybe}. Команди: ${commandNames(cmd)}.`
        : `Unknown command ${q(m?.[1] ?? first)}${maybe}. Commands: ${commandNames(cmd)}.`;
      break;
    case 'commander.missingArgument': {
      const name = usageWords(lang, /'(.+)'/.exec(first)?.[1] ?? '');
      text = uk
        ? `Не вказано аргумент ${q(name)} команди ${cmd.name()}.`
        : `Missing the argument ${q(name)} of ${cmd.name()}.`;
      break;
    }
    case 'commander.optionMissingArgument': {
      const flag = /'(.+)'/.exec(first)?.[1] ?? '';
      const shown = usageWords(lang, /--[\w-]+(?: <[^>]+>)?/.exec(flag)?.[0] ?? flag);
      text = uk
        ? `Після параметра ${flag.match(/--[\w-]+/)?.[0] ?? flag} потрібне значення: ${shown}.`
        : `The option ${flag.match(/--[\w-]+/)?.[0] ?? flag} needs a value: ${shown}.`;
      break;
    }
    case 'commander.excessArguments':
      m = /Expected (\d+) arguments? but got (\d+)/.exec(first);
      text = uk
        ? `Забагато аргументів для команди ${cmd.name()}: потрібно ${m?.[1] ?? '?'}, отримано ${m?.[2] ?? '?'}.`
        : `Too many arguments for ${cmd.name()}: expected ${m?.[1] ?? '?'}, got ${m?.[2] ?? '?'}.`;
      break;
    case 'commander.invalidArgument': {
      m = /option '(\S+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(first);
      if (m && m[1] === '--lang') return say(lang, 'badLang', { value: m[2] });
      text = m
        ? uk
          ? `Неправильне значення ${m[1]} ${q(m[2])}: можна ${m[3]}.`
          : `Invalid value for ${m[1]} ${q(m[2])}: use ${m[3]}.`
        : first;
      break;
    }
    default:
      text = first;
  }
  const hint = uk ? `Довідка: npx ${path} --help` : `Help: npx ${path} --help`;
  return `${text} ${hint}`;
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function commandNames(cmd: Command): string {
  return cmd.commands.map((c) => c.name()).join(', ');
}
