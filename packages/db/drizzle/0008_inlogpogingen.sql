CREATE TABLE "inlogpogingen" (
	"sleutel" text PRIMARY KEY NOT NULL,
	"mislukt" integer DEFAULT 0 NOT NULL,
	"laatste_op" timestamp with time zone NOT NULL,
	"geblokkeerd_tot" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "inlogpogingen_laatste_idx" ON "inlogpogingen" USING btree ("laatste_op");