CREATE TABLE "verwerkingslog" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"trace_id" text NOT NULL,
	"span_id" text NOT NULL,
	"parent_span_id" text,
	"name" text NOT NULL,
	"status_code" text NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone NOT NULL,
	"processing_activity_id" text NOT NULL,
	"data_subject_id" text NOT NULL,
	"data_subject_id_type" text NOT NULL,
	CONSTRAINT "verwerkingslog_status" CHECK ("verwerkingslog"."status_code" in ('UNSET', 'OK', 'ERROR'))
);
--> statement-breakpoint
ALTER TABLE "toegangslog" ALTER COLUMN "gebruiker_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "toegangslog" ADD COLUMN "actor" text;--> statement-breakpoint
CREATE INDEX "verwerkingslog_subject_idx" ON "verwerkingslog" USING btree ("data_subject_id","start_time");--> statement-breakpoint
CREATE INDEX "verwerkingslog_trace_idx" ON "verwerkingslog" USING btree ("trace_id");--> statement-breakpoint
CREATE INDEX "toegangslog_span_idx" ON "toegangslog" USING btree ("span_id");--> statement-breakpoint
ALTER TABLE "toegangslog" ADD CONSTRAINT "toegangslog_wie" CHECK (("toegangslog"."gebruiker_id" is null) <> ("toegangslog"."actor" is null));