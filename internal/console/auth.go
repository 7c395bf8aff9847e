package console

import (
	"context"
	"crypto/subtle"
	"errors"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// CookieName is the session cookie.
const CookieName = "helpbot_console"

// user is the caseworker behind a request.
type user struct {
	Account
	session Session
}

func (u *user) supervisor() bool { return u.Role == RoleSupervisor }

type handlerFunc func(w http.ResponseWriter, r *http.Request, u *user)

// authed lets through requests with a live session of an enabled account,
// and, for anything but GET, the session's CSRF token in X-CSRF-Token and
// no foreign Origin.
func (c *Console) authed(h handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := c.user(r)
		if err != nil {
			if errors.Is(err, ErrNoSession) || errors.Is(err, ErrNoAccount) {
				c.fail(w, r, errorf(http.StatusUnauthorized, "log in first"))
				return
			}
			c.fail(w, r, err)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if !c.sameOrigin(r) {
				c.fail(w, r, errorf(http.StatusForbidden, "cross-origin request refused"))
				return
			}
			got := r.Header.Get("X-CSRF-Token")
			if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(u.session.CSRF)) != 1 {
				c.fail(w, r, errorf(http.StatusForbidden, "missing or wrong CSRF token"))
				return
			}
		}
		h(w, r, u)
	})
}

// supervisor lets through supervisors only.
func (c *Console) supervisor(h handlerFunc) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request, u *user) {
		if !u.supervisor() {
			c.fail(w, r, errorf(http.StatusForbidden, "supervisors only"))
			return
		}
		h(w, r, u)
	}
}

// user finds the session and account of a request: ErrNoSession or
// ErrNoAccount when there is none (or the account is disabled).
func (c *Console) user(r *http.Request) (*user, error) {
	ck, err := r.Cookie(CookieName)
	if err != nil || ck.Value == "" || len(ck.Value) > 128 {
		return nil, ErrNoSession
	}
	s, err := c.d.Sessions.Session(r.Context(), ck.Value)
	if err != nil {
		return nil, err
	}
	s.Token = ck.Value
	a, err := c.d.Accounts.Account(r.Context(), s.Name)
	if err != nil {
		return nil, err
	}
	if a.Disabled {
		c.d.Sessions.DeleteSession(r.Context(), ck.Value)
		return nil, ErrNoAccount
	}
	return &user{Account: a, session: s}, nil
}

// secure reports whether the browser reached us over TLS.
func (c *Console) secure(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	return c.o.TrustProxy && strings.EqualFold(strings.TrimSpace(r.Header.Get("X-Forwarded-Proto")), "https")
}

// clientIP is the address failed logins are counted against.
func (c *Console) clientIP(r *http.Request) string {
	if c.o.TrustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			parts := strings.Split(xff, ",")
			if ip := strings.TrimSpace(parts[len(parts)-1]); net.ParseIP(ip) != nil {
				return ip
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// sameOrigin refuses a request whose Origin header names another site.
func (c *Console) sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true // not a browser, or a same-origin GET
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	host := r.Host
	if c.o.TrustProxy {
		if fh := r.Header.Get("X-Forwarded-Host"); fh != "" {
			host = strings.TrimSpace(strings.Split(fh, ",")[0])
		}
	}
	return strings.EqualFold(u.Host, host)
}

func (c *Console) setCookie(w http.ResponseWriter, r *http.Request, value string, maxAge int) {
	http.SetCookie(w, &http.Cookie{
		Name: CookieName, Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: c.secure(r), SameSite: http.SameSiteStrictMode,
	})
}

type meJSON struct {
	Name      string   `json:"name"`
	Role      Role     `json:"role"`
	Languages []string `json:"languages"`
	CSRF      string   `json:"csrf_token"`
}

func me(u *user) meJSON {
	langs := u.Languages
	if langs == nil {
		langs = []string{}
	}
	return meJSON{Name: u.Name, Role: u.Role, Languages: langs, CSRF: u.session.CSRF}
}

func (c *Console) handleLogin(w http.ResponseWriter, r *http.Request) {
	if !c.sameOrigin(r) {
		c.fail(w, r, errorf(http.StatusForbidden, "cross-origin request refused"))
		return
	}
	var in struct {
		Name     string `json:"name"`
		Password string `json:"password"`
	}
	if err := decode(w, r, &in); err != nil {
		c.fail(w, r, err)
		return
	}
	name := strings.ToLower(strings.TrimSpace(in.Name))
	if !ValidName(name) || in.Password == "" || len(in.Password) > 1024 {
		c.fail(w, r, errorf(http.StatusUnauthorized, "wrong name or password"))
		return
	}
	ctx := r.Context()
	keys := []struct {
		key string
		max int
	}{{"name:" + name, c.o.MaxFailures}, {"ip:" + c.clientIP(r), 4 * c.o.MaxFailures}}
	for _, k := range keys {
		n, reset, err := c.d.Sessions.Failures(ctx, k.key)
		if err != nil {
			c.fail(w, r, err)
			return
		}
		if n >= k.max {
			secs := int(reset.Round(time.Second) / time.Second)
			if secs < 1 {
				secs = 1
			}
			w.Header().Set("Retry-After", strconv.Itoa(secs))
			c.log.Warn("console login refused: too many failures", "by", strings.SplitN(k.key, ":", 2)[0])
			c.fail(w, r, errorf(http.StatusTooManyRequests, "too many failed logins; try again later"))
			return
		}
	}

	a, err := c.d.Accounts.Account(ctx, name)
	if err != nil && !errors.Is(err, ErrNoAccount) {
		c.fail(w, r, err)
		return
	}
	hash := dummyHash()
	if err == nil && !a.Disabled {
		hash = a.Hash
	}
	ok, err := c.check(ctx, hash, in.Password)
	if err != nil {
		c.fail(w, r, err)
		return
	}
	if !ok || a.Name == "" || a.Disabled {
		for _, k := range keys {
			if _, err := c.d.Sessions.AddFailure(ctx, k.key, c.o.FailureWindow); err != nil {
				c.log.Warn("count failed login", "err", err)
			}
		}
		c.log.Info("console login failed")
		c.fail(w, r, errorf(http.StatusUnauthorized, "wrong name or password"))
		return
	}
	c.d.Sessions.ClearFailures(ctx, keys[0].key)
	s := Session{Token: randomToken(32), Name: a.Name, CSRF: randomToken(32), Created: c.o.Now().UTC()}
	if err := c.d.Sessions.CreateSession(ctx, s, c.o.SessionTTL); err != nil {
		c.fail(w, r, err)
		return
	}
	c.setCookie(w, r, s.Token, int(c.o.SessionTTL/time.Second))
	c.audit(ctx, "", "login", a.Name, nil)
	c.log.Info("console login", "caseworker", a.Name)
	writeJSON(w, http.StatusOK, me(&user{Account: a, session: s}))
}

// check compares a password with a hash, a few at a time: each check
// takes 19 MiB.
func (c *Console) check(ctx context.Context, hash, password string) (bool, error) {
	select {
	case c.hashing <- struct{}{}:
	case <-ctx.Done():
		return false, ctx.Err()
	}
	defer func() { <-c.hashing }()
	return CheckPassword(hash, password), nil
}

func (c *Console) handleLogout(w http.ResponseWriter, r *http.Request, u *user) {
	if err := c.d.Sessions.DeleteSession(r.Context(), u.session.Token); err != nil {
		c.fail(w, r, err)
		return
	}
	c.setCookie(w, r, "", -1)
	c.audit(r.Context(), "", "logout", u.Name, nil)
	writeJSON(w, http.StatusOK, map[string]any{})
}

func (c *Console) handleMe(w http.ResponseWriter, r *http.Request, u *user) {
	writeJSON(w, http.StatusOK, me(u))
}

func (c *Console) handleCaseworkers(w http.ResponseWriter, r *http.Request, u *user) {
	list, err := c.d.Accounts.List(r.Context())
	if err != nil {
		c.fail(w, r, err)
		return
	}
	type cw struct {
		Name      string   `json:"name"`
		Role      Role     `json:"role"`
		Languages []string `json:"languages"`
	}
	out := []cw{}
	for _, a := range list {
		if a.Disabled {
			continue
		}
		langs := a.Languages
		if langs == nil {
			langs = []string{}
		}
		out = append(out, cw{a.Name, a.Role, langs})
	}
	writeJSON(w, http.StatusOK, map[string]any{"caseworkers": out})
}
