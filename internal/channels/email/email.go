// Package email is the email channel: an inbound webhook that stores each
// mail before answering the provider, a processor that triages stored mail,
// and an outbox that sends replies by SMTP, retrying until the server takes
// them. It talks to the rest of helpbot only in triage types and through the
// storage interfaces declared here.
package email

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/mail"
	"os"
	"strings"
	"sync"
	"time"

	"helpbot/internal/ratelimit"
	"helpbot/internal/triage"
)

// Engine is what the email channel needs from the triage engine.
type Engine interface {
	Handle(ctx context.Context, m triage.Message) (triage.Result, error)
}

// History is a conversation's transcript (triage.Conversations satisfies
// it). It is optional: with it, a reply lost to a crash between triage and
// queueing is recovered, and caseworker replies are recorded in the
// transcript as the widget's are.
type History interface {
	Append(ctx context.Context, conversation string, e triage.Entry) (triage.Entry, bool, error)
	Since(ctx context.Context, conversation, seq string) ([]triage.Entry, error)
}

// Raw is one inbound mail as stored by the webhook, before it is triaged.
type Raw struct {
	ID       string
	Data     []byte
	Received time.Time
}

// Inbox holds inbound mail from the moment the webhook accepts it until it
// has been triaged, so that a crash neither loses nor doubles a message.
type Inbox interface {
	// AddInbound stores a raw mail durably and returns its id.
	AddInbound(ctx context.Context, data []byte, received time.Time) (id string, err error)
	// ClaimInbound returns up to n stored mails for consumer: first those
	// another consumer took and did not acknowledge within idle, then new
	// ones, waiting up to wait when there are none.
	ClaimInbound(ctx context.Context, consumer string, n int, idle, wait time.Duration) ([]Raw, error)
	// AckInbound removes a mail that has been handled.
	AckInbound(ctx context.Context, id string) error
}

// Outgoing is one mail waiting to be sent. It holds personal data (the
// address and the text) and is kept no longer than the conversation.
type Outgoing struct {
	ID           string    `json:"id"`
	Conversation string    `json:"conversation"`
	To           string    `json:"to"`
	From         string    `json:"from"`
	ReplyTo      string    `json:"reply_to"`
	Subject      string    `json:"subject"`
	MessageID    string    `json:"message_id"` // without angle brackets
	InReplyTo    string    `json:"in_reply_to,omitempty"`
	References   []string  `json:"references,omitempty"`
	Language     string    `json:"language"`
	Text         string    `json:"text"`
	HTML         string    `json:"html"`
	Auto         bool      `json:"auto,omitempty"` // a bot reply: marked Auto-Submitted
	Attempts     int       `json:"attempts,omitempty"`
	Queued       time.Time `json:"queued"`
}

// Outbox holds replies until the SMTP server has accepted them.
type Outbox interface {
	// QueueOutgoing stores m to be sent now. It returns false and stores
	// nothing when a mail with m.ID was queued before, sent or not.
	QueueOutgoing(ctx context.Context, m Outgoing) (queued bool, err error)
	// DueOutgoing leases up to n mails whose time has come: nobody else gets
	// them until lease has passed or they are retried or done.
	DueOutgoing(ctx context.Context, now time.Time, n int, lease time.Duration) ([]Outgoing, error)
	// RetryOutgoing stores m (with its attempt count) to be tried again at.
	RetryOutgoing(ctx context.Context, m Outgoing, at time.Time) error
	// DoneOutgoing removes a mail the SMTP server accepted or refused for good.
	DoneOutgoing(ctx context.Context, id string) error
}

// Thread is what helpbot keeps to answer a conversation by mail. It holds
// personal data and expires with the conversation.
type Thread struct {
	Conversation  string    `json:"conversation"`
	Token         string    `json:"token"`   // in the Reply-To address: help+<token>@domain
	Address       string    `json:"address"` // where replies go
	Subject       string    `json:"subject"` // the original subject, without "Re:"
	LastMessageID string    `json:"last_message_id,omitempty"`
	References    []string  `json:"references,omitempty"`
	Updated       time.Time `json:"updated"`
}

// Threads maps mail threads to conversations.
type Threads interface {
	// LoadThread returns the thread of a conversation; ok is false when
	// there is none.
	LoadThread(ctx context.Context, conversation string) (t Thread, ok bool, err error)
	// SaveThread stores t, indexes its token and renews its expiry.
	SaveThread(ctx context.Context, t Thread) error
	// LinkMessage records that a Message-ID belongs to a conversation.
	LinkMessage(ctx context.Context, messageID, conversation string) error
	// FindConversation returns the conversation of a reply token, or else
	// of the first of the Message-IDs linked to one; "" when none is known.
	FindConversation(ctx context.Context, token string, messageIDs []string) (string, error)
}

// Nonces remembers one-time values (webhook tokens) to refuse replays.
type Nonces interface {
	// ClaimNonce records nonce for ttl; it reports false when it was
	// already there.
	ClaimNonce(ctx context.Context, nonce string, ttl time.Duration) (bool, error)
	// ReleaseNonce forgets a nonce whose request could not be stored, so the
	// provider's retry is accepted.
	ReleaseNonce(ctx context.Context, nonce string) error
}

// Store is all the email channel keeps. store.Email implements it in Redis.
type Store interface {
	Inbox
	Outbox
	Threads
	Nonces
}

// Options configure the channel. Address and Secret are required; each
// webhook format is accepted only when its credential is set.
type Options struct {
	// Address is helpbot's own address (help@example.org): the From of
	// replies, and with a +token the Reply-To.
	Address string
	// Secret keys the hash that turns an address into a conversation id.
	Secret []byte
	// WebhookKey verifies raw MIME posts (Content-Type: message/rfc822)
	// signed with X-Helpbot-Timestamp and X-Helpbot-Signature:
	// hex(HMAC-SHA256(key, timestamp + "." + body)).
	WebhookKey []byte
	// MailgunKey is the Mailgun HTTP webhook signing key.
	MailgunKey string
	// SendGridUser and SendGridPass are the basic-auth credentials in the
	// SendGrid Inbound Parse URL.
	SendGridUser, SendGridPass string
	// MaxBody caps a webhook request in bytes (default 2 MiB).
	MaxBody int64
	// MaxAge is how far a signed timestamp may be from now (default 5 min).
	MaxAge time.Duration
	// SMTPURL is smtp://[user:pass@]host[:port] (STARTTLS when offered;
	// ?tls=none to never, ?tls=required to insist) or smtps://host[:port].
	SMTPURL string
	// History, when set, records caseworker replies and recovers replies
	// lost to a crash (see History).
	History History
	Text    triage.Localizer
	Logger  *slog.Logger
	Now     func() time.Time

	// Tuning; zero values take the defaults.
	PollInterval time.Duration // outbox poll (default 1s)
	RetryMin     time.Duration // first SMTP retry delay (default 5s)
	RetryMax     time.Duration // longest SMTP retry delay (default 10 min)
	SMTPTimeout  time.Duration // one SMTP attempt (default 30s)
	ClaimIdle    time.Duration // inbound mail taken by a dead processor is retaken after (default 1 min)
	MaxTextRunes int           // longest text triaged (default 16000)
	// SenderRate and SenderBurst limit the mails one sender may post (per
	// second, bucket size; default one a minute in bursts of 10).
	SenderRate   float64
	SenderBurst  int
	ConsumerName string // this process in the inbox group (default host-pid-random)
}

// maxReferences is how many Message-IDs a reply's References keeps.
const maxReferences = 20

func (o *Options) defaults() {
	if o.SenderRate == 0 {
		o.SenderRate = 1.0 / 60
	}
	if o.SenderBurst == 0 {
		o.SenderBurst = 10
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 2 << 20
	}
	if o.MaxAge <= 0 {
		o.MaxAge = 5 * time.Minute
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.PollInterval <= 0 {
		o.PollInterval = time.Second
	}
	if o.RetryMin <= 0 {
		o.RetryMin = 5 * time.Second
	}
	if o.RetryMax <= 0 {
		o.RetryMax = 10 * time.Minute
	}
	if o.SMTPTimeout <= 0 {
		o.SMTPTimeout = 30 * time.Second
	}
	if o.ClaimIdle <= 0 {
		o.ClaimIdle = time.Minute
	}
	if o.MaxTextRunes <= 0 {
		o.MaxTextRunes = 16000
	}
	if o.ConsumerName == "" {
		host, _ := os.Hostname()
		o.ConsumerName = fmt.Sprintf("%s-%d-%s", host, os.Getpid(), randomToken()[:6])
	}
}

// Channel is the email channel.
type Channel struct {
	engine Engine
	store  Store
	opts   Options
	log    *slog.Logger
	smtp   *smtpMailer

	local, domain string // of opts.Address

	wake chan struct{} // pokes the outbox loop after a reply is queued

	flood *ratelimit.Limiter // inbound mails per sender

	// answeredDown holds the mails answered while the store was down
	// (answerNow), so that the same mail, delivered again once it is
	// back, is stored but not answered a second time by this process.
	answeredDown recentSet
}

// CheckSMTPURL reports what is wrong with an SMTP URL, as New would, for a
// configuration check that names the setting at fault.
func CheckSMTPURL(raw string) error {
	_, err := newSMTPMailer(raw, time.Second)
	return err
}

// New returns an email channel. It checks the options and names the one at
// fault.
func New(engine Engine, store Store, opts Options) (*Channel, error) {
	opts.defaults()
	a, err := mail.ParseAddress(opts.Address)
	if err != nil || a.Name != "" {
		return nil, fmt.Errorf("email address: want a bare address like help@example.org")
	}
	local, domain, _ := strings.Cut(strings.ToLower(a.Address), "@")
	if local == "" || domain == "" || strings.Contains(local, "+") {
		return nil, fmt.Errorf("email address: want a bare address like help@example.org, without +")
	}
	if len(opts.Secret) < 16 {
		return nil, fmt.Errorf("email secret: want at least 16 bytes")
	}
	if len(opts.WebhookKey) == 0 && opts.MailgunKey == "" && opts.SendGridUser == "" {
		return nil, fmt.Errorf("email webhook: set at least one of the webhook key, the Mailgun key or the SendGrid credentials")
	}
	if (opts.SendGridUser == "") != (opts.SendGridPass == "") {
		return nil, fmt.Errorf("email SendGrid credentials: set both user and password")
	}
	m, err := newSMTPMailer(opts.SMTPURL, opts.SMTPTimeout)
	if err != nil {
		return nil, fmt.Errorf("smtp url: %w", err)
	}
	opts.Address = local + "@" + domain
	return &Channel{
		engine: engine, store: store, opts: opts, log: opts.Logger.With("channel", string(triage.ChannelEmail)),
		smtp: m, local: local, domain: domain, wake: make(chan struct{}, 1),
		flood: ratelimit.New(opts.SenderRate, opts.SenderBurst),
	}, nil
}

// Routes registers the inbound webhook: POST /webhooks/email, and
// POST /webhooks/email/mime for Mailgun routes, which post the raw MIME
// (body-mime) only to URLs ending in "mime".
func (c *Channel) Routes(mux *http.ServeMux) {
	h := c.handleWebhook()
	mux.Handle("POST /webhooks/email", h)
	mux.Handle("POST /webhooks/email/mime", h)
}

// Run processes stored inbound mail and sends queued replies until ctx
// ends. It returns nil then.
func (c *Channel) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); c.runInbox(ctx) }()
	go func() { defer wg.Done(); c.runOutbox(ctx) }()
	wg.Wait()
	return nil
}

// Sender returns the triage.Sender for caseworker replies by mail.
func (c *Channel) Sender() triage.Sender { return (*sender)(c) }

// ConversationID is the conversation key of a mail address: a keyed hash,
// so the id reveals nothing of the address.
func ConversationID(secret []byte, address string) string {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(strings.ToLower(strings.TrimSpace(address))))
	return "e" + hex.EncodeToString(h.Sum(nil))[:32]
}

// ErrNoThread is returned by the Sender for a conversation with no mail
// thread (never written to by mail, or expired).
var ErrNoThread = errors.New("no mail thread for conversation")

var tokenEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// randomToken returns 16 lower-case base32 characters (80 random bits).
func randomToken() string {
	b := make([]byte, 10)
	rand.Read(b)
	return tokenEncoding.EncodeToString(b)
}

func (c *Channel) replyTo(token string) string {
	if token == "" {
		return c.opts.Address
	}
	return c.local + "+" + token + "@" + c.domain
}

func (c *Channel) poke() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}
