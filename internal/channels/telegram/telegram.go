// Package telegram is the Telegram channel: it receives updates by webhook
// or long polling, keeps each one durably until it is answered, hands text
// to the triage engine in the person's order, and sends the replies (the
// bot's and the caseworkers') back through the Bot API. It talks to the rest
// of helpbot only in triage types and through the small interfaces below.
//
// Guarantees. An update is stored in the UpdateStore (deduplicated by
// update_id) before Telegram gets its 200, and stays pending until it has
// been answered, so a crash makes another process (or the restarted one)
// work it again once the crashed holder's claim runs out (Options.Lease):
// at least once, in order per chat, one chat worked by one process at a
// time. The engine does not record a message twice (its id is the
// update_id), and each message sent in answer to an update is recorded
// (UpdateStore.MarkSent) so a re-run skips what was already sent. What is
// left: a crash after Telegram accepted a message and before MarkSent
// reached Redis sends that one message twice; an answered callback query
// is answered again (harmless); and while Redis is down, updates are
// answered at once without being stored, so they are neither deduplicated
// nor ordered. Caseworker replies (Sender) carry no update id and are not
// deduplicated: the caller decides whether to retry.
package telegram

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/go-telegram/bot"

	"helpbot/internal/ratelimit"

	"helpbot/internal/triage"
)

// Modes of receiving updates.
const (
	ModeWebhook = "webhook" // Telegram POSTs to /webhooks/telegram (production)
	ModePolling = "polling" // helpbot asks Telegram with getUpdates (no public URL needed)
)

// Engine is what the channel needs from the triage engine.
type Engine interface {
	Handle(ctx context.Context, m triage.Message) (triage.Result, error)
	Choose(ctx context.Context, conversation string, ch triage.Channel, language, country string) (triage.Entry, error)
	Greeting(lang string) triage.Reply
}

// States reads and writes conversation state; the channel uses it to know
// the language of a conversation for its own prompts and to mark a
// conversation unreachable when the person blocks the bot.
// *store.Conversations satisfies it.
type States interface {
	Load(ctx context.Context, conversation string) (triage.State, error)
	Save(ctx context.Context, s triage.State) error
}

// Transcript records what caseworkers send, so the console shows it beside
// the person's messages. *store.Conversations satisfies it.
type Transcript interface {
	Append(ctx context.Context, conversation string, e triage.Entry) (stored triage.Entry, dup bool, err error)
}

// UpdateStore is the durable inbox of Telegram updates. An update is put
// before Telegram is told it arrived; it stays pending until Done, so a
// crash makes it be processed again, never lost. The updates of one chat are
// handed out in order to one claim holder at a time.
type UpdateStore interface {
	// Put stores an update for chat unless its update id was seen before,
	// in which case it returns dup. Once Put returns nil the update is
	// durable.
	Put(ctx context.Context, updateID int64, chat string, raw []byte) (dup bool, err error)
	// Claim takes a chat with pending updates that nobody holds (or whose
	// holder's lease ran out) for owner, for lease. It returns "" when there
	// is none.
	Claim(ctx context.Context, owner string, lease time.Duration) (chat string, err error)
	// Next returns the oldest pending update of chat and how many times it
	// has been handed out, this time included; ok is false when none is
	// pending. raw is nil when the body was lost.
	Next(ctx context.Context, chat string) (updateID int64, raw []byte, tries int, ok bool, err error)
	// Extend renews owner's claim on chat; held is false when it was lost.
	Extend(ctx context.Context, chat, owner string, lease time.Duration) (held bool, err error)
	// Done removes update id from chat's pending updates and renews the
	// claim; held is false when the claim was lost, and nothing is removed.
	Done(ctx context.Context, chat, owner string, updateID int64, lease time.Duration) (held bool, err error)
	// Release gives the chat back; if updates are still pending it may be
	// claimed again after delay.
	Release(ctx context.Context, chat, owner string, delay time.Duration) error
	// Sent returns how many messages were already sent in answer to an
	// update; MarkSent records it. Done forgets it.
	Sent(ctx context.Context, updateID int64) (int, error)
	MarkSent(ctx context.Context, updateID int64, n int) error
	// SetChat remembers the Telegram chat id of a conversation so any
	// process can deliver to it; Chat looks it up (ok false when unknown).
	SetChat(ctx context.Context, conversation string, chatID int64) error
	Chat(ctx context.Context, conversation string) (chatID int64, ok bool, err error)
}

// Options configure the channel.
type Options struct {
	Token         string // from BotFather
	WebhookSecret string // X-Telegram-Bot-Api-Secret-Token; required in webhook mode
	// Secret keys the HMAC that turns a chat id into a conversation key.
	// It must stay the same across restarts and replicas.
	Secret    []byte
	ServerURL string // Bot API base URL; "" for https://api.telegram.org (tests set a fake)
	Mode      string // ModeWebhook (default) or ModePolling
	Logger    *slog.Logger
	Text      triage.Localizer
	States    States // optional
	// Transcript, when set, gets every reply the Sender delivers.
	Transcript Transcript

	Workers      int           // updates worked at once, each in its own chat (default 4)
	Lease        time.Duration // how long a claim on a chat lasts without renewal (default 30s)
	PollInterval time.Duration // how often to look for updates left by other processes (default 1s)
	MaxBody      int64         // webhook body cap in bytes (default 1 MiB)
	// MaxTries is how many times an update that keeps failing (Telegram
	// down, say) is tried, with growing waits between, before it is dropped
	// (default 12, about 20 minutes). The chat's later updates wait behind it.
	MaxTries int
	// MaxRetryAfter caps how long one send waits on a 429 before it gives
	// up for now (default 30s).
	MaxRetryAfter time.Duration
	HTTPClient    *http.Client // for the Bot API (default: 70s timeout)
	// ChatRate and ChatBurst limit the updates of one chat that are
	// answered (per second, bucket size; default 0.5/s in bursts of 10).
	// Beyond them an update is stored and read but not answered, and the
	// person is told, at most once a minute, to slow down; other chats are
	// not held up.
	ChatRate  float64
	ChatBurst int
}

func (o *Options) defaults() {
	if o.Mode == "" {
		o.Mode = ModeWebhook
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Workers <= 0 {
		o.Workers = 4
	}
	if o.Lease <= 0 {
		o.Lease = 30 * time.Second
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 1 << 20
	}
	if o.MaxTries <= 0 {
		o.MaxTries = 12
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = 30 * time.Second
	}
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 70 * time.Second}
	}
	if o.ServerURL == "" {
		o.ServerURL = "https://api.telegram.org"
	}
	if o.ChatRate == 0 {
		o.ChatRate = 0.5
	}
	if o.ChatBurst == 0 {
		o.ChatBurst = 10
	}
}

// Channel is the Telegram channel of one helpbot process.
type Channel struct {
	engine  Engine
	updates UpdateStore
	opts    Options
	log     *slog.Logger
	bot     *bot.Bot
	owner   string        // this process's name for its claims
	wake    chan struct{} // an update was stored here: look now
	flood   *ratelimit.Limiter
	warned  *ratelimit.Limiter // one slow-down notice a minute per chat
}

// ErrUnreachable reports that Telegram refuses delivery to the person,
// usually because they blocked the bot. The conversation is marked
// unreachable (triage.State.Unreachable) when Options.States is set.
var ErrUnreachable = errors.New("telegram: person unreachable (bot blocked)")

// ErrNoChat is returned by the Sender for a conversation whose chat id is
// not known (never seen, or expired).
var ErrNoChat = errors.New("telegram: no chat for conversation")

// New returns the channel. It makes no network call: helpbot starts even
// when Telegram is unreachable.
func New(engine Engine, updates UpdateStore, opts Options) (*Channel, error) {
	opts.defaults()
	switch {
	case opts.Token == "":
		return nil, errors.New("telegram: token is required")
	case len(opts.Secret) < 16:
		return nil, errors.New("telegram: conversation secret must be at least 16 bytes")
	case opts.Mode != ModeWebhook && opts.Mode != ModePolling:
		return nil, fmt.Errorf("telegram: mode %q is neither %q nor %q", opts.Mode, ModeWebhook, ModePolling)
	case opts.Mode == ModeWebhook && !ValidWebhookSecret(opts.WebhookSecret):
		return nil, errors.New("telegram: webhook secret must be 1-256 characters A-Z a-z 0-9 _ -")
	case opts.Text == nil:
		return nil, errors.New("telegram: a localizer is required")
	}
	c := &Channel{engine: engine, updates: updates, opts: opts, log: opts.Logger.With("channel", "telegram"),
		wake: make(chan struct{}, 1), flood: ratelimit.New(opts.ChatRate, opts.ChatBurst), warned: ratelimit.New(1.0/60, 1)}
	var b [8]byte
	rand.Read(b[:])
	c.owner = hex.EncodeToString(b[:])
	bt, err := newBot(opts.Token, opts.ServerURL, opts.HTTPClient,
		bot.WithDefaultHandler(c.onUpdate),
		bot.WithNotAsyncHandlers(),
		bot.WithErrorsHandler(func(err error) { c.log.Warn("telegram library", "err", safeErr(err)) }),
	)
	if err != nil {
		return nil, err
	}
	c.bot = bt
	return c, nil
}

func newBot(token, serverURL string, client *http.Client, extra ...bot.Option) (*bot.Bot, error) {
	opts := append([]bot.Option{
		bot.WithSkipGetMe(),
		bot.WithServerURL(serverURL),
		bot.WithHTTPClient(client.Timeout, client),
	}, extra...)
	b, err := bot.New(token, opts...)
	if err != nil {
		return nil, fmt.Errorf("telegram: %w", err)
	}
	return b, nil
}

// ConversationKey is the conversation id of a Telegram chat: a keyed hash,
// so the raw chat id (in private chats, the user id) appears nowhere but in
// the chat map used to send.
func ConversationKey(secret []byte, chatID int64) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(strconv.FormatInt(chatID, 10)))
	return "t" + hex.EncodeToString(m.Sum(nil))[:32]
}

func (c *Channel) key(chatID int64) string { return ConversationKey(c.opts.Secret, chatID) }

// Routes adds the webhook endpoint, POST /webhooks/telegram, to mux. It is
// there in both modes; in polling mode Telegram never calls it.
func (c *Channel) Routes(mux *http.ServeMux) {
	mux.Handle("POST /webhooks/telegram", c.Handler())
}

// Handler is the webhook handler, for a routes table that lists every
// route itself.
func (c *Channel) Handler() http.Handler { return c.handleWebhook() }

// Run works stored updates until ctx ends, and in polling mode also fetches
// them from Telegram. Each worker finishes the update in hand before Run
// returns. Run picks up updates that a crashed process left behind once
// their claim's lease runs out.
func (c *Channel) Run(ctx context.Context) error {
	c.log.Info("telegram channel running", "mode", c.opts.Mode, "workers", c.opts.Workers)
	done := make(chan struct{})
	n := c.opts.Workers
	for range n {
		go func() { c.work(ctx); done <- struct{}{} }()
	}
	var err error
	if c.opts.Mode == ModePolling {
		err = c.poll(ctx)
	}
	for range n {
		<-done
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// Sender returns the sender of caseworker replies for the delivery
// registry.
func (c *Channel) Sender() triage.Sender { return sender{c} }

// SetWebhookOptions are the arguments of SetWebhook.
type SetWebhookOptions struct {
	Token     string
	URL       string // the public https URL of /webhooks/telegram
	Secret    string // the webhook secret token helpbot checks
	ServerURL string // "" for https://api.telegram.org
	// MaxConnections is how many webhook requests Telegram sends at once
	// (0: Telegram's default, 40).
	MaxConnections int
}

// AllowedUpdates are the update kinds helpbot asks Telegram for.
var AllowedUpdates = []string{"message", "callback_query", "my_chat_member"}

// SetWebhook registers the webhook URL and its secret token with Telegram
// (the `helpbot telegram set-webhook` command).
func SetWebhook(ctx context.Context, o SetWebhookOptions) error {
	if o.Token == "" {
		return errors.New("set webhook: token is required")
	}
	if !ValidWebhookSecret(o.Secret) {
		return errors.New("set webhook: secret must be 1-256 characters A-Z a-z 0-9 _ -")
	}
	if o.ServerURL == "" {
		o.ServerURL = "https://api.telegram.org"
	}
	b, err := newBot(o.Token, o.ServerURL, &http.Client{Timeout: 30 * time.Second})
	if err != nil {
		return err
	}
	ok, err := b.SetWebhook(ctx, &bot.SetWebhookParams{
		URL: o.URL, SecretToken: o.Secret, AllowedUpdates: AllowedUpdates, MaxConnections: o.MaxConnections,
	})
	if err != nil {
		return fmt.Errorf("set webhook: %s", safeErr(err))
	}
	if !ok {
		return errors.New("set webhook: Telegram said no")
	}
	return nil
}

// ValidWebhookSecret reports whether s is a secret token Telegram accepts.
func ValidWebhookSecret(s string) bool {
	if len(s) == 0 || len(s) > 256 {
		return false
	}
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-'
		if !ok {
			return false
		}
	}
	return true
}
