package widget

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

//go:embed assets
var assets embed.FS

var pageTmpl = template.Must(template.ParseFS(assets, "assets/chat.html"))

// Routes adds the widget's routes to mux.
func (s *Server) Routes(mux *http.ServeMux) {
	static, _ := fs.Sub(assets, "assets")
	files := http.FileServer(http.FS(static))
	mux.HandleFunc("GET /{$}", s.servePage)
	mux.HandleFunc("GET /chat", s.servePage)
	mux.HandleFunc("GET /ws", s.ServeWS)
	mux.HandleFunc("GET /widget.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=300")
		r.URL.Path = "/widget.js"
		files.ServeHTTP(w, r)
	})
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(3600, files)))
}

func cacheFor(seconds int, h http.Handler) http.Handler {
	v := "public, max-age=" + strconv.Itoa(seconds)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", v)
		h.ServeHTTP(w, r)
	})
}

// pageLanguage picks the page language: ?lang= first, then
// Accept-Language, then English.
func (s *Server) pageLanguage(r *http.Request) string {
	if l := r.URL.Query().Get("lang"); l != "" {
		for _, have := range s.opts.Languages {
			if strings.EqualFold(have, l) {
				return have
			}
		}
	}
	return MatchLanguage(r.Header.Get("Accept-Language"), s.opts.Languages)
}

// MatchLanguage picks the best of supported for an Accept-Language header,
// or the first supported language when nothing matches.
func MatchLanguage(accept string, supported []string) string {
	tags := make([]language.Tag, len(supported))
	for i, l := range supported {
		tags[i] = language.Make(l)
	}
	m := language.NewMatcher(tags)
	want, _, err := language.ParseAcceptLanguage(accept)
	if err != nil || len(want) == 0 {
		return supported[0]
	}
	_, i, conf := m.Match(want...)
	if conf == language.No {
		return supported[0]
	}
	return supported[i]
}

type langOption struct {
	Tag, Name string
	Selected  bool
}

func (s *Server) servePage(w http.ResponseWriter, r *http.Request) {
	lang := s.pageLanguage(r)
	t := func(id string) string { return s.opts.Text.Text(lang, id, nil) }
	var opts []langOption
	for _, l := range s.opts.Languages {
		opts = append(opts, langOption{Tag: l, Name: s.opts.Text.Text(l, "language.name", nil), Selected: l == lang})
	}
	strs := map[string]string{}
	for _, id := range []string{"widget.you", "widget.bot", "widget.caseworker", "widget.call",
		"widget.text_message", "widget.emergency", "widget.connecting", "widget.reconnecting",
		"widget.connected", "widget.pending", "widget.error", "bot.unverified", "bot.domestic_only"} {
		strs[strings.TrimPrefix(strings.TrimPrefix(id, "widget."), "bot.")] = t(id)
	}
	for _, k := range []string{"phone", "sms", "whatsapp", "line", "viber", "messenger", "telegram", "email", "web"} {
		strs["contact."+k] = t("contact." + k)
	}
	data := map[string]any{
		"Lang":      lang,
		"Dir":       "ltr",
		"Title":     t("widget.title"),
		"Header":    t("widget.header"),
		"Intro":     t("widget.intro"),
		"Greeting":  t("bot.greeting"),
		"Send":      t("widget.send"),
		"Exit":      t("widget.quick_exit"),
		"ExitHint":  t("widget.quick_exit_hint"),
		"LangLabel": t("widget.language"),
		"Input":     t("widget.placeholder"),
		"Languages": opts,
		"ExitURL":   s.opts.ExitURL,
		"Strings":   strs,
		"Embedded":  r.URL.Query().Get("embed") == "1",
	}
	var buf bytes.Buffer
	if err := pageTmpl.Execute(&buf, data); err != nil {
		s.opts.Logger.Error("render chat page", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", s.pageCSP())
	w.Write(buf.Bytes())
}

// pageCSP allows only this origin's scripts and styles, and framing by the
// allowed partner sites.
func (s *Server) pageCSP() string {
	anc := "'self'"
	for _, o := range s.opts.AllowedOrigins {
		anc += " " + o
	}
	return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
		"connect-src 'self' ws: wss:; base-uri 'none'; form-action 'self'; frame-ancestors " + anc
}
