import type { Account, UitnodigingVerzending } from '@deelwijs/contract';

const datum = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
const moment = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** When an invitation's link stops working, in Dutch local time. */
export const geldigTot = (v: UitnodigingVerzending) => moment.format(new Date(v.verlooptOp));

/** What happened to the mail with the link, in one sentence for the beheerder (never the link itself). */
export const verzendingTekst = (v: UitnodigingVerzending) =>
  v.status === 'verstuurd'
    ? `Uitnodiging gemaild naar ${v.aan}, geldig tot ${geldigTot(v)}.`
    : v.status === 'wordt-verstuurd'
      ? `De uitnodiging wordt gemaild naar ${v.aan}, geldig tot ${geldigTot(v)}.`
      : `De uitnodiging kon niet worden gemaild naar ${v.aan}. Controleer het adres en stuur hem opnieuw.`;

/** An account's status in words, for the list and the account's own page. */
export const statusTekst = (a: Account) => {
  if (a.status === 'actief') return 'Actief';
  if (a.status === 'gedeactiveerd')
    return `Gedeactiveerd${a.gedeactiveerdOp ? ` op ${datum.format(new Date(a.gedeactiveerdOp))}` : ''}`;
  const u = a.uitnodiging;
  if (!u || Date.parse(u.verlooptOp) <= Date.now()) return 'Uitgenodigd, link verlopen';
  if (u.status === 'niet-verstuurd') return 'Uitgenodigd, uitnodiging niet verstuurd';
  if (u.status === 'wordt-verstuurd') return 'Uitgenodigd, uitnodiging wordt gemaild';
  return `Uitgenodigd, gemaild${u.verstuurdOp ? ` op ${datum.format(new Date(u.verstuurdOp))}` : ''}, link werkt tot ${datum.format(new Date(u.verlooptOp))}`;
};
