-- The casemanager responsible for a deelverzoek (overdracht, issue 12). Existing rows: who started it,
-- or the owner a step already wrote into the process snapshot.
ALTER TABLE "deelverzoeken" ADD COLUMN "eigenaar" text;--> statement-breakpoint
UPDATE "deelverzoeken" SET "eigenaar" = coalesce("proces" #>> '{eigenaar,gebruikerId}', "aangemaakt_door" ->> 'gebruikerId');--> statement-breakpoint
ALTER TABLE "deelverzoeken" ALTER COLUMN "eigenaar" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "deelverzoeken_eigenaar_idx" ON "deelverzoeken" USING btree ("eigenaar","volgende_actie_op");
