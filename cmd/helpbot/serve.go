package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"

	"helpbot/internal/channels/email"
	"helpbot/internal/channels/telegram"
	"helpbot/internal/channels/widget"
	"helpbot/internal/console"
	"helpbot/internal/delivery"
	"helpbot/internal/directory"
	"helpbot/internal/locale"
	"helpbot/internal/queue"
	"helpbot/internal/store"
	"helpbot/internal/triage"
	"helpbot/internal/triage/detect"
)

// serverGCPercent is the garbage collector's target for helpbot serve.
const serverGCPercent = 800

// serve runs the server until ctx ends, then shuts down gracefully: new
// connections are refused, messages being handled finish and their replies
// go out, and widget clients are told to reconnect.
func serve(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := loadConfig(args, getenv, stderr)
	if err != nil {
		return err
	}
	log := newLogger(stdout, cfg.LogFormat, cfg.LogLevel)
	// Each message leaves a few KB of garbage, and each collection slows
	// the replies around it (the slowest 1% come in clusters at the
	// collections): collecting an eighth as often as the default keeps
	// most replies clear of them, for about 100 MB more heap at the peak of
	// a load and no more memory per idle connection (docs/performance.md).
	// GOGC, when set, wins.
	if getenv("GOGC") == "" {
		debug.SetGCPercent(serverGCPercent)
	}

	go detect.Warm() // the first message should not wait for the tables
	text, err := locale.Load(os.DirFS(cfg.Locales))
	if err != nil {
		return &configError{"HELPBOT_LOCALES", err.Error()}
	}
	dir, err := directory.NewStore(cfg.Directory, log)
	if err != nil {
		return &configError{"HELPBOT_DIRECTORY", err.Error()}
	}

	rdb, embedded, closeRedis, err := store.Connect(ctx, cfg.RedisURL)
	if err != nil {
		return &configError{"REDIS_URL", err.Error()}
	}
	defer closeRedis()
	if embedded {
		log.Warn("REDIS_URL is not set: using an embedded in-process store. NOTHING SURVIVES A RESTART: " +
			"conversations and cases are lost when helpbot stops. Set REDIS_URL for real use.")
	} else if err := rdb.Ping(ctx).Err(); err != nil {
		log.Error("Redis is not reachable; serving emergency help from the directory until it is", "err", err)
	}

	// Background work lives as long as the server; it stops after shutdown.
	bg, stopBG := context.WithCancel(context.Background())
	defer stopBG()
	go dir.Watch(bg)

	conversations := store.NewConversations(rdb, cfg.Retention)
	bus := store.NewBus(rdb, log)
	cases, err := queue.New(rdb, queue.Options{
		Retention: cfg.Retention, SpoolPath: filepath.Join(cfg.DataDir, "spool.jsonl"), Logger: log,
	})
	if err != nil {
		return fmt.Errorf("case queue: %w", err)
	}
	go cases.Run(bg)
	engine := &triage.Engine{Directory: dir, Conversations: conversations, Cases: cases, Text: text, Logger: log}
	// Build the detector's tables now, not while the first person waits.
	engine.Assess(triage.Message{Text: "hello, I need help"}, triage.State{})

	chat := widget.New(engine, conversations, widget.Options{
		AllowedOrigins: cfg.AllowedOrigins, ExitURL: cfg.ExitURL, Text: text, Logger: log,
		MaxConnsPerIP:    cfg.MaxConnsPerIP,
		ConversationRate: float64(cfg.ConvPerMinute) / 60, ConversationBurst: 10,
		IPRate: float64(cfg.IPPerSecond), IPBurst: 3 * cfg.IPPerSecond,
		TrustProxy: cfg.TrustProxy, SettleWindow: settleWindow(cfg.SettleWindow),
	})
	senders := delivery.NewRegistry()
	senders.Register(triage.ChannelWidget, &delivery.WidgetSender{Conversations: conversations, Bus: bus})
	feedReady := delivery.FeedWidget(bg, bus, chat.Deliver, log)

	var channels []backgroundChannel
	if cfg.Telegram.Token != "" {
		tg, err := telegram.New(engine, store.NewTelegramUpdates(rdb, cfg.Retention), telegram.Options{
			Token: cfg.Telegram.Token, WebhookSecret: cfg.Telegram.WebhookSecret, Secret: cfg.Secret,
			ServerURL: cfg.Telegram.APIURL, Mode: cfg.Telegram.Mode, Logger: log, Text: text,
			States: conversations, Transcript: conversations,
		})
		if err != nil {
			return &configError{"HELPBOT_TELEGRAM_TOKEN", err.Error()}
		}
		senders.Register(triage.ChannelTelegram, tg.Sender())
		channels = append(channels, tg)
		log.Info("telegram channel on", "mode", cfg.Telegram.Mode)
	}
	if cfg.Email.Address != "" {
		var webhookKey []byte
		if cfg.Email.WebhookKey != "" {
			webhookKey = []byte(cfg.Email.WebhookKey)
		}
		mail, err := email.New(engine, store.NewEmail(rdb, cfg.Retention), email.Options{
			Address: cfg.Email.Address, Secret: cfg.Secret, WebhookKey: webhookKey,
			MailgunKey: cfg.Email.MailgunKey, SendGridUser: cfg.Email.SendGridUser, SendGridPass: cfg.Email.SendGridPass,
			MaxBody: cfg.Email.MaxBody, SMTPURL: cfg.Email.SMTPURL, History: conversations, Text: text, Logger: log,
		})
		if err != nil {
			return &configError{"HELPBOT_EMAIL_ADDRESS", err.Error()}
		}
		senders.Register(triage.ChannelEmail, mail.Sender())
		channels = append(channels, mail)
		log.Info("email channel on")
	}
	var workers sync.WaitGroup
	for _, ch := range channels {
		workers.Add(1)
		go func() {
			defer workers.Done()
			if err := ch.Run(bg); err != nil && bg.Err() == nil {
				log.Error("channel stopped", "err", err)
			}
		}()
	}

	accounts := store.NewAccounts(rdb, "") // audit entries go to the queue's stream
	cons := console.New(console.Deps{
		Queue: cases, Conversations: conversations, Sender: senders, Directory: dir, Text: text,
		Accounts: accounts, Sessions: accounts, Audit: accounts, Logger: log,
	}, console.Options{TrustProxy: cfg.TrustProxy})
	// Run ends the console's live streams when shutdown starts.
	go cons.Run(ctx)

	app := &server{
		rdb: rdb, dir: dir, text: text, chat: chat, feedReady: feedReady, channels: channels, console: cons,
	}
	srv := &http.Server{
		Handler:           app.routes(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return &configError{"HELPBOT_ADDR", fmt.Sprintf("listen on %s: %v", cfg.Addr, err)}
	}
	log.Info("listening", "addr", ln.Addr().String(), "embedded_store", embedded)

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}

	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), cfg.ShutdownTimeout)
	defer cancel()
	if err := chat.Shutdown(sctx); err != nil {
		log.Warn("widget connections did not finish in time", "err", err)
	}
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Warn("http shutdown", "err", err)
	}
	// Channel workers finish the update in hand; what is left stays stored
	// and another process (or the next start) takes it.
	stopBG()
	done := make(chan struct{})
	go func() { workers.Wait(); close(done) }()
	select {
	case <-done:
	case <-sctx.Done():
		log.Warn("channel workers did not finish in time; their pending work stays stored")
	}
	log.Info("stopped")
	return nil
}

// backgroundChannel is a channel with work of its own beside its HTTP
// routes (Telegram's update workers, email's inbox and outbox).
type backgroundChannel interface {
	Routes(mux *http.ServeMux)
	Run(ctx context.Context) error
}

// settleWindow is HELPBOT_SETTLE_WINDOW as widget.Options takes it: 0s
// there means no window, which the option writes as a negative duration.
func settleWindow(d time.Duration) time.Duration {
	if d == 0 {
		return -1
	}
	return d
}
