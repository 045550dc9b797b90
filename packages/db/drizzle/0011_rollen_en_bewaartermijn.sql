CREATE TABLE "dossierverwijderingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"aantal" integer NOT NULL,
	"van_volgnummer" integer NOT NULL,
	"tot_volgnummer" integer NOT NULL,
	"laatste_hash" text NOT NULL,
	"kop_aantal" integer NOT NULL,
	"kop_hash" text NOT NULL,
	"oudste_op" timestamp with time zone NOT NULL,
	"nieuwste_op" timestamp with time zone NOT NULL,
	"grens" timestamp with time zone NOT NULL,
	"verwijderd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"door" text NOT NULL,
	"reden" text NOT NULL,
	"database_rol" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "dossierverwijderingen_client_idx" ON "dossierverwijderingen" USING btree ("client_id","tot_volgnummer");--> statement-breakpoint
-- Tombstones are history too: never changed or removed.
CREATE TRIGGER dossierverwijderingen_append_only
  BEFORE UPDATE OR DELETE ON dossierverwijderingen
  FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
--> statement-breakpoint
CREATE TRIGGER dossierverwijderingen_no_truncate
  BEFORE TRUNCATE ON dossierverwijderingen
  FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
--> statement-breakpoint
-- The one exception to append-only: a DELETE of entries by the table's owner while the retention
-- function below has raised its flag for this transaction. The app role has no DELETE right at all,
-- so only that function (SECURITY DEFINER, running as the owner) gets through.
CREATE OR REPLACE FUNCTION weiger_wijziging_dossieraantekening() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'dossieraantekeningen'
     AND current_setting('deelwijs.bewaartermijn', true) = 'verwijderen'
     AND current_user = (SELECT pg_catalog.pg_get_userbyid(relowner) FROM pg_catalog.pg_class WHERE oid = TG_RELID) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'dossieraantekeningen zijn onveranderlijk (%)', TG_OP USING ERRCODE = 'check_violation';
END;
$$;
--> statement-breakpoint
-- The shortest retention the database allows, whatever the caller asks: entries younger than this stay.
-- Only the owner changes it (a new migration), so the app role cannot shorten the record.
CREATE FUNCTION dossier_minimale_bewaartermijn() RETURNS interval LANGUAGE sql IMMUTABLE
  AS $$ SELECT interval '20 years' $$;
--> statement-breakpoint
-- The one path for retention removal. It removes the oldest run of a client's chain whose entries all
-- date from before p_grens (the chain stays one piece), refuses a chain that is not whole, and writes
-- the tombstone: the newest tombstone is where the verification starts the chain from then on.
-- SECURITY DEFINER with a pinned search_path and schema-qualified names, so a caller cannot slip in
-- objects of its own; EXECUTE is granted explicitly (packages/db/src/rollen/rechten.ts).
CREATE FUNCTION verwijder_verlopen_dossieraantekeningen(p_client_id uuid, p_grens timestamptz, p_door text, p_reden text)
  RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_kop public.dossierketens%ROWTYPE;
  v_begin integer;
  v_tot integer;
  v_aantal integer;
  v_oudste timestamptz;
  v_nieuwste timestamptz;
  v_laatste_hash text;
  v_id uuid;
BEGIN
  IF p_grens IS NULL OR p_grens > now() - public.dossier_minimale_bewaartermijn() THEN
    RAISE EXCEPTION 'bewaartermijn: aantekeningen van na % blijven staan', now() - public.dossier_minimale_bewaartermijn()
      USING ERRCODE = 'check_violation';
  END IF;
  IF coalesce(btrim(p_door), '') = '' OR coalesce(btrim(p_reden), '') = '' THEN
    RAISE EXCEPTION 'bewaartermijn: wie en waarom zijn verplicht' USING ERRCODE = 'not_null_violation';
  END IF;
  -- The same lock every append takes: no entry joins the chain while its start is removed.
  SELECT * INTO v_kop FROM public.dossierketens WHERE client_id = p_client_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  SELECT coalesce(max(tot_volgnummer), 0) INTO v_begin
    FROM public.dossierverwijderingen WHERE client_id = p_client_id;
  SELECT coalesce(min(keten_volgnummer), v_kop.aantal + 1) - 1 INTO v_tot
    FROM public.dossieraantekeningen
   WHERE client_id = p_client_id AND keten_volgnummer > v_begin AND op >= p_grens;
  IF v_tot <= v_begin THEN
    RETURN NULL;
  END IF;
  SELECT count(*), min(op), max(op) INTO v_aantal, v_oudste, v_nieuwste
    FROM public.dossieraantekeningen
   WHERE client_id = p_client_id AND keten_volgnummer > v_begin AND keten_volgnummer <= v_tot;
  SELECT hash INTO v_laatste_hash
    FROM public.dossieraantekeningen WHERE client_id = p_client_id AND keten_volgnummer = v_tot;
  IF v_aantal <> v_tot - v_begin OR v_laatste_hash IS NULL THEN
    RAISE EXCEPTION 'bewaartermijn: de keten van deze cliënt is niet heel; controleer het dossier eerst'
      USING ERRCODE = 'check_violation';
  END IF;
  PERFORM pg_catalog.set_config('deelwijs.bewaartermijn', 'verwijderen', true);
  DELETE FROM public.dossieraantekeningen
   WHERE client_id = p_client_id AND keten_volgnummer > v_begin AND keten_volgnummer <= v_tot;
  PERFORM pg_catalog.set_config('deelwijs.bewaartermijn', '', true);
  INSERT INTO public.dossierverwijderingen
    (client_id, aantal, van_volgnummer, tot_volgnummer, laatste_hash, kop_aantal, kop_hash,
     oudste_op, nieuwste_op, grens, door, reden, database_rol)
  VALUES
    (p_client_id, v_aantal, v_begin + 1, v_tot, v_laatste_hash, v_kop.aantal, v_kop.laatste_hash,
     v_oudste, v_nieuwste, p_grens, p_door, p_reden, session_user)
  RETURNING id INTO v_id;
  RETURN v_id;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION verwijder_verlopen_dossieraantekeningen(uuid, timestamptz, text, text) FROM PUBLIC;
