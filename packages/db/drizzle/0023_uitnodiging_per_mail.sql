-- Invitations are mailed by the worker: one row per link of an account, the token hash set once the
-- worker has made the token. Rows from before this migration get their volgnummer in order of making.
ALTER TABLE "uitnodigingen" DROP CONSTRAINT "uitnodigingen_pkey";--> statement-breakpoint
DROP INDEX "uitnodigingen_gebruiker_idx";--> statement-breakpoint
ALTER TABLE "uitnodigingen" ALTER COLUMN "token_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD COLUMN "volgnummer" integer;--> statement-breakpoint
UPDATE "uitnodigingen" u SET "volgnummer" = n.volgnummer
  FROM (SELECT "token_hash", row_number() OVER (PARTITION BY "gebruiker_id" ORDER BY "aangemaakt_op", "token_hash") AS volgnummer FROM "uitnodigingen") n
  WHERE u."token_hash" = n."token_hash";--> statement-breakpoint
ALTER TABLE "uitnodigingen" ALTER COLUMN "volgnummer" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD COLUMN "verstuurd_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD COLUMN "niet_verstuurd_op" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "uitnodigingen" ADD CONSTRAINT "uitnodigingen_gebruiker_id_volgnummer_pk" PRIMARY KEY("gebruiker_id","volgnummer");--> statement-breakpoint
CREATE UNIQUE INDEX "uitnodigingen_token_hash_idx" ON "uitnodigingen" USING btree ("token_hash");--> statement-breakpoint
-- Links made before were handed to the beheerder, who could use them: they stop working now and count
-- as not sent, so the beheerder sends a new one, by mail this time.
UPDATE "uitnodigingen" SET "verloopt_op" = least("verloopt_op", now()), "niet_verstuurd_op" = now()
  WHERE "gebruikt_op" IS NULL;
