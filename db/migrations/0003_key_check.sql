CREATE TABLE "key_checks" (
	"name" text PRIMARY KEY NOT NULL,
	"sealed" "bytea" NOT NULL,
	"blind_index_probe" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
