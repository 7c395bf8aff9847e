package main

import (
	"context"
	"fmt"
	"io"

	"helpbot/internal/channels/telegram"
)

// telegramCmd runs `helpbot telegram set-webhook`: it registers
// $HELPBOT_PUBLIC_URL/webhooks/telegram with the webhook secret.
func telegramCmd(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) != 1 || args[0] != "set-webhook" {
		fmt.Fprintln(stderr, "usage: helpbot telegram set-webhook")
		return &exitError{2}
	}
	env := withDefaults(getenv)
	t, err := loadTelegramConfig(env)
	if err != nil {
		return err
	}
	if t.Token == "" {
		return &configError{"HELPBOT_TELEGRAM_TOKEN", "is not set"}
	}
	public := env("HELPBOT_PUBLIC_URL")
	if public == "" {
		return &configError{"HELPBOT_PUBLIC_URL", "is not set: Telegram needs the public https address of helpbot"}
	}
	if !telegram.ValidWebhookSecret(t.WebhookSecret) {
		return &configError{"HELPBOT_TELEGRAM_WEBHOOK_SECRET", "needs 1-256 characters of A-Z a-z 0-9 _ -"}
	}
	url := public + "/webhooks/telegram"
	if err := telegram.SetWebhook(ctx, telegram.SetWebhookOptions{
		Token: t.Token, URL: url, Secret: t.WebhookSecret, ServerURL: t.APIURL,
	}); err != nil {
		return fmt.Errorf("set webhook: %w", err)
	}
	fmt.Fprintf(stdout, "webhook set to %s\n", url)
	return nil
}
