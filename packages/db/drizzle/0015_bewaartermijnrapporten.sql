CREATE TABLE "bewaartermijnrapporten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" text NOT NULL,
	"gemeten_op" timestamp with time zone NOT NULL,
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL,
	"beleid_versie" text NOT NULL,
	"verwijderen" boolean NOT NULL,
	"regels" jsonb NOT NULL,
	CONSTRAINT "bewaartermijnrapporten_run_id_unique" UNIQUE("run_id")
);
--> statement-breakpoint
CREATE INDEX "bewaartermijnrapporten_gemeten_idx" ON "bewaartermijnrapporten" USING btree ("gemeten_op");--> statement-breakpoint
-- The shortest retention of the two logs, whatever the caller asks (NEN 7513: at least five years).
-- Only a migration changes it, so the app role cannot shorten what it may not delete itself.
CREATE FUNCTION logboek_minimale_bewaartermijn() RETURNS interval LANGUAGE sql IMMUTABLE
  AS $$ SELECT interval '5 years' $$;
--> statement-breakpoint
-- The one path out of the access log: rows from before p_grens, never a younger one. SECURITY
-- DEFINER like the dossier's function (pinned search_path, schema-qualified names); the app role
-- itself has no DELETE on the table. Returns how many rows went.
CREATE FUNCTION verwijder_verlopen_toegangslog(p_grens timestamptz)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_aantal bigint;
BEGIN
  IF p_grens IS NULL OR p_grens > now() - public.logboek_minimale_bewaartermijn() THEN
    RAISE EXCEPTION 'bewaartermijn: toegangslog van na % blijft staan', now() - public.logboek_minimale_bewaartermijn()
      USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM public.toegangslog WHERE op < p_grens;
  GET DIAGNOSTICS v_aantal = ROW_COUNT;
  RETURN v_aantal;
END;
$$;
--> statement-breakpoint
-- The same for the verwerkingslog, by the end of the processing.
CREATE FUNCTION verwijder_verlopen_verwerkingslog(p_grens timestamptz)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_aantal bigint;
BEGIN
  IF p_grens IS NULL OR p_grens > now() - public.logboek_minimale_bewaartermijn() THEN
    RAISE EXCEPTION 'bewaartermijn: verwerkingslog van na % blijft staan', now() - public.logboek_minimale_bewaartermijn()
      USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM public.verwerkingslog WHERE end_time < p_grens;
  GET DIAGNOSTICS v_aantal = ROW_COUNT;
  RETURN v_aantal;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION verwijder_verlopen_toegangslog(timestamptz) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION verwijder_verlopen_verwerkingslog(timestamptz) FROM PUBLIC;
