import type { Account } from '@deelwijs/contract';

const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** An account's status in words, for the list and the account's own page. */
export const statusTekst = (a: Account) =>
  a.status === 'actief'
    ? 'Actief'
    : a.status === 'gedeactiveerd'
      ? `Gedeactiveerd${a.gedeactiveerdOp ? ` op ${datum.format(new Date(a.gedeactiveerdOp))}` : ''}`
      : a.uitnodigingVerlooptOp && Date.parse(a.uitnodigingVerlooptOp) > Date.now()
        ? `Uitgenodigd, link werkt tot ${datum.format(new Date(a.uitnodigingVerlooptOp))}`
        : 'Uitgenodigd, link verlopen';
