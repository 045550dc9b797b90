CREATE TABLE "clienten" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pseudoniem" text NOT NULL,
	"naam" text NOT NULL,
	"geboortedatum" date NOT NULL,
	"team" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clienten_pseudoniem_unique" UNIQUE("pseudoniem")
);
--> statement-breakpoint
CREATE TABLE "deelverzoeken" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"doel" text NOT NULL,
	"ontvangers" jsonb NOT NULL,
	"status" text NOT NULL,
	"aangemaakt_door" jsonb NOT NULL,
	"aangemaakt_op" timestamp with time zone NOT NULL,
	"bijgewerkt_op" timestamp with time zone NOT NULL,
	"content_versie" text NOT NULL,
	"beleid_versie" text NOT NULL,
	"volgnummer" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossieraantekeningen" (
	"id" text PRIMARY KEY NOT NULL,
	"deelverzoek_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"tekst" text NOT NULL,
	"door" jsonb NOT NULL,
	"op" timestamp with time zone NOT NULL,
	"content_versie" text NOT NULL,
	"beleid_versie" text NOT NULL,
	"vastgelegd_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deelverzoeken" ADD CONSTRAINT "deelverzoeken_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossieraantekeningen" ADD CONSTRAINT "dossieraantekeningen_deelverzoek_id_deelverzoeken_id_fk" FOREIGN KEY ("deelverzoek_id") REFERENCES "public"."deelverzoeken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossieraantekeningen" ADD CONSTRAINT "dossieraantekeningen_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deelverzoeken_client_idx" ON "deelverzoeken" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "deelverzoeken_aangemaakt_idx" ON "deelverzoeken" USING btree ("aangemaakt_op");--> statement-breakpoint
CREATE INDEX "dossieraantekeningen_client_idx" ON "dossieraantekeningen" USING btree ("client_id","op");