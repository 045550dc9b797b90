import {
  begripAnker,
  beschikbareVersies,
  type Handleiding,
  laadHandleiding,
  nieuwsteVersie,
  OnbekendeContentVersieFout,
} from '@deelwijs/content';
import type {
  AfwegingenView,
  AfwegingView,
  BegrippenView,
  BeroepsgeheimView,
  Bijlage1Query,
  Bijlage1View,
  GrondslagenView,
  HandleidingIndexView,
  VertegenwoordigingView,
  VuistregelsView,
} from '@deelwijs/contract';
import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../http/problem';

const PAD = '/api/v1/handleiding';

const ONDERDELEN = [
  {
    id: 'afwegingen',
    titel: 'Afwegingen',
    omschrijving: 'De stappen 1 tot en met 4c als beslisschema, met vragen om jezelf te stellen.',
  },
  {
    id: 'grondslagen',
    titel: 'Grondslagen',
    omschrijving:
      'De zes wettelijke gronden om te delen, de eisen aan toestemming en de redenen voor uitstel.',
  },
  {
    id: 'bijlage-1',
    titel: 'Bijlage 1: wat mag ik delen met wie?',
    omschrijving: 'Per domein en pet: op welke grond, welke gegevens wel en welke niet, en wat je vastlegt.',
  },
  {
    id: 'beroepsgeheim',
    titel: 'Beroepsgeheim',
    omschrijving: 'Wie een beroepsgeheim heeft, wanneer je het mag doorbreken en wat dat riskeert.',
  },
  {
    id: 'vertegenwoordiging',
    titel: 'Leeftijd en vertegenwoordiging',
    omschrijving: 'Wie toestemming geeft voor kinderen, jongeren en wilsonbekwame volwassenen.',
  },
  {
    id: 'vuistregels',
    titel: 'Visie en vuistregels',
    omschrijving: 'De uitgangspunten van de samenwerking en de tien vuistregels.',
  },
  {
    id: 'begrippen',
    titel: 'Begrippen',
    omschrijving: 'Wat de woorden in de handleiding betekenen.',
  },
] as const;

/** Reads the handbook content: pure data from @deelwijs/content, by version. */
@Injectable()
export class HandleidingService {
  /** The requested version (newest without one); an unknown version is a Dutch 404 problem. */
  laad(versie?: string): Handleiding {
    try {
      return laadHandleiding(versie);
    } catch (fout) {
      if (fout instanceof OnbekendeContentVersieFout) {
        throw new ProblemException({
          type: 'https://deelwijs.nl/problemen/onbekende-contentversie',
          title: 'Onbekende versie van de handleiding',
          status: 404,
          detail: `Versie '${fout.versie}' van de handleiding bestaat niet. Beschikbaar: ${fout.beschikbaar.join(', ')}.`,
        });
      }
      throw fout;
    }
  }

  index(versie?: string): HandleidingIndexView {
    const h = this.laad(versie);
    const achter = versieParam(versie);
    return {
      versie: h.versie,
      datum: h.datum,
      actueel: h.versie === nieuwsteVersie(),
      nieuwsteVersie: nieuwsteVersie(),
      beschikbareVersies: beschikbareVersies(),
      document: h.document,
      changelog: h.changelog,
      onderdelen: ONDERDELEN.map((o) => ({ ...o, href: `${PAD}/${o.id}${achter}` })),
    };
  }

  afwegingen(versie?: string): AfwegingenView {
    const h = this.laad(versie);
    return {
      versie: h.versie,
      items: h.afwegingen.map((a) => ({
        id: a.id,
        titel: a.titel,
        kernvraag: a.kernvraag,
        bron: a.bron,
        _links: { self: `${PAD}/afwegingen/${a.id}${versieParam(versie)}` },
      })),
    };
  }

  afweging(id: string, versie?: string): AfwegingView {
    const h = this.laad(versie);
    const afweging = h.afwegingen.find((a) => a.id === id);
    if (!afweging) {
      throw new ProblemException({
        type: 'https://deelwijs.nl/problemen/niet-gevonden',
        title: 'Niet gevonden',
        status: 404,
        detail: `Afweging '${id}' bestaat niet in versie ${h.versie} van de handleiding. Kies uit ${h.afwegingen.map((a) => a.id).join(', ')}.`,
      });
    }
    const toetsvragen = id === '4a' ? h.vijfVragenAfweging4a : id === '4b' ? h.vragenAfweging4b : [];
    return { versie: h.versie, ...afweging, toetsvragen };
  }

  grondslagen(versie?: string): GrondslagenView {
    const h = this.laad(versie);
    return {
      versie: h.versie,
      grondslagen: h.grondslagen,
      toestemmingsEisen: h.toestemmingsEisen,
      gerechtvaardigdeRedenen: h.gerechtvaardigdeRedenen,
    };
  }

  bijlage1({ versie, domein, pet, gegevenscategorie }: Bijlage1Query): Bijlage1View {
    const h = this.laad(versie);
    const regels = h.bijlage1.regels.filter(
      (r) =>
        (!domein || r.domein === domein) &&
        (!pet || r.pet === pet) &&
        (!gegevenscategorie ||
          [...r.welDelen, ...r.nietDelen].some((d) => d.categorie === gegevenscategorie)),
    );
    const filter = {
      ...(domein ? { domein } : {}),
      ...(pet ? { pet } : {}),
      ...(gegevenscategorie ? { gegevenscategorie } : {}),
    };
    return { versie: h.versie, ...h.bijlage1, filter, totaal: regels.length, regels };
  }

  begrippen(versie?: string): BegrippenView {
    const h = this.laad(versie);
    return {
      versie: h.versie,
      items: [...h.begrippen]
        .sort((a, b) => a.term.localeCompare(b.term, 'nl'))
        .map((b) => ({ ...b, anker: begripAnker(b.id) })),
    };
  }

  beroepsgeheim(versie?: string): BeroepsgeheimView {
    const h = this.laad(versie);
    return { versie: h.versie, ...h.beroepsgeheim };
  }

  vuistregels(versie?: string): VuistregelsView {
    const h = this.laad(versie);
    return { versie: h.versie, visie: h.visie, vuistregels: h.vuistregels };
  }

  vertegenwoordiging(versie?: string): VertegenwoordigingView {
    const h = this.laad(versie);
    return { versie: h.versie, ...h.vertegenwoordiging };
  }
}

const versieParam = (versie?: string) => (versie ? `?versie=${encodeURIComponent(versie)}` : '');
