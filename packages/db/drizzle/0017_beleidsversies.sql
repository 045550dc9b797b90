CREATE TABLE "beleidsversies" (
	"versie" text PRIMARY KEY NOT NULL,
	"beleid" jsonb NOT NULL,
	"overrides" jsonb NOT NULL,
	"toelichting" text NOT NULL,
	"vastgesteld_door" text NOT NULL,
	"vastgesteld_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beleidsversies" ADD CONSTRAINT "beleidsversies_vastgesteld_door_gebruikers_id_fk" FOREIGN KEY ("vastgesteld_door") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beleidsversies_vastgesteld_idx" ON "beleidsversies" USING btree ("vastgesteld_op");