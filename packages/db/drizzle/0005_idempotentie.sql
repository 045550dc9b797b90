CREATE TABLE "idempotentie" (
	"gebruiker_id" text NOT NULL,
	"sleutel" text NOT NULL,
	"verzoek_hash" text NOT NULL,
	"geclaimd_op" timestamp with time zone NOT NULL,
	"status" integer,
	"antwoord" jsonb,
	"locatie" text,
	"voltooid_op" timestamp with time zone,
	CONSTRAINT "idempotentie_gebruiker_id_sleutel_pk" PRIMARY KEY("gebruiker_id","sleutel")
);
--> statement-breakpoint
CREATE INDEX "idempotentie_geclaimd_idx" ON "idempotentie" USING btree ("geclaimd_op");