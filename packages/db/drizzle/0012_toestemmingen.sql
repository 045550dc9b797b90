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
CREATE INDEX "toestemmingen_client_idx" ON "toestemmingen" USING btree ("client_id","gegeven_op");--> statement-breakpoint
-- Consents given before this table existed, from the process snapshots; ids as toestemmingRecordId().
INSERT INTO "toestemmingen" ("id", "client_id", "gegeven_in", "gegeven_op", "ingetrokken_op", "record")
SELECT h.id, d.client_id, d.id, (t.elem->>'op')::timestamptz, (t.elem->>'ingetrokkenOp')::timestamptz,
       t.elem || jsonb_build_object('id', h.id, 'clientId', d.client_id, 'gegevenIn', d.id)
  FROM "deelverzoeken" d
 CROSS JOIN LATERAL jsonb_array_elements(d.proces->'toestemmingen') WITH ORDINALITY AS t(elem, n)
 CROSS JOIN LATERAL (SELECT encode(sha256(convert_to('toestemming:' || d.id::text || ':' || (t.n - 1)::text, 'UTF8')), 'hex') AS x) s
 CROSS JOIN LATERAL (SELECT substr(s.x, 1, 8) || '-' || substr(s.x, 9, 4) || '-4' || substr(s.x, 14, 3) || '-'
        || substr('89ab', (('x' || lpad(substr(s.x, 17, 1), 8, '0'))::bit(32)::int & 3) + 1, 1)
        || substr(s.x, 18, 3) || '-' || substr(s.x, 21, 12) AS id) h
 WHERE jsonb_typeof(d.proces->'toestemmingen') = 'array'
ON CONFLICT ("id") DO NOTHING;
