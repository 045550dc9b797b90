CREATE TABLE "gebruikers" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"naam" text NOT NULL,
	"rollen" jsonb NOT NULL,
	"team" text NOT NULL,
	"wachtwoord_hash" text,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gebruikers_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "sessies" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"gebruiker_id" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessies" ADD CONSTRAINT "sessies_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessies_gebruiker_idx" ON "sessies" USING btree ("gebruiker_id");