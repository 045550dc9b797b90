CREATE TABLE "notificaties" (
	"id" text PRIMARY KEY NOT NULL,
	"gebruiker_id" text NOT NULL,
	"deelverzoek_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"tekst" text NOT NULL,
	"aangemaakt_op" timestamp with time zone NOT NULL,
	"gelezen_op" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "deelverzoeken" ADD COLUMN "volgende_actie" text;--> statement-breakpoint
ALTER TABLE "deelverzoeken" ADD COLUMN "volgende_actie_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "pet" text;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "organisatietype" text DEFAULT 'wijkteam' NOT NULL;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "beroepsgeheim" text DEFAULT 'algemeen' NOT NULL;--> statement-breakpoint
ALTER TABLE "notificaties" ADD CONSTRAINT "notificaties_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notificaties" ADD CONSTRAINT "notificaties_deelverzoek_id_deelverzoeken_id_fk" FOREIGN KEY ("deelverzoek_id") REFERENCES "public"."deelverzoeken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notificaties_gebruiker_idx" ON "notificaties" USING btree ("gebruiker_id","gelezen_op");