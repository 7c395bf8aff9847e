// Package locale holds the text helpbot shows, in every language it speaks,
// loaded from the message files under locales/ with go-i18n.
package locale

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
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
}

var _ triage.Localizer = (*Catalog)(nil)

// Load reads every <lang>.json file in fsys. en.json must be there.
func Load(fsys fs.FS) (*Catalog, error) {
	c := &Catalog{
		bundle:     i18n.NewBundle(language.English),
		localizers: map[string]*i18n.Localizer{},
		plain:      map[string]map[string]string{},
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
		for id, text := range flat {
			if !strings.Contains(text, "{{") {
				c.plain[lang][id] = text
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
