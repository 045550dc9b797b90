CREATE TABLE "vertegenwoordigers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"rol" text NOT NULL,
	"aangemaakt_op" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clienten" ADD COLUMN "wilsonbekwaam" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "vertegenwoordigers" ADD CONSTRAINT "vertegenwoordigers_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vertegenwoordigers_client_idx" ON "vertegenwoordigers" USING btree ("client_id");