package hook

import (
	"errors"
	"testing"
)

func TestNormalizeLocale(t *testing.T) {
	for in, want := range map[string]string{"pt_br": "pt-BR", " DE ": "de", "en-gb": "en-GB", "": "", "es-": "es"} {
		if got := NormalizeLocale(in); got != want {
			t.Errorf("NormalizeLocale(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPickLocale(t *testing.T) {
	cases := []struct {
		person     string
		configured []string
		want       string
	}{
		{"de", []string{"de-AT", "en-US"}, "de-AT"},    // the brand's region for its own language
		{"de", []string{"", "en-GB"}, "de"},            // German, any region: no German locale configured
		{"en", []string{"de-AT", "en-GB"}, "en-GB"},    // the installation's region for English
		{"es-MX", []string{"en-US"}, "es-MX"},          // a built-in region named by the person
		{"es_AR", []string{"en-US"}, "es"},             // a region chatwriter lacks: the language
		{"zh-CN", []string{"fr-CA", "en-US"}, "fr-CA"}, // an unknown language: the first configured
		{"", []string{"", "it-IT"}, "it-IT"},
		{"pt-br", nil, "pt-BR"},
	}
	for _, c := range cases {
		if got := PickLocale(c.person, c.configured...); got != c.want {
			t.Errorf("PickLocale(%q, %q) = %q, want %q", c.person, c.configured, got, c.want)
		}
	}
}

func TestParseLocaleMap(t *testing.T) {
	got, err := ParseLocaleMap("support-at = de_at,\n ventas=es-MX;; ")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got["support-at"] != "de-AT" || got["ventas"] != "es-MX" {
		t.Fatalf("got %v", got)
	}
	if empty, err := ParseLocaleMap("  "); err != nil || len(empty) != 0 {
		t.Fatalf("blank text: %v, %v", empty, err)
	}
	for _, bad := range []string{"support-at", "=de-AT", "support-at="} {
		_, err := ParseLocaleMap(bad)
		var e *LocaleMapError
		if !errors.As(err, &e) {
			t.Errorf("ParseLocaleMap(%q): err = %v, want a LocaleMapError", bad, err)
		}
	}
}
