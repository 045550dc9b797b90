-- Appending to the clients' chains in one round trip (issue 14, bench/record): lock each client's head
-- (creating it on the first write), skip entries already on file, link the new ones and move the head
-- once. Each entry arrives as its canonical JSON (`ketenInhoud` in packages/db/src/dossier/keten.ts):
-- the row is read from those very bytes and the hash is taken over them, so what is stored is what was
-- hashed, and `ketenHash`/`controleerDossier` in TypeScript stay the one definition of the hash.
-- SECURITY INVOKER: the caller's own rights (INSERT on the entries, INSERT and UPDATE of the head's
-- length, hash and time), nothing more. Pinned search_path and schema-qualified names as elsewhere.
CREATE FUNCTION voeg_aan_ketens_toe(p_inhouden text[])
  RETURNS integer LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_client uuid;
  v_aantal integer;
  v_begin integer;
  v_hash text;
  v_nieuw text;
  v_totaal integer := 0;
  r record;
BEGIN
  -- Clients in a fixed order, so two writers never wait on each other in a circle.
  FOR v_client IN
    SELECT DISTINCT (i::jsonb ->> 'clientId')::uuid FROM unnest(p_inhouden) AS i ORDER BY 1
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
    -- This query's snapshot is taken after the lock (read committed, a volatile function): it sees
    -- every entry the previous holder committed, so a retried step writes nothing twice.
    FOR r IN
      SELECT e.inhoud, e.inhoud::jsonb AS v
        FROM unnest(p_inhouden) WITH ORDINALITY AS e(inhoud, nr)
       WHERE (e.inhoud::jsonb ->> 'clientId')::uuid = v_client
         AND NOT EXISTS (SELECT 1 FROM public.dossieraantekeningen d WHERE d.id = e.inhoud::jsonb ->> 'id')
       ORDER BY e.nr
    LOOP
      v_aantal := v_aantal + 1;
      v_nieuw := encode(sha256(convert_to(v_hash || E'\n' || r.inhoud, 'UTF8')), 'hex');
      INSERT INTO public.dossieraantekeningen
        (id, deelverzoek_id, client_id, soort, tekst, door, op, content_versie, beleid_versie,
         keten_volgnummer, vorige_hash, hash)
      VALUES
        (r.v ->> 'id', (r.v ->> 'deelverzoekId')::uuid, v_client, r.v ->> 'soort', r.v ->> 'tekst',
         r.v -> 'door', (r.v ->> 'op')::timestamptz, r.v ->> 'contentVersie', r.v ->> 'beleidVersie',
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
