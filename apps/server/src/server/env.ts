/** One setting that is missing or unusable, said in Swedish and English. */
export interface SettingProblem {
  variable: string;
  sv: string;
  en: string;
}

/** Settings are missing or unsafe; the server must not start. The message names every variable. */
export class SettingsError extends Error {
  override readonly name = 'SettingsError';
  /** The variables named by the problems. */
  readonly variables: string[];
  constructor(readonly problems: SettingProblem[]) {
    super(
      [
        'Appservern kan inte starta: inställningar saknas eller är felaktiga. / The app server cannot start: settings are missing or invalid.',
        ...problems.map((p) => `  - ${p.variable}: ${p.sv} / ${p.en}`),
      ].join('\n'),
    );
    this.variables = problems.map((p) => p.variable);
  }
}

/** What a setting is, for the "missing" message. */
export interface SettingHelp {
  sv: string;
  en: string;
}

/** A check of a present value: null when fine, otherwise why not (sv/en). */
export type SettingCheck = (value: string) => SettingHelp | null;

/**
 * Reads settings from environment variables and collects every problem, so one start-up attempt names
 * everything that must be fixed. Values are trimmed; an empty value counts as missing.
 */
export class EnvReader {
  readonly problems: SettingProblem[] = [];

  constructor(private readonly env: Record<string, string | undefined>) {}

  /** The raw (trimmed) value, or '' when unset. */
  raw(name: string): string {
    return this.env[name]?.trim() ?? '';
  }

  /** A required value; a missing one is reported with what it is. */
  required(name: string, what: SettingHelp, check?: SettingCheck): string {
    const value = this.raw(name);
    if (!value) {
      this.problems.push({ variable: name, sv: `saknas: ${what.sv}`, en: `is missing: ${what.en}` });
      return '';
    }
    return this.checked(name, value, check);
  }

  /** An optional value, or `fallback` when unset. */
  optional(name: string, fallback: string, check?: SettingCheck): string {
    const value = this.raw(name);
    return value ? this.checked(name, value, check) : fallback;
  }

  /** An optional whole number in [min, max], or `fallback` when unset. */
  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (!value) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.fail(name, {
        sv: `ska vara ett heltal ${min}–${max} (är "${value}")`,
        en: `must be a whole number ${min}–${max} (is "${value}")`,
      });
      return fallback;
    }
    return n;
  }

  /** A variable that must not be set here at all. */
  forbid(name: string, why: SettingHelp): void {
    if (this.env[name] !== undefined && this.env[name] !== '') this.fail(name, why);
  }

  /** Records a problem with a variable. */
  fail(variable: string, why: SettingHelp): void {
    this.problems.push({ variable, ...why });
  }

  /** Throws a `SettingsError` naming every problem found so far. */
  assertValid(): void {
    if (this.problems.length) throw new SettingsError(this.problems);
  }

  private checked(name: string, value: string, check?: SettingCheck): string {
    const why = check?.(value);
    if (why) this.fail(name, why);
    return value;
  }
}

/** A GUID (tenant and client ids). */
export const isGuid: SettingCheck = (v) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v)
    ? null
    : { sv: `ska vara ett GUID (är "${v}")`, en: `must be a GUID (is "${v}")` };
