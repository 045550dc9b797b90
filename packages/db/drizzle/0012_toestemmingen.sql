CREATE TABLE "toestemmingen" (
	"id" text PRIMARY KEY NOT NULL,
	"client_id" uuid NOT NULL,
	"gegeven_in" uuid NOT NULL,
	"gegeven_op" timestamp with time zone NOT NULL,
	"ingetrokken_op" timestamp with time zone,
	"record" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "toestemmingen" ADD CONSTRAINT "toestemmingen_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toestemmingen" ADD CONSTRAINT "toestemmingen_gegeven_in_deelverzoeken_id_fk" FOREIGN KEY ("gegeven_in") REFERENCES "public"."deelverzoeken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "toestemmingen_client_idx" ON "toestemmingen" USING btree ("client_id","gegeven_op");