-- Appending to the clients' chains in one round trip (issue 14, bench/record): lock each client's head
-- (creating it on the first write), skip entries already on file, link the new ones and move the head
-- once. Each entry arrives as its canonical JSON (`ketenInhoud` in packages/db/src/dossier/keten.ts):
-- the row is read from those very bytes and the hash is taken over them, so what is stored is what was
-- hashed, and `ketenHash`/`controleerDossier` in TypeScript stay the one definition of the hash.
-- SECURITY INVOKER: the caller's own rights (INSERT on the entries, INSERT and UPDATE of the head's
-- length, hash and time), nothing more. Tables are schema-qualified; the search_path is not pinned (a
-- SET clause made every append measurably slower in bench/record): an invoker's path can only mislead
-- the caller itself, and functions and operators come from pg_catalog unless the caller says otherwise.
CREATE FUNCTION voeg_aan_ketens_toe(p_inhouden text[])
  RETURNS integer LANGUAGE plpgsql SECURITY INVOKER AS $$
DECLARE
  v_teksten text[];
  v_waarden jsonb[];
  v_clienten uuid[];
  v_client uuid;
  v_aantal integer;
  v_begin integer;
  v_hash text;
  v_nieuw text;
  v_totaal integer := 0;
  v jsonb;
  i integer;
BEGIN
  -- Each text parsed once; both arrays from one statement, so entry i is the same in both.
  SELECT array_agg(t ORDER BY nr), array_agg(t::jsonb ORDER BY nr) INTO v_teksten, v_waarden
    FROM unnest(p_inhouden) WITH ORDINALITY AS e(t, nr);
  -- Clients in a fixed order, so two writers never wait on each other in a circle.
  SELECT array_agg(DISTINCT (w ->> 'clientId')::uuid ORDER BY (w ->> 'clientId')::uuid) INTO v_clienten
    FROM unnest(v_waarden) AS w;
  FOREACH v_client IN ARRAY coalesce(v_clienten, '{}')
  LOOP
    SELECT aantal, laatste_hash INTO v_aantal, v_hash
      FROM public.dossierketens WHERE client_id = v_client FOR UPDATE;
    IF NOT FOUND THEN
      -- First write: a concurrent first writer makes this wait for its commit and then do nothing.
      -- The chain's first hash is BEGIN_HASH of keten.ts.
      INSERT INTO public.dossierketens (client_id, aantal, laatste_hash)
        VALUES (v_client, 0, repeat('0', 64)) ON CONFLICT (client_id) DO NOTHING;
      SELECT aantal, laatste_hash INTO STRICT v_aantal, v_hash
        FROM public.dossierketens WHERE client_id = v_client FOR UPDATE;
    END IF;
    v_begin := v_aantal;
    FOR i IN 1 .. cardinality(v_waarden) LOOP
      v := v_waarden[i];
      -- Each check takes its snapshot after the lock (read committed, a volatile function): it sees
      -- every entry the previous holder committed, so a retried step writes nothing twice.
      CONTINUE WHEN (v ->> 'clientId')::uuid <> v_client
        OR EXISTS (SELECT 1 FROM public.dossieraantekeningen d WHERE d.id = v ->> 'id');
      v_aantal := v_aantal + 1;
      v_nieuw := encode(sha256(convert_to(v_hash || E'\n' || v_teksten[i], 'UTF8')), 'hex');
      INSERT INTO public.dossieraantekeningen
        (id, deelverzoek_id, client_id, soort, tekst, door, op, content_versie, beleid_versie,
         keten_volgnummer, vorige_hash, hash)
      VALUES
        (v ->> 'id', (v ->> 'deelverzoekId')::uuid, v_client, v ->> 'soort', v ->> 'tekst',
         v -> 'door', (v ->> 'op')::timestamptz, v ->> 'contentVersie', v ->> 'beleidVersie',
         v_aantal, v_hash, v_nieuw);
      v_hash := v_nieuw;
    END LOOP;
    IF v_aantal > v_begin THEN
      UPDATE public.dossierketens SET aantal = v_aantal, laatste_hash = v_hash, bijgewerkt_op = now()
       WHERE client_id = v_client;
      v_totaal := v_totaal + v_aantal - v_begin;
    END IF;
  END LOOP;
  RETURN v_totaal;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION voeg_aan_ketens_toe(text[]) FROM PUBLIC;
