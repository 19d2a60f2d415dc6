DROP INDEX "directory_services_words_idx";--> statement-breakpoint
DROP INDEX "directory_words_trgm";--> statement-breakpoint
CREATE INDEX "directory_services_words_idx" ON "directory_services" USING gin ("words") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "directory_words_trgm" ON "directory_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);