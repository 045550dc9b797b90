CREATE TABLE "clientverwijderingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"deelverzoeken" integer NOT NULL,
	"vertegenwoordigers" integer NOT NULL,
	"toestemmingen" integer NOT NULL,
	"notificaties" integer NOT NULL,
	"laatste_wijziging" timestamp with time zone NOT NULL,
	"grens" timestamp with time zone NOT NULL,
	"verwijderd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"door" text NOT NULL,
	"reden" text NOT NULL,
	"database_rol" text NOT NULL,
	CONSTRAINT "clientverwijderingen_client_id_unique" UNIQUE("client_id")
);
--> statement-breakpoint
ALTER TABLE "dossierketens" DROP CONSTRAINT "dossierketens_client_id_clienten_id_fk";
--> statement-breakpoint
ALTER TABLE "toegangslog" DROP CONSTRAINT "toegangslog_client_id_clienten_id_fk";
--> statement-breakpoint
ALTER TABLE "toegangslog" DROP CONSTRAINT "toegangslog_deelverzoek_id_deelverzoeken_id_fk";
--> statement-breakpoint
-- Client tombstones are history too: never changed or removed.
CREATE TRIGGER clientverwijderingen_append_only
  BEFORE UPDATE OR DELETE ON clientverwijderingen
  FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
--> statement-breakpoint
CREATE TRIGGER clientverwijderingen_no_truncate
  BEFORE TRUNCATE ON clientverwijderingen
  FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
--> statement-breakpoint
-- The outcomes after which a deelverzoek takes no more commands (the domain's AfgeslotenStatus; a
-- test keeps the two equal). Here so the removal below cannot be told otherwise by its caller.
CREATE FUNCTION deelverzoek_afgesloten_statussen() RETURNS text[] LANGUAGE sql IMMUTABLE
  AS $$ SELECT ARRAY['doorverwezen', 'niet-gedeeld', 'gedeeld-met-toestemming', 'gedeeld-zonder-toestemming', 'ingetrokken']::text[] $$;
--> statement-breakpoint
-- The newest change in a client's data: the client, its representatives, deelverzoeken and consents,
-- and the head of its chain (every entry moves it). Retention of the client's data runs from here
-- (WGBO art. 7:454 lid 3: twenty years from the last change in the file).
CREATE FUNCTION clientgegevens_laatste_wijziging(p_client_id uuid)
  RETURNS timestamptz LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT greatest(
    (SELECT aangemaakt_op FROM public.clienten WHERE id = p_client_id),
    (SELECT bijgewerkt_op FROM public.dossierketens WHERE client_id = p_client_id),
    (SELECT max(bijgewerkt_op) FROM public.deelverzoeken WHERE client_id = p_client_id),
    (SELECT max(aangemaakt_op) FROM public.vertegenwoordigers WHERE client_id = p_client_id),
    (SELECT max(greatest(gegeven_op, ingetrokken_op)) FROM public.toestemmingen WHERE client_id = p_client_id)
  )
$$;
--> statement-breakpoint
-- Clients whose data is past retention at p_grens: no entry left in their chain (the dossier's own
-- path removes those first), no open work (an open step or a client still to be told afterwards),
-- and nothing changed since p_grens. What the measurement counts and the removal walks.
CREATE FUNCTION clientgegevens_verlopen(p_grens timestamptz)
  RETURNS TABLE (client_id uuid, laatste_wijziging timestamptz)
  LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT c.id, public.clientgegevens_laatste_wijziging(c.id)
    FROM public.clienten c
   WHERE c.aangemaakt_op < p_grens
     AND NOT EXISTS (SELECT 1 FROM public.dossieraantekeningen a WHERE a.client_id = c.id)
     AND NOT EXISTS (
       SELECT 1 FROM public.deelverzoeken d
        WHERE d.client_id = c.id
          AND (d.volgende_actie IS NOT NULL OR NOT d.status = ANY (public.deelverzoek_afgesloten_statussen())))
     AND public.clientgegevens_laatste_wijziging(c.id) < p_grens
$$;
--> statement-breakpoint
-- The one path out for a client's own data: the client, its representatives, deelverzoeken (with
-- their process snapshots), consents and reminders, in the order the foreign keys need, leaving a
-- tombstone. Re-checks everything under the client's lock and the chain head's lock (no entry joins
-- meanwhile); younger than twenty years is refused whatever the caller asks. The chain head, its
-- tombstones and the signed checkpoints stay, so the verification still accounts for the chain; the
-- two logs stay their own five years, keeping the client id as a bare pseudonym. Returns the
-- tombstone's id, or null when this client is not past retention.
CREATE FUNCTION verwijder_verlopen_clientgegevens(p_client_id uuid, p_grens timestamptz, p_door text, p_reden text)
  RETURNS uuid LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_laatste timestamptz;
  v_deelverzoeken integer;
  v_vertegenwoordigers integer;
  v_toestemmingen integer;
  v_notificaties integer;
  v_id uuid;
BEGIN
  IF p_grens IS NULL OR p_grens > now() - public.dossier_minimale_bewaartermijn() THEN
    RAISE EXCEPTION 'bewaartermijn: cliëntgegevens van na % blijven staan', now() - public.dossier_minimale_bewaartermijn()
      USING ERRCODE = 'check_violation';
  END IF;
  IF coalesce(btrim(p_door), '') = '' OR coalesce(btrim(p_reden), '') = '' THEN
    RAISE EXCEPTION 'bewaartermijn: wie en waarom zijn verplicht' USING ERRCODE = 'not_null_violation';
  END IF;
  PERFORM 1 FROM public.clienten WHERE id = p_client_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM public.dossierketens WHERE client_id = p_client_id FOR UPDATE;
  IF NOT EXISTS (SELECT 1 FROM public.clientgegevens_verlopen(p_grens) v WHERE v.client_id = p_client_id) THEN
    RETURN NULL;
  END IF;
  v_laatste := public.clientgegevens_laatste_wijziging(p_client_id);
  DELETE FROM public.notificaties
   WHERE deelverzoek_id IN (SELECT id FROM public.deelverzoeken WHERE client_id = p_client_id);
  GET DIAGNOSTICS v_notificaties = ROW_COUNT;
  DELETE FROM public.toestemmingen WHERE client_id = p_client_id;
  GET DIAGNOSTICS v_toestemmingen = ROW_COUNT;
  DELETE FROM public.deelverzoeken WHERE client_id = p_client_id;
  GET DIAGNOSTICS v_deelverzoeken = ROW_COUNT;
  DELETE FROM public.vertegenwoordigers WHERE client_id = p_client_id;
  GET DIAGNOSTICS v_vertegenwoordigers = ROW_COUNT;
  DELETE FROM public.clienten WHERE id = p_client_id;
  INSERT INTO public.clientverwijderingen
    (client_id, deelverzoeken, vertegenwoordigers, toestemmingen, notificaties, laatste_wijziging,
     grens, door, reden, database_rol)
  VALUES
    (p_client_id, v_deelverzoeken, v_vertegenwoordigers, v_toestemmingen, v_notificaties, v_laatste,
     p_grens, p_door, p_reden, session_user)
  RETURNING id INTO v_id;
  RETURN v_id;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION verwijder_verlopen_clientgegevens(uuid, timestamptz, text, text) FROM PUBLIC;
