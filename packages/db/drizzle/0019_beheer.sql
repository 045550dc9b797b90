CREATE TABLE "rolwijzigingen" (
	"volgnummer" bigserial PRIMARY KEY NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"door" text NOT NULL,
	"voor" text NOT NULL,
	"rol" text NOT NULL,
	"wijziging" text NOT NULL,
	"team" text NOT NULL,
	"leest_clientgegevens" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" text PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teams_naam_unique" UNIQUE("naam")
);
--> statement-breakpoint
CREATE TABLE "uitnodigingen" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"gebruiker_id" text NOT NULL,
	"aangemaakt_door" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"gebruikt_op" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "status" text DEFAULT 'actief' NOT NULL;--> statement-breakpoint
ALTER TABLE "gebruikers" ADD COLUMN "gedeactiveerd_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rolwijzigingen" ADD CONSTRAINT "rolwijzigingen_door_gebruikers_id_fk" FOREIGN KEY ("door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rolwijzigingen" ADD CONSTRAINT "rolwijzigingen_voor_gebruikers_id_fk" FOREIGN KEY ("voor") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD CONSTRAINT "uitnodigingen_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD CONSTRAINT "uitnodigingen_aangemaakt_door_gebruikers_id_fk" FOREIGN KEY ("aangemaakt_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rolwijzigingen_op_idx" ON "rolwijzigingen" USING btree ("op");--> statement-breakpoint
CREATE INDEX "uitnodigingen_gebruiker_idx" ON "uitnodigingen" USING btree ("gebruiker_id");--> statement-breakpoint
-- The teams that accounts and clients already name, with a readable name the beheerder can change.
INSERT INTO "teams" ("id", "naam")
  SELECT DISTINCT t.team, initcap(replace(t.team, '-', ' '))
  FROM (SELECT team FROM "gebruikers" UNION SELECT team FROM "clienten") t
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
ALTER TABLE "gebruikers" ADD CONSTRAINT "gebruikers_status_check" CHECK ("status" IN ('uitgenodigd', 'actief', 'gedeactiveerd'));
--> statement-breakpoint
ALTER TABLE "rolwijzigingen" ADD CONSTRAINT "rolwijzigingen_wijziging_check" CHECK ("wijziging" IN ('toegekend', 'ingetrokken'));
