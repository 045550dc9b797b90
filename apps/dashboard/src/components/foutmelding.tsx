import type { Problem } from '@deelwijs/contract';

/** A problem from the API as the person should read it: title, explanation, and the rules with their source. */
export function Foutmelding({ problem }: { problem?: Problem }) {
  if (!problem) return null;
  const algemeen = problem.fouten?.filter((f) => !f.pad) ?? [];
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-semibold">{problem.title}</p>
      {problem.detail && <p className="mt-1">{problem.detail}</p>}
      {problem.fouten && problem.fouten.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {[...algemeen, ...problem.fouten.filter((f) => f.pad)].map((f) => (
            <li key={`${f.pad}-${f.bericht}`}>{f.bericht}</li>
          ))}
        </ul>
      )}
      {problem.overtredingen?.map((o) => (
        <p key={o.code} className="mt-2">
          {o.bericht} <span className="text-red-700">(bron: {o.bron})</span>
        </p>
      ))}
    </div>
  );
}
