-- A dossieraantekening is never changed or removed: the record must stay reconstructible for years.
CREATE FUNCTION weiger_wijziging_dossieraantekening() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossieraantekeningen zijn onveranderlijk (%)', TG_OP USING ERRCODE = 'check_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER dossieraantekeningen_append_only
  BEFORE UPDATE OR DELETE ON dossieraantekeningen
  FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
--> statement-breakpoint
CREATE TRIGGER dossieraantekeningen_no_truncate
  BEFORE TRUNCATE ON dossieraantekeningen
  FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
