CREATE TABLE "toegangslog" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"op" timestamp with time zone DEFAULT now() NOT NULL,
	"gebruiker_id" text NOT NULL,
	"rollen" text[] NOT NULL,
	"handeling" text NOT NULL,
	"client_id" uuid NOT NULL,
	"deelverzoek_id" uuid,
	"reden" text,
	"trace_id" text,
	"span_id" text
);
--> statement-breakpoint
ALTER TABLE "toegangslog" ADD CONSTRAINT "toegangslog_gebruiker_id_gebruikers_id_fk" FOREIGN KEY ("gebruiker_id") REFERENCES "public"."gebruikers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toegangslog" ADD CONSTRAINT "toegangslog_client_id_clienten_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clienten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toegangslog" ADD CONSTRAINT "toegangslog_deelverzoek_id_deelverzoeken_id_fk" FOREIGN KEY ("deelverzoek_id") REFERENCES "public"."deelverzoeken"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "toegangslog_client_idx" ON "toegangslog" USING btree ("client_id","op");