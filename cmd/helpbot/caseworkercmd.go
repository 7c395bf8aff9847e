package main

import (
	"context"
	"errors"
	"io"
	"strings"

	"helpbot/internal/console"
	"helpbot/internal/store"
)

// caseworkerCmd runs `helpbot caseworker ...` against the Redis that
// `helpbot serve` uses (REDIS_URL): accounts kept in the embedded store
// would be gone when the command ends.
func caseworkerCmd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	url := strings.TrimSpace(getenv("REDIS_URL"))
	if url == "" {
		return &configError{"REDIS_URL", "not set: caseworker accounts live in the Redis that helpbot serve uses"}
	}
	rdb, _, closeRedis, err := store.Connect(ctx, url)
	if err != nil {
		return &configError{"REDIS_URL", err.Error()}
	}
	defer closeRedis()
	err = console.CaseworkerCmd(ctx, store.NewAccounts(rdb, ""), args, stdin, stdout, stderr)
	if errors.Is(err, console.ErrUsage) {
		return &exitError{2}
	}
	return err
}
