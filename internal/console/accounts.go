package console

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/argon2"
)

// Role is what a caseworker account may do.
type Role string

// Roles. A supervisor sees every case and who holds it, reassigns cases and
// sees the dashboard.
const (
	RoleCaseworker Role = "caseworker"
	RoleSupervisor Role = "supervisor"
)

// Account is one caseworker who may log in to the console.
type Account struct {
	Name      string    `json:"name"`
	Role      Role      `json:"role"`
	Languages []string  `json:"languages"`
	Hash      string    `json:"hash"` // HashPassword's encoding
	Disabled  bool      `json:"disabled,omitempty"`
	Created   time.Time `json:"created"`
}

// Errors Accounts and Sessions return; check them with errors.Is.
var (
	ErrAccountExists = errors.New("account already exists")
	ErrNoAccount     = errors.New("no such account")
	ErrNoSession     = errors.New("no such session")
)

// Accounts stores caseworker accounts.
type Accounts interface {
	// Add stores a new account. ErrAccountExists when the name is taken.
	Add(ctx context.Context, a Account) error
	// Account returns one account. ErrNoAccount when there is none.
	Account(ctx context.Context, name string) (Account, error)
	// List returns every account, by name.
	List(ctx context.Context) ([]Account, error)
	// SetDisabled disables or enables an account. ErrNoAccount.
	SetDisabled(ctx context.Context, name string, disabled bool) error
	// SetPassword replaces an account's password hash. ErrNoAccount.
	SetPassword(ctx context.Context, name, hash string) error
}

// Session is one logged-in browser. The token is the cookie's value; it
// is the secret, so implementations should store only a digest of it.
type Session struct {
	Token   string    `json:"-"`
	Name    string    `json:"name"`
	CSRF    string    `json:"csrf"`
	Created time.Time `json:"created"`
}

// Sessions stores login sessions and failed login counts. Both expire.
type Sessions interface {
	// CreateSession stores a session for ttl.
	CreateSession(ctx context.Context, s Session, ttl time.Duration) error
	// Session returns the session of a token. ErrNoSession when there is
	// none, or it expired.
	Session(ctx context.Context, token string) (Session, error)
	// DeleteSession ends a session; ending one that is gone is no error.
	DeleteSession(ctx context.Context, token string) error
	// AddFailure counts a failed login for key (a name or an address); the
	// count resets window after the first failure. It returns the count.
	AddFailure(ctx context.Context, key string, window time.Duration) (int, error)
	// Failures returns the failed logins counted for key and how long
	// until the count resets.
	Failures(ctx context.Context, key string) (n int, reset time.Duration, err error)
	// ClearFailures forgets the failed logins for key.
	ClearFailures(ctx context.Context, key string) error
}

var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,31}$`)

// ValidName reports whether name can name an account: 1 to 32 lower-case
// letters, digits, dots, dashes or underscores, starting with a letter or
// digit.
func ValidName(name string) bool { return nameRE.MatchString(name) }

var langRE = regexp.MustCompile(`^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$`)

// NormalizeLanguages cleans a list of language tags ("en, th,tl") and
// reports a tag that is not one.
func NormalizeLanguages(list []string) ([]string, error) {
	out := []string{}
	seen := map[string]bool{}
	for _, l := range list {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if !langRE.MatchString(l) {
			return nil, fmt.Errorf("%q is not a language tag (for example en, th, zh-Hant)", l)
		}
		if strings.EqualFold(l, "tl") {
			l = "fil"
		}
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out, nil
}

// MinPassword is the shortest password an account may have.
const MinPassword = 10

// argon2id parameters: OWASP's minimum (19 MiB, 2 passes, 1 lane).
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPassword hashes a password with argon2id in the PHC string format.
func HashPassword(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash password: %w", err)
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime,
		argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// CheckPassword reports whether password matches hash.
func CheckPassword(hash, password string) bool {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return false
	}
	var m uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m == 0 || t == 0 || p == 0 || m > 1<<20 || t > 20 {
		return false
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is checked against when a login names no account, so the
// answer takes as long as for a real one. It is made on the first login,
// not when the program starts: hashing takes tens of milliseconds, which
// every helpbot command (helpbot triage among them) would pay.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("helpbot-no-such-account")
	return h
})

func randomToken(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
