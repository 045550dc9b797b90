// The bare lifecycle: the same Temporal shape as a deelverzoek (deelverzoekWorkflow) without the
// product around it. An Update-With-Start that answers once the first row is on file, five Updates
// that each write one row in a local activity, a child workflow started with the third and told of
// the fourth and fifth, and the end once the child is done. No rules, no encryption, no snapshot.
import {
  condition,
  defineSignal,
  defineUpdate,
  ParentClosePolicy,
  proxyLocalActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';

export const registratie = defineUpdate('kaalRegistratie');
export const stap = defineUpdate('kaleStap');
export const poging = defineSignal('kalePoging');
export const klaar = defineSignal('kaalKlaar');

const { schrijf } = proxyLocalActivities({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const STAPPEN = 5;

export async function kaleLevenscyclus(id) {
  let geregistreerd = false;
  let volgnummer = 1;
  let klok;
  const achtergrond = [];
  setHandler(registratie, async () => {
    await condition(() => geregistreerd);
    return { volgnummer };
  });
  setHandler(
    stap,
    async (verzoek) => {
      await condition(() => geregistreerd);
      volgnummer += 1;
      const nummer = volgnummer;
      await schrijf({ id, volgnummer: nummer, soort: verzoek.soort });
      // As the product since its patch: the clock is started and told beside the answer.
      if (nummer === 4) {
        klok = startChild(kaleKlok, {
          workflowId: `${id}:klok`,
          args: [id],
          parentClosePolicy: ParentClosePolicy.TERMINATE,
        });
        achtergrond.push(klok);
      } else if (nummer === 5) achtergrond.push(klok.then((h) => h.signal(poging)));
      else if (nummer === 6) achtergrond.push(klok.then((h) => h.signal(klaar)));
      return { volgnummer: nummer };
    },
    {
      validator: (verzoek) => {
        if (typeof verzoek?.soort !== 'string') throw new Error('ongeldige stap');
      },
    },
  );
  await schrijf({ id, volgnummer: 1, soort: 'gestart' });
  geregistreerd = true;
  await condition(() => volgnummer === STAPPEN + 1);
  await Promise.all(achtergrond);
  await (await klok).result();
  return { volgnummer };
}

/** The consent clock's shape: wakes on each signal, ends on the last. */
export async function kaleKlok(_id) {
  let pogingen = 0;
  let gedaan = false;
  setHandler(poging, () => {
    pogingen += 1;
  });
  setHandler(klaar, () => {
    gedaan = true;
  });
  await condition(() => gedaan, '14 days');
  return pogingen;
}
