import { werkdagenTot } from '@deelwijs/domain';

// Every moment is shown as it is in the Netherlands, whatever zone the server or browser runs in.
const TIJDZONE = 'Europe/Amsterdam';

const formatter = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: TIJDZONE,
});

export const formatMoment = (iso: string) => formatter.format(new Date(iso));

const kloktijd = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIJDZONE });
const kalender = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIJDZONE,
});

const MINUUT = 60_000;
const UUR = 60 * MINUUT;
const DAG = 24 * UUR;

/** The Dutch calendar day of a moment as a day number, so "tomorrow" holds across summer time. */
const dagnummer = (ms: number) => {
  const deel = Object.fromEntries(kalender.formatToParts(ms).map((p) => [p.type, p.value]));
  return Date.UTC(Number(deel.year), Number(deel.month) - 1, Number(deel.day)) / DAG;
};

const aantal = (n: number, enkel: string, meer: string) => `${n} ${n === 1 ? enkel : meer}`;

/**
 * A deadline as someone reads it at a glance: "nog 3 uur", "morgen om 14:00", "over 4 dagen",
 * "2 dagen te laat". Whole units, rounded down, so it never promises more time than is left. A
 * deadline the policy set in werkdagen counts the working days left from the day after tomorrow on
 * ("nog 2 werkdagen"), as the professional plans by them; lateness is always in calendar time.
 */
export function termijnInWoorden(uiterlijk: string, nu: number, inWerkdagen = false): string {
  const op = Date.parse(uiterlijk);
  const over = op - nu;
  if (over < 0) {
    const laat = -over;
    if (laat < UUR) return `${aantal(Math.max(1, Math.floor(laat / MINUUT)), 'minuut', 'minuten')} te laat`;
    if (laat < DAG) return `${Math.floor(laat / UUR)} uur te laat`;
    return `${aantal(Math.floor(laat / DAG), 'dag', 'dagen')} te laat`;
  }
  if (over < UUR) return `nog ${aantal(Math.max(1, Math.floor(over / MINUUT)), 'minuut', 'minuten')}`;
  const dagen = dagnummer(op) - dagnummer(nu);
  if (dagen === 0) return `nog ${Math.floor(over / UUR)} uur`;
  if (dagen === 1) return `morgen om ${kloktijd.format(op)}`;
  if (inWerkdagen) return `nog ${aantal(werkdagenTot(new Date(nu), new Date(op)), 'werkdag', 'werkdagen')}`;
  return `over ${dagen} dagen`;
}

/** Whether a deadline has passed. */
export const isVerlopen = (uiterlijk: string, nu: number) => Date.parse(uiterlijk) < nu;

/**
 * A date as people type it, day first (11-02-1958, 11/2/1958, 11.02.1958), or as JJJJ-MM-DD, to
 * the JJJJ-MM-DD the API takes; undefined when it is no real date (31-02 or 1958-13-01).
 */
export function leesDatum(tekst: string): string | undefined {
  const t = tekst.trim();
  const dmj = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(t);
  const jmd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [j, m, d] = dmj ? [dmj[3], dmj[2], dmj[1]] : jmd ? [jmd[1], jmd[2], jmd[3]] : [];
  if (!j || !m || !d) return undefined;
  const datum = new Date(Date.UTC(Number(j), Number(m) - 1, Number(d)));
  const iso = `${j}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return datum.toISOString().slice(0, 10) === iso ? iso : undefined;
}

const kalenderdag = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A calendar date (JJJJ-MM-DD) in Dutch words: "11 februari 1958". */
export const formatDatum = (iso: string) => kalenderdag.format(new Date(`${iso}T12:00:00Z`));
