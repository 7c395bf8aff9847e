package main

import (
	"flag"
	"fmt"
	"helpbot/internal/channels/email"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"helpbot/internal/channels/telegram"
)

// config is everything `helpbot serve` reads from the environment and flags.
type config struct {
	Addr            string
	RedisURL        string
	Directory       string
	Locales         string
	DataDir         string
	AllowedOrigins  []string
	ExitURL         string
	Retention       time.Duration
	ShutdownTimeout time.Duration
	SettleWindow    time.Duration
	MaxConnsPerIP   int
	ConvPerMinute   int
	IPPerSecond     int
	TrustProxy      bool
	Secret          []byte
	PublicURL       string
	Telegram        telegramConfig
	Email           emailConfig
	LogLevel        slog.Level
	LogFormat       string // "json", "text" or "" (json unless stdout is a terminal)
}

// envVars documents every variable; the README's table is made from it.
var envVars = []struct{ Name, Default, Help string }{
	{"HELPBOT_ADDR", ":8080", "address to listen on"},
	{"REDIS_URL", "", "Redis to use (redis://host:6379/0); unset: an embedded in-process store that keeps nothing across restarts"},
	{"HELPBOT_DIRECTORY", "./directory", "folder of the Find Help directory files"},
	{"HELPBOT_LOCALES", "./locales", "folder of the message files"},
	{"HELPBOT_DATA", "./data", "folder for local files that must survive a restart (the case spool used while Redis is down)"},
	{"HELPBOT_ALLOWED_ORIGINS", "", "comma-separated partner sites that may embed the widget (https://partner.example)"},
	{"HELPBOT_EXIT_URL", "https://www.google.com/search?q=weather", "neutral page Quick exit goes to"},
	{"HELPBOT_RETENTION", "90d", "how long conversations and resolved cases are kept (e.g. 90d, 720h)"},
	{"HELPBOT_MAX_CONNS_PER_IP", "200", "open widget connections allowed from one address (0: no cap; many phones share a carrier's address)"},
	{"HELPBOT_MESSAGES_PER_MINUTE", "30", "messages one conversation may send a minute, in bursts of up to 10 (0: no limit)"},
	{"HELPBOT_IP_MESSAGES_PER_SECOND", "20", "messages one address may send a second, in bursts of three seconds' worth (0: no limit)"},
	{"HELPBOT_TRUST_PROXY", "false", "take the client address from X-Forwarded-For (only behind a proxy that sets it)"},
	{"HELPBOT_SHUTDOWN_TIMEOUT", "20s", "how long shutdown waits for messages being handled"},
	{"HELPBOT_SETTLE_WINDOW", "1ms", "how long the widget gathers answered messages to store them in one Redis round trip (0s to 100ms); their acks wait that long, the replies never do"},
	{"HELPBOT_SECRET", "", "at least 16 random characters (openssl rand -hex 32); keys the hashes that turn Telegram chat ids and email addresses into conversation ids; the same on every replica; required by Telegram and email"},
	{"HELPBOT_PUBLIC_URL", "", "the public https address of helpbot (https://help.example.org), for webhooks"},
	{"HELPBOT_TELEGRAM_TOKEN", "", "the bot token from BotFather; unset: no Telegram channel"},
	{"HELPBOT_TELEGRAM_MODE", "webhook", "webhook (production, several replicas) or polling (a laptop without a public URL)"},
	{"HELPBOT_TELEGRAM_WEBHOOK_SECRET", "", "1-256 characters A-Z a-z 0-9 _ -, checked on every webhook call; required in webhook mode"},
	{"HELPBOT_TELEGRAM_API_URL", "", "Bot API base URL (default https://api.telegram.org); for tests"},
	{"HELPBOT_EMAIL_ADDRESS", "", "helpbot's address (help@example.org), without +; setting it turns the email channel on"},
	{"HELPBOT_SMTP_URL", "", "required with the address: smtp://user:pass@host:587 (STARTTLS when offered; ?tls=required, ?tls=none) or smtps://user:pass@host:465"},
	{"HELPBOT_EMAIL_WEBHOOK_KEY", "", "key for raw MIME posts signed with X-Helpbot-Timestamp and X-Helpbot-Signature"},
	{"HELPBOT_MAILGUN_KEY", "", "Mailgun's webhook signing key"},
	{"HELPBOT_SENDGRID_USER", "", "basic-auth user in the SendGrid Inbound Parse URL"},
	{"HELPBOT_SENDGRID_PASS", "", "basic-auth password in the SendGrid Inbound Parse URL"},
	{"HELPBOT_EMAIL_MAX_BODY", "2097152", "largest accepted email webhook post in bytes (larger gets 413)"},
	{"HELPBOT_LOG_LEVEL", "info", "debug, info, warn or error"},
	{"HELPBOT_LOG_FORMAT", "", "json or text (default: json unless stdout is a terminal)"},
}

// configError names the variable (or flag) that is wrong.
type configError struct{ name, msg string }

func (e *configError) Error() string { return e.name + ": " + e.msg }

// withDefaults reads a variable through getenv, falling back to its
// default in envVars when it is unset or blank.
func withDefaults(getenv func(string) string) func(string) string {
	return func(name string) string {
		if v := strings.TrimSpace(getenv(name)); v != "" {
			return v
		}
		for _, e := range envVars {
			if e.Name == name {
				return e.Default
			}
		}
		return ""
	}
}

func loadConfig(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	env := withDefaults(getenv)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", env("HELPBOT_ADDR"), "address to listen on (HELPBOT_ADDR)")
	redisURL := fs.String("redis", env("REDIS_URL"), "Redis URL (REDIS_URL); empty: embedded store")
	dir := fs.String("directory", env("HELPBOT_DIRECTORY"), "directory folder (HELPBOT_DIRECTORY)")
	loc := fs.String("locales", env("HELPBOT_LOCALES"), "locales folder (HELPBOT_LOCALES)")
	if err := fs.Parse(args); err != nil {
		return config{}, &configError{"flags", err.Error()}
	}
	if fs.NArg() > 0 {
		return config{}, &configError{"arguments", fmt.Sprintf("unexpected %q", fs.Arg(0))}
	}
	c := config{Addr: *addr, RedisURL: *redisURL, Directory: *dir, Locales: *loc, DataDir: env("HELPBOT_DATA")}

	if _, port, err := net.SplitHostPort(c.Addr); err != nil {
		return c, &configError{"HELPBOT_ADDR", fmt.Sprintf("%q is not host:port (for example :8080): %v", c.Addr, err)}
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return c, &configError{"HELPBOT_ADDR", fmt.Sprintf("port %q is not a number from 0 to 65535", port)}
	}
	if c.RedisURL != "" {
		if _, err := redis.ParseURL(c.RedisURL); err != nil {
			return c, &configError{"REDIS_URL", fmt.Sprintf("%q is not a redis:// URL: %v", c.RedisURL, err)}
		}
	}
	for name, path := range map[string]string{"HELPBOT_DIRECTORY": c.Directory, "HELPBOT_LOCALES": c.Locales} {
		if st, err := os.Stat(path); err != nil {
			return c, &configError{name, fmt.Sprintf("cannot read folder %q: %v", path, err)}
		} else if !st.IsDir() {
			return c, &configError{name, fmt.Sprintf("%q is not a folder", path)}
		}
	}
	if err := os.MkdirAll(c.DataDir, 0o700); err != nil {
		return c, &configError{"HELPBOT_DATA", fmt.Sprintf("cannot create folder %q: %v", c.DataDir, err)}
	}
	if v := env("HELPBOT_ALLOWED_ORIGINS"); v != "" {
		for _, o := range strings.Split(v, ",") {
			o = strings.TrimSuffix(strings.TrimSpace(o), "/")
			if o == "" {
				continue
			}
			u, err := url.Parse(o)
			if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
				return c, &configError{"HELPBOT_ALLOWED_ORIGINS", fmt.Sprintf("%q is not an origin like https://partner.example", o)}
			}
			c.AllowedOrigins = append(c.AllowedOrigins, u.Scheme+"://"+u.Host)
		}
	}
	c.ExitURL = env("HELPBOT_EXIT_URL")
	if u, err := url.Parse(c.ExitURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return c, &configError{"HELPBOT_EXIT_URL", fmt.Sprintf("%q is not an http(s) URL", c.ExitURL)}
	}
	var err error
	if c.Retention, err = parseDays(env("HELPBOT_RETENTION")); err != nil || c.Retention < time.Hour {
		return c, &configError{"HELPBOT_RETENTION", fmt.Sprintf("%q is not a period of at least an hour (for example 90d or 720h)", env("HELPBOT_RETENTION"))}
	}
	if c.ShutdownTimeout, err = time.ParseDuration(env("HELPBOT_SHUTDOWN_TIMEOUT")); err != nil || c.ShutdownTimeout <= 0 {
		return c, &configError{"HELPBOT_SHUTDOWN_TIMEOUT", fmt.Sprintf("%q is not a positive duration (for example 20s)", env("HELPBOT_SHUTDOWN_TIMEOUT"))}
	}
	if c.SettleWindow, err = time.ParseDuration(env("HELPBOT_SETTLE_WINDOW")); err != nil || c.SettleWindow < 0 || c.SettleWindow > 100*time.Millisecond {
		return c, &configError{"HELPBOT_SETTLE_WINDOW", fmt.Sprintf("%q is not a duration from 0s to 100ms (for example 2ms)", env("HELPBOT_SETTLE_WINDOW"))}
	}
	for _, n := range []struct {
		name string
		dst  *int
	}{{"HELPBOT_MAX_CONNS_PER_IP", &c.MaxConnsPerIP}, {"HELPBOT_MESSAGES_PER_MINUTE", &c.ConvPerMinute}, {"HELPBOT_IP_MESSAGES_PER_SECOND", &c.IPPerSecond}} {
		v, err := strconv.Atoi(env(n.name))
		if err != nil || v < 0 {
			return c, &configError{n.name, fmt.Sprintf("%q is not a whole number of zero or more", env(n.name))}
		}
		*n.dst = v
	}
	if c.TrustProxy, err = strconv.ParseBool(env("HELPBOT_TRUST_PROXY")); err != nil {
		return c, &configError{"HELPBOT_TRUST_PROXY", "must be true or false"}
	}
	if v := env("HELPBOT_SECRET"); v != "" {
		if len(v) < 16 {
			return c, &configError{"HELPBOT_SECRET", "must be at least 16 characters (openssl rand -hex 32)"}
		}
		c.Secret = []byte(v)
	}
	if v := env("HELPBOT_PUBLIC_URL"); v != "" {
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return c, &configError{"HELPBOT_PUBLIC_URL", fmt.Sprintf("%q is not an http(s) URL", v)}
		}
		c.PublicURL = strings.TrimSuffix(v, "/")
	}
	if c.Telegram, err = loadTelegramConfig(env); err != nil {
		return c, err
	}
	if c.Email, err = loadEmailConfig(env); err != nil {
		return c, err
	}
	if c.Email.Address != "" && c.Secret == nil {
		return c, &configError{"HELPBOT_SECRET", "is required when HELPBOT_EMAIL_ADDRESS is set"}
	}
	if c.Telegram.Token != "" && c.Secret == nil {
		return c, &configError{"HELPBOT_SECRET", "is required when HELPBOT_TELEGRAM_TOKEN is set"}
	}
	if err := c.LogLevel.UnmarshalText([]byte(env("HELPBOT_LOG_LEVEL"))); err != nil {
		return c, &configError{"HELPBOT_LOG_LEVEL", "must be debug, info, warn or error"}
	}
	switch c.LogFormat = env("HELPBOT_LOG_FORMAT"); c.LogFormat {
	case "", "json", "text":
	default:
		return c, &configError{"HELPBOT_LOG_FORMAT", "must be json or text"}
	}
	return c, nil
}

// parseDays reads a Go duration or a number of days ("90d").
func parseDays(s string) (time.Duration, error) {
	if d, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(d)
		if err != nil || n <= 0 {
			return 0, fmt.Errorf("bad days %q", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	return time.ParseDuration(s)
}

// telegramConfig is the Telegram channel's part of the configuration.
type telegramConfig struct {
	Token, Mode, WebhookSecret, APIURL string
}

func loadTelegramConfig(env func(string) string) (telegramConfig, error) {
	t := telegramConfig{Token: env("HELPBOT_TELEGRAM_TOKEN"), Mode: env("HELPBOT_TELEGRAM_MODE"),
		WebhookSecret: env("HELPBOT_TELEGRAM_WEBHOOK_SECRET"), APIURL: env("HELPBOT_TELEGRAM_API_URL")}
	if t.Token == "" {
		return t, nil
	}
	switch t.Mode {
	case telegram.ModeWebhook:
		if !telegram.ValidWebhookSecret(t.WebhookSecret) {
			return t, &configError{"HELPBOT_TELEGRAM_WEBHOOK_SECRET", "webhook mode needs 1-256 characters of A-Z a-z 0-9 _ - (openssl rand -hex 32)"}
		}
	case telegram.ModePolling:
	default:
		return t, &configError{"HELPBOT_TELEGRAM_MODE", fmt.Sprintf("%q is not webhook or polling", t.Mode)}
	}
	if t.APIURL != "" {
		if u, err := url.Parse(t.APIURL); err != nil || u.Host == "" {
			return t, &configError{"HELPBOT_TELEGRAM_API_URL", fmt.Sprintf("%q is not a URL", t.APIURL)}
		}
	}
	return t, nil
}

// emailConfig is the email channel's part of the configuration.
type emailConfig struct {
	Address, SMTPURL, WebhookKey, MailgunKey, SendGridUser, SendGridPass string
	MaxBody                                                              int64
}

func loadEmailConfig(env func(string) string) (emailConfig, error) {
	e := emailConfig{Address: env("HELPBOT_EMAIL_ADDRESS"), SMTPURL: env("HELPBOT_SMTP_URL"),
		WebhookKey: env("HELPBOT_EMAIL_WEBHOOK_KEY"), MailgunKey: env("HELPBOT_MAILGUN_KEY"),
		SendGridUser: env("HELPBOT_SENDGRID_USER"), SendGridPass: env("HELPBOT_SENDGRID_PASS")}
	n, err := strconv.ParseInt(env("HELPBOT_EMAIL_MAX_BODY"), 10, 64)
	if err != nil || n < 1024 {
		return e, &configError{"HELPBOT_EMAIL_MAX_BODY", "must be a number of bytes, at least 1024"}
	}
	e.MaxBody = n
	if e.Address == "" {
		return e, nil
	}
	if !strings.Contains(e.Address, "@") || strings.Contains(e.Address, "+") {
		return e, &configError{"HELPBOT_EMAIL_ADDRESS", fmt.Sprintf("%q is not an address like help@example.org (without +)", e.Address)}
	}
	if e.SMTPURL == "" {
		return e, &configError{"HELPBOT_SMTP_URL", "is required when HELPBOT_EMAIL_ADDRESS is set"}
	}
	if err := email.CheckSMTPURL(e.SMTPURL); err != nil {
		return e, &configError{"HELPBOT_SMTP_URL", err.Error()}
	}
	if (e.SendGridUser == "") != (e.SendGridPass == "") {
		return e, &configError{"HELPBOT_SENDGRID_USER", "and HELPBOT_SENDGRID_PASS must be set together"}
	}
	if e.WebhookKey == "" && e.MailgunKey == "" && e.SendGridUser == "" {
		return e, &configError{"HELPBOT_EMAIL_WEBHOOK_KEY", "set it, HELPBOT_MAILGUN_KEY or HELPBOT_SENDGRID_USER/PASS, so inbound mail can be verified"}
	}
	return e, nil
}
