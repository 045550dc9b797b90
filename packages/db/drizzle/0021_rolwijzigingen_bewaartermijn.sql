-- The one path out of the rolwijzigingslog: changes from before p_grens, never a younger one. The
-- same floor as the access log it explains (who could read a file, beside who did), SECURITY DEFINER
-- with a pinned search_path like the others; the app role has no DELETE on the table.
CREATE FUNCTION verwijder_verlopen_rolwijzigingen(p_grens timestamptz)
  RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_aantal bigint;
BEGIN
  IF p_grens IS NULL OR p_grens > now() - public.logboek_minimale_bewaartermijn() THEN
    RAISE EXCEPTION 'bewaartermijn: rolwijzigingen van na % blijven staan', now() - public.logboek_minimale_bewaartermijn()
      USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM public.rolwijzigingen WHERE op < p_grens;
  GET DIAGNOSTICS v_aantal = ROW_COUNT;
  RETURN v_aantal;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION verwijder_verlopen_rolwijzigingen(timestamptz) FROM PUBLIC;
