ALTER TABLE "notificaties" ADD COLUMN "email_verstuurd_op" timestamp with time zone;--> statement-breakpoint
-- Reminders from before this column had their e-mail handled at creation: never send those again.
UPDATE "notificaties" SET "email_verstuurd_op" = "aangemaakt_op";
