package locale

import "github.com/nicksnyder/go-i18n/v2/i18n"

// ViaGoI18n renders a message through go-i18n itself, for comparison.
func ViaGoI18n(c *Catalog, lang, id string, data map[string]any) string {
	s, _ := c.localizers[lang].Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	return s
}
