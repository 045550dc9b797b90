CREATE TABLE "dossiercontrolepunten" (
	"client_id" uuid NOT NULL,
	"aantal" integer NOT NULL,
	"hash" text NOT NULL,
	"op" timestamp with time zone NOT NULL,
	"handtekening" text NOT NULL,
	CONSTRAINT "dossiercontrolepunten_client_id_op_pk" PRIMARY KEY("client_id","op")
);
--> statement-breakpoint
CREATE TABLE "dossierketens" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"aantal" integer NOT NULL,
	"laatste_hash" text NOT NULL,
	"bijgewerkt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossieraantekeningen" ADD COLUMN "keten_volgnummer" integer;--> statement-breakpoint
ALTER TABLE "dossieraantekeningen" ADD COLUMN "vorige_hash" text;--> statement-breakpoint
ALTER TABLE "dossieraantekeningen" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "dossierketens" ADD CONSTRAINT "dossierketens_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dossieraantekeningen_keten_idx" ON "dossieraantekeningen" USING btree ("client_id","keten_volgnummer");--> statement-breakpoint
-- Checkpoints are history too: never changed or removed.
CREATE TRIGGER dossiercontrolepunten_append_only
  BEFORE UPDATE OR DELETE ON dossiercontrolepunten
  FOR EACH ROW EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
--> statement-breakpoint
CREATE TRIGGER dossiercontrolepunten_no_truncate
  BEFORE TRUNCATE ON dossiercontrolepunten
  FOR EACH STATEMENT EXECUTE FUNCTION weiger_wijziging_dossieraantekening();
