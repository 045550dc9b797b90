// Where the time goes: reads the .cpuprofile files node --cpu-prof wrote (one per thread: the main
// thread and each workflow thread) and sums self time per part (zod, the rules, the Temporal SDK,
// pg, drizzle, crypto, …) and per function. Code inside the workflow bundle is one file to V8; its
// lines are mapped back to the webpack module they came from.
//   node bench/levenscyclus/profiel.mjs <map met profielen>
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Line → webpack module, from the `/***\/ "<module>":` headers of the bundle. */
const bundels = new Map();
function bundelModules(bestand) {
  if (!bundels.has(bestand)) {
    const grenzen = [];
    if (existsSync(bestand))
      readFileSync(bestand, 'utf8')
        .split('\n')
        .forEach((regel, i) => {
          const m = /^\/\*\*\*\/ "([^"]+)"/.exec(regel);
          if (m) grenzen.push([i, m[1]]);
        });
    bundels.set(bestand, grenzen);
  }
  return bundels.get(bestand);
}

function moduleVan(url, regel) {
  const bestand = url.replace(/^file:\/\//, '');
  if (!bestand.endsWith('workflow-bundle.js') && !bestand.includes('kale-workflow')) return bestand;
  const grenzen = bundelModules(bestand);
  let lo = 0;
  let hi = grenzen.length - 1;
  let gevonden = '(bundel)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (grenzen[mid][0] <= regel) {
      gevonden = grenzen[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return `bundel:${gevonden}`;
}

/** The part a module belongs to, for the summary. */
function deel(module, functie) {
  if (['(idle)', '(program)', '(garbage collector)'].includes(functie)) return functie;
  if (!module) return '(native/V8)';
  const m = module;
  const pakket = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(m)?.[1];
  const bundel = m.startsWith('bundel:') ? 'workflow: ' : '';
  if (pakket) return `${bundel}${pakket}`;
  const eigen = /(packages|apps)\/([^/]+)\//.exec(m);
  if (eigen) return `${bundel}@deelwijs/${eigen[2]}`;
  if (m.startsWith('node:') || m.startsWith('internal')) return 'node (intern)';
  if (bundel) return `${bundel}${m.slice(7)}`;
  return m.replace(root, '.');
}

export function vatProfielSamen(bestand) {
  const profiel = JSON.parse(readFileSync(bestand, 'utf8'));
  const knopen = new Map(profiel.nodes.map((n) => [n.id, n]));
  const zelf = new Map();
  profiel.samples.forEach((id, i) => {
    zelf.set(id, (zelf.get(id) ?? 0) + (profiel.timeDeltas[i] ?? 0));
  });
  const perDeel = new Map();
  const perFunctie = new Map();
  let totaal = 0;
  let bezig = 0;
  for (const [id, us] of zelf) {
    const k = knopen.get(id);
    const { functionName, url, lineNumber } = k.callFrame;
    const module = url ? moduleVan(url, lineNumber) : '';
    const d = deel(module, functionName);
    totaal += us;
    if (d !== '(idle)') bezig += us;
    perDeel.set(d, (perDeel.get(d) ?? 0) + us);
    const f = `${functionName || '(anoniem)'} ${module.replace(root, '.').replace(/.*node_modules\//, '')}:${lineNumber + 1}`;
    perFunctie.set(f, (perFunctie.get(f) ?? 0) + us);
  }
  const ms = (us) => Math.round(us / 1000);
  const top = (m, n) =>
    [...m.entries()]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => ({ wat: k, ms: ms(us), aandeelBezig: Math.round((us / bezig) * 1000) / 10 }));
  const workflowdraad = [...perDeel.keys()].some((k) => k.startsWith('workflow: '));
  const modules = workflowdraad ? moduleEvaluatie(profiel, knopen, zelf) : undefined;
  return {
    bestand: path.basename(bestand),
    draad: workflowdraad ? 'workflowdraad' : 'hoofddraad',
    totaalMs: ms(totaal),
    bezigMs: ms(bezig),
    perDeel: top(perDeel, 25),
    perFunctie: top(perFunctie, 25),
    ...(modules
      ? {
          moduleEvaluatieMs: ms(modules.totaal),
          moduleEvaluatiePerPakket: [...modules.perPakket.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 12)
            .map(([wat, us]) => ({ wat, ms: ms(us), aandeelBezig: Math.round((us / bezig) * 1000) / 10 })),
        }
      : {}),
  };
}

/**
 * Time spent evaluating the bundle's modules (the schemas they build included), per package: each
 * webpack module factory's inclusive time less that of the factories it requires. In the workflow
 * thread this is what every new workflow pays again.
 */
function moduleEvaluatie(profiel, knopen, zelf) {
  const inclusief = new Map();
  const incl = (id) => {
    if (inclusief.has(id)) return inclusief.get(id);
    const k = knopen.get(id);
    const t = (zelf.get(id) ?? 0) + (k.children ?? []).reduce((s, c) => s + incl(c), 0);
    inclusief.set(id, t);
    return t;
  };
  const fabriek = (cf) => {
    if (!cf.url.includes('workflow-bundle')) return undefined;
    const grenzen = bundelModules(cf.url.replace(/^file:\/\//, ''));
    let lo = 0;
    let hi = grenzen.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (grenzen[mid][0] <= cf.lineNumber) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // A module's factory starts a few lines below its header (after webpack's comment block).
    return k >= 0 && cf.lineNumber - grenzen[k][0] <= 6 ? grenzen[k][1] : undefined;
  };
  const genest = (id) =>
    (knopen.get(id).children ?? []).reduce(
      (s, c) => s + (fabriek(knopen.get(c).callFrame) ? incl(c) : genest(c)),
      0,
    );
  const perPakket = new Map();
  let totaal = 0;
  for (const [id, k] of knopen) {
    const module = fabriek(k.callFrame);
    if (!module) continue;
    const eigen = incl(id) - genest(id);
    totaal += eigen;
    const p = deel(module, '').replace('workflow: ', '');
    const pakket = p.startsWith('zod') ? 'zod' : p;
    perPakket.set(pakket, (perPakket.get(pakket) ?? 0) + eigen);
  }
  void profiel;
  return { totaal, perPakket };
}

/** Every profile under the map (one sub-map per process), largest busy time first per process. */
export function vatSamen(map) {
  if (!existsSync(map)) return {};
  const uitkomst = {};
  for (const proces of readdirSync(map)) {
    const sub = path.join(map, proces);
    if (!statSync(sub).isDirectory()) continue;
    uitkomst[proces] = readdirSync(sub)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => vatProfielSamen(path.join(sub, f)))
      .filter((p) => p.bezigMs > 50)
      .sort((a, b) => b.bezigMs - a.bezigMs);
  }
  return uitkomst;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const map = process.argv[2];
  if (!map) {
    console.error('gebruik: node bench/levenscyclus/profiel.mjs <map met profielen>');
    process.exit(1);
  }
  console.log(JSON.stringify(vatSamen(path.resolve(map)), null, 2));
}
