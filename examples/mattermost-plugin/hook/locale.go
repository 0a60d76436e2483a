package hook

import "strings"

// Locales are chatwriter's built-in locales (`chatwriter locales`): a region
// tag, or a bare language for "any region of that language".
var Locales = map[string]bool{
	"de": true, "de-AT": true, "de-CH": true, "de-DE": true,
	"en": true, "en-AU": true, "en-CA": true, "en-GB": true, "en-US": true,
	"es": true, "es-ES": true, "es-MX": true,
	"fr": true, "fr-CA": true, "fr-FR": true,
	"it": true, "it-IT": true,
	"nl": true, "nl-NL": true,
	"pt": true, "pt-BR": true, "pt-PT": true,
}

// NormalizeLocale turns the tags chat tools use ("pt_br", "de", "EN-gb") into
// chatwriter's spelling ("pt-BR", "de", "en-GB"). It does not check the tag.
func NormalizeLocale(tag string) string {
	tag = strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	lang, region, found := strings.Cut(tag, "-")
	lang = strings.ToLower(lang)
	if !found || region == "" {
		return lang
	}
	return lang + "-" + strings.ToUpper(region)
}

func language(tag string) string {
	lang, _, _ := strings.Cut(tag, "-")
	return lang
}

// PickLocale chooses the locale a draft is checked in.
//
// person is the language of whoever the reply is for or written by (a
// customer's or an agent's profile language, e.g. "de" or "pt-BR"); it decides
// the language. configured are the administrator's locales, most specific
// first (a brand's or channel's, then the installation's); they decide the
// region when their language is person's. So a German customer of an Austrian
// brand gets de-AT, a Spanish customer of that brand gets es (Spanish, any
// region) unless person names a built-in region such as es-MX, and a person
// whose language chatwriter does not know gets the first configured locale.
func PickLocale(person string, configured ...string) string {
	var first string
	for _, c := range configured {
		c = NormalizeLocale(c)
		if c == "" {
			continue
		}
		if first == "" {
			first = c
		}
		if person != "" && language(c) == language(NormalizeLocale(person)) {
			return c
		}
	}
	p := NormalizeLocale(person)
	switch {
	case p == "":
	case Locales[p]:
		return p
	case Locales[language(p)]:
		return language(p)
	}
	return first
}

// ParseLocaleMap reads "key=locale" pairs separated by commas or new lines
// (e.g. "support-de=de-AT, ventas=es-MX") into a map with normalised locales.
// Blank entries are skipped; an entry without "=" or with an empty side is an
// error naming it.
func ParseLocaleMap(text string) (map[string]string, error) {
	out := map[string]string{}
	for _, entry := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == '\n' || r == ';' }) {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		key, value, ok := strings.Cut(entry, "=")
		key, value = strings.TrimSpace(key), NormalizeLocale(value)
		if !ok || key == "" || value == "" {
			return nil, &LocaleMapError{Entry: entry}
		}
		out[key] = value
	}
	return out, nil
}

// LocaleMapError names an entry of a locale map that is not "key=locale".
type LocaleMapError struct{ Entry string }

func (e *LocaleMapError) Error() string {
	return "locale map entry " + `"` + e.Entry + `"` + ` is not "name=locale" (e.g. "support-de=de-AT")`
}
