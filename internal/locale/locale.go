// Package locale holds the text helpbot shows, in every language it speaks,
// loaded from the message files under locales/ with go-i18n.
package locale

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"helpbot/internal/triage"
)

// Catalog answers text lookups. It is read-only after Load and safe for
// concurrent use.
type Catalog struct {
	bundle     *i18n.Bundle
	localizers map[string]*i18n.Localizer
	plain      map[string]map[string]string // lang → id → text without placeholders
	simple     map[string]map[string]string // lang → id → text whose only template actions are {{.Name}}
}

var _ triage.Localizer = (*Catalog)(nil)

// Load reads every <lang>.json file in fsys. en.json must be there.
func Load(fsys fs.FS) (*Catalog, error) {
	c := &Catalog{
		bundle:     i18n.NewBundle(language.English),
		localizers: map[string]*i18n.Localizer{},
		plain:      map[string]map[string]string{},
		simple:     map[string]map[string]string{},
	}
	c.bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	files, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, fmt.Errorf("load locales: %w", err)
	}
	for _, f := range files {
		b, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("load locales: %w", err)
		}
		if _, err := c.bundle.ParseMessageFileBytes(b, f); err != nil {
			return nil, fmt.Errorf("load locales: %s: %w", f, err)
		}
		var flat map[string]string
		if err := json.Unmarshal(b, &flat); err != nil {
			return nil, fmt.Errorf("load locales: %s: %w", f, err)
		}
		lang := strings.TrimSuffix(path.Base(f), ".json")
		c.plain[lang] = map[string]string{}
		c.simple[lang] = map[string]string{}
		for id, text := range flat {
			switch {
			case !strings.Contains(text, "{{"):
				c.plain[lang][id] = text
			case !strings.Contains(simpleActions.ReplaceAllString(text, ""), "{{"):
				c.simple[lang][id] = text
			}
		}
		c.localizers[lang] = i18n.NewLocalizer(c.bundle, lang, "en")
	}
	if _, ok := c.plain["en"]; !ok {
		return nil, fmt.Errorf("load locales: en.json is missing")
	}
	return c, nil
}

// Languages lists the languages loaded, sorted.
func (c *Catalog) Languages() []string {
	var l []string
	for k := range c.plain {
		l = append(l, k)
	}
	sort.Strings(l)
	return l
}

// Text returns message id in lang with data filled in, falling back to
// English, then to the id itself.
func (c *Catalog) Text(lang, id string, data map[string]any) string {
	if data == nil {
		if s, ok := c.plain[lang][id]; ok {
			return s
		}
		if s, ok := c.plain["en"][id]; ok {
			return s
		}
	}
	// Fast path: placeholders only, filled by plain replacement.
	if t, ok := c.simple[lang][id]; ok {
		return fillSimple(t, data)
	}
	if _, ok := c.localizers[lang]; !ok {
		if t, ok := c.simple["en"][id]; ok {
			return fillSimple(t, data)
		}
	}
	l := c.localizers[lang]
	if l == nil {
		l = c.localizers["en"]
	}
	s, err := l.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil && s == "" {
		return id
	}
	return s
}

// Keys returns the message ids of one language, sorted.
func (c *Catalog) Keys(lang string) []string {
	var k []string
	for id := range c.plain[lang] {
		k = append(k, id)
	}
	sort.Strings(k)
	return k
}

// simpleActions matches the template actions the fast path fills: {{.Name}}.
var simpleActions = regexp.MustCompile(`\{\{\s*\.[A-Za-z][A-Za-z0-9_]*\s*\}\}`)

// fillSimple fills {{.Name}} placeholders from data, as go-i18n would (a
// missing value renders as "<no value>").
func fillSimple(t string, data map[string]any) string {
	var b strings.Builder
	b.Grow(len(t) + 32)
	for {
		i := strings.Index(t, "{{")
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.Index(t[i:], "}}")
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		name := strings.TrimPrefix(strings.TrimSpace(t[i+2:i+j]), ".")
		if v, ok := data[name]; ok {
			fmt.Fprint(&b, v)
		} else {
			b.WriteString("<no value>")
		}
		t = t[i+j+2:]
	}
}
