import { beschikbareVersies, CONTENT_VERSIE, laadHandleiding } from '@deelwijs/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Antwoord, logIn, startStack } from './support/stack';

const handleiding = laadHandleiding(CONTENT_VERSIE);

describe('handleiding API (read side of the content package)', () => {
  let stack: Awaited<ReturnType<typeof startStack>>;
  let eva: Awaited<ReturnType<typeof logIn>>;

  beforeAll(async () => {
    stack = await startStack();
    eva = await logIn(stack.baseUrl, 'casemanager@demo.deelwijs.nl');
  });
  afterAll(() => stack?.stop());

  const json = async (pad: string, status = 200) => {
    const response = await eva.get(pad);
    expect(response.status, `${pad} → ${response.status}`).toBe(status);
    return response.json();
  };
  const problem = async (response: Antwoord, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return response.json();
  };

  it('needs a session', async () => {
    const response = (await fetch(`${stack.baseUrl}/handleiding`)) as Antwoord;
    expect((await problem(response, 401)).title).toBe('Niet ingelogd');
  });

  it('any role may read it, not only casemanagers', async () => {
    const privacy = await logIn(stack.baseUrl, 'privacy@demo.deelwijs.nl');
    expect((await privacy.get('/handleiding/bijlage-1')).status).toBe(200);
  });

  it('gives the version, the versions available, the changelog and links to every section', async () => {
    const index = await json('/handleiding');
    expect(index).toMatchObject({
      versie: CONTENT_VERSIE,
      actueel: true,
      beschikbareVersies: beschikbareVersies(),
      document: { titel: 'Zo delen we gegevens in Zutphen' },
    });
    expect(index.changelog[0].versie).toBe(CONTENT_VERSIE);
    const hrefs: string[] = index.onderdelen.map((o: { href: string }) => o.href);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/api/v1/handleiding/afwegingen',
        '/api/v1/handleiding/grondslagen',
        '/api/v1/handleiding/bijlage-1',
        '/api/v1/handleiding/begrippen',
      ]),
    );
    for (const href of hrefs) {
      expect((await eva.get(href.replace('/api/v1', ''))).status, href).toBe(200);
    }
  });

  it('reads an explicit version, and answers an unknown one with a Dutch 404 problem', async () => {
    expect((await json(`/handleiding?versie=${CONTENT_VERSIE}`)).versie).toBe(CONTENT_VERSIE);
    const afwegingen = await json(`/handleiding/afwegingen?versie=${CONTENT_VERSIE}`);
    expect(afwegingen.items[0]._links.self).toBe(`/api/v1/handleiding/afwegingen/1?versie=${CONTENT_VERSIE}`);
    for (const pad of ['/handleiding', '/handleiding/bijlage-1', '/handleiding/afwegingen/4a']) {
      const body = await problem(await eva.get(`${pad}?versie=1999.0.0`), 404);
      expect(body.title).toBe('Onbekende versie van de handleiding');
      expect(body.detail).toContain(`Beschikbaar: ${beschikbareVersies().join(', ')}.`);
    }
  });

  it('lists the six afwegingen and serves each graph whole', async () => {
    const lijst = await json('/handleiding/afwegingen');
    expect(lijst.items.map((a: { id: string }) => a.id)).toEqual(['1', '2', '3', '4a', '4b', '4c']);
    const a4a = await json('/handleiding/afwegingen/4a');
    const bron = handleiding.afwegingen.find((a) => a.id === '4a')!;
    expect(a4a.start).toBe(bron.start);
    expect(a4a.nodes).toHaveLength(bron.nodes.length);
    expect(a4a.edges).toHaveLength(bron.edges.length);
    expect(a4a.toetsvragen).toHaveLength(5);
    expect((await json('/handleiding/afwegingen/1')).toetsvragen).toEqual([]);
  });

  it('answers an unknown afweging with a Dutch 404 problem', async () => {
    const body = await problem(await eva.get('/handleiding/afwegingen/5'), 404);
    expect(body.detail).toBe(
      `Afweging '5' bestaat niet in versie ${CONTENT_VERSIE} van de handleiding. Kies uit 1, 2, 3, 4a, 4b, 4c.`,
    );
  });

  it('gives the grondslagen with the consent requirements and the gerechtvaardigde redenen', async () => {
    const body = await json('/handleiding/grondslagen');
    expect(body.grondslagen.map((g: { nummer: number }) => g.nummer)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(body.toestemmingsEisen).toHaveLength(4);
    expect(body.gerechtvaardigdeRedenen).toHaveLength(3);
  });

  describe('bijlage 1', () => {
    it('without filters: every row, with the lists to label them', async () => {
      const body = await json('/handleiding/bijlage-1');
      expect(body.totaal).toBe(handleiding.bijlage1.regels.length);
      expect(body.regels).toHaveLength(body.totaal);
      expect(body.filter).toEqual({});
      expect(body.domeinen.length).toBeGreaterThan(0);
      expect(body.petten.length).toBe(body.totaal);
    });

    it('filters by domain, role and data category, and combines them', async () => {
      const jeugd = await json('/handleiding/bijlage-1?domein=jeugd');
      expect(new Set(jeugd.regels.map((r: { domein: string }) => r.domein))).toEqual(new Set(['jeugd']));
      expect(jeugd.totaal).toBe(handleiding.bijlage1.regels.filter((r) => r.domein === 'jeugd').length);

      const pet = await json('/handleiding/bijlage-1?pet=leerplichtambtenaar');
      expect(pet.regels.map((r: { pet: string }) => r.pet)).toEqual(['leerplichtambtenaar']);

      const categorie = await json('/handleiding/bijlage-1?gegevenscategorie=plan-van-aanpak');
      const verwacht = handleiding.bijlage1.regels
        .filter((r) => [...r.welDelen, ...r.nietDelen].some((d) => d.categorie === 'plan-van-aanpak'))
        .map((r) => r.pet);
      expect(verwacht.length).toBeGreaterThan(0);
      expect(categorie.regels.map((r: { pet: string }) => r.pet)).toEqual(verwacht);

      const samen = await json('/handleiding/bijlage-1?domein=onderwijs&pet=leerplichtambtenaar');
      expect(samen).toMatchObject({
        totaal: 0,
        regels: [],
        filter: { domein: 'onderwijs', pet: 'leerplichtambtenaar' },
      });
    });

    it('answers an unknown filter value with a Dutch 400 problem per field', async () => {
      const body = await problem(
        await eva.get('/handleiding/bijlage-1?domein=ruimtevaart&pet=astronaut'),
        400,
      );
      expect(body.title).toBe('De invoer is niet geldig');
      const paden = body.fouten.map((f: { pad: string }) => f.pad);
      expect(paden).toEqual(expect.arrayContaining(['domein', 'pet']));
      expect(body.fouten.find((f: { pad: string }) => f.pad === 'domein').bericht).toMatch(
        /^Onbekend domein\. Kies uit: jeugd, /,
      );
      const dubbel = await problem(
        await eva.get('/handleiding/bijlage-1?gegevenscategorie=naw&gegevenscategorie=bsn'),
        400,
      );
      expect(dubbel.fouten).toEqual([
        { pad: 'gegevenscategorie', bericht: 'Geef één gegevenscategorie op, niet meerdere.' },
      ]);
    });
  });

  it('gives the glossary sorted, with the anchor the dashboard links to', async () => {
    const body = await json('/handleiding/begrippen');
    expect(body.items).toHaveLength(handleiding.begrippen.length);
    const conflict = body.items.find((b: { id: string }) => b.id === 'conflict-van-plichten');
    expect(conflict.anker).toBe('begrip-conflict-van-plichten');
    const termen = body.items.map((b: { term: string }) => b.term);
    expect(termen).toEqual([...termen].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('gives beroepsgeheim, vuistregels and vertegenwoordiging', async () => {
    expect((await json('/handleiding/beroepsgeheim')).uitzonderingen).toHaveLength(4);
    expect((await json('/handleiding/vuistregels')).vuistregels).toHaveLength(10);
    expect((await json('/handleiding/vertegenwoordiging')).regels.length).toBeGreaterThan(0);
  });

  it('documents every handleiding path in the OpenAPI document', async () => {
    const document = await ((await fetch(`${stack.baseUrl}/openapi.json`)) as Antwoord).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/handleiding',
        '/handleiding/afwegingen',
        '/handleiding/afwegingen/{id}',
        '/handleiding/grondslagen',
        '/handleiding/bijlage-1',
        '/handleiding/begrippen',
      ]),
    );
    const parameters = document.paths['/handleiding/bijlage-1'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(parameters).toEqual(['versie', 'domein', 'pet', 'gegevenscategorie']);
  });
});
