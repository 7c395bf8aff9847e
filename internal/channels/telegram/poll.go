package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// pollTimeout is how long one getUpdates call waits for updates.
const pollTimeout = 25 * time.Second

// poll fetches updates with getUpdates until ctx ends. The library's own
// poller confirms updates to Telegram before they are handled; this one
// moves the offset past an update only once it is stored, so a crash loses
// nothing.
func (c *Channel) poll(ctx context.Context) error {
	var offset int64
	backoff := time.Duration(0)
	for ctx.Err() == nil {
		if backoff > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoff):
			}
		}
		ups, err := c.getUpdates(ctx, offset)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			backoff = min(max(2*backoff, 500*time.Millisecond), 30*time.Second)
			c.log.Warn("getUpdates", "err", safeErr(err), "retry_in", backoff)
			continue
		}
		backoff = 0
		for _, raw := range ups {
			var head struct {
				ID int64 `json:"update_id"`
			}
			if json.Unmarshal(raw, &head) != nil {
				continue
			}
			if err := c.accept(ctx, raw); err != nil {
				// Not stored: ask again from this update on.
				backoff = time.Second
				break
			}
			offset = head.ID + 1
		}
	}
	return ctx.Err()
}

// errWebhookSet is what getUpdates answers while a webhook is registered.
var errWebhookSet = errors.New("a webhook is set for this bot, so polling cannot run: " +
	"use HELPBOT_TELEGRAM_MODE=webhook, or remove the webhook (deleteWebhook) to poll")

func (c *Channel) getUpdates(ctx context.Context, offset int64) ([]json.RawMessage, error) {
	body, _ := json.Marshal(map[string]any{
		"offset": offset, "timeout": int(pollTimeout / time.Second), "allowed_updates": AllowedUpdates,
	})
	rctx, cancel := context.WithTimeout(ctx, pollTimeout+15*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodPost,
		c.opts.ServerURL+"/bot"+c.opts.Token+"/getUpdates", bytes.NewReader(body))
	if err != nil {
		return nil, errors.New("getUpdates: bad server URL")
	}
	req.Header.Set("Content-Type", "application/json")
	client := *c.opts.HTTPClient
	client.Timeout = 0 // the request's context bounds it
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		// The error holds the URL, which holds the token.
		return nil, errors.New("getUpdates: request failed")
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return nil, fmt.Errorf("getUpdates: read: %w", err)
	}
	var r struct {
		OK          bool              `json:"ok"`
		Result      []json.RawMessage `json:"result"`
		ErrorCode   int               `json:"error_code"`
		Description string            `json:"description"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("getUpdates: undecodable response (HTTP %d)", resp.StatusCode)
	}
	if !r.OK {
		if r.ErrorCode == http.StatusConflict {
			c.log.Error(errWebhookSet.Error())
			return nil, errWebhookSet
		}
		return nil, fmt.Errorf("getUpdates: %d %s", r.ErrorCode, r.Description)
	}
	return r.Result, nil
}
