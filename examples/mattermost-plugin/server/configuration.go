package main

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"example.com/chatwriter/mattermost-plugin/hook"
)

// configuration is the plugin's settings (settings_schema in plugin.json; the
// keys there match these field names, compared without case).
type configuration struct {
	ChatwriterURL     string // base URL of `chatwriter serve --http`
	Token             string // bearer token, when the server was started with --token
	Locale            string // BCP-47 tag of the replies, e.g. en-US (the fallback)
	ChannelLocales    string // "channel-name=locale, ..." for channels written in another locale
	UseAuthorLanguage bool   // check a draft in its author's Mattermost language (region from the settings)
	ContextPosts      int    // how many earlier posts of the channel or thread to send as the conversation
	TimeoutMs         int    // per message; 0 means hook.DefaultTimeout
	ApplyFixes        bool   // replace the message with chatwriter's safe rewrites
	FailClosed        bool   // reject messages when chatwriter fails or is slow
	NotifyOnWarn      bool   // show chatwriter's warning to the author (ephemeral post)
	CheckEdits        bool   // also check edited messages
}

const (
	maxTimeout      = 30 * time.Second
	maxContextPosts = 50
)

// gate validates the configuration and builds the hook.Gate it describes.
func (c *configuration) gate() (*hook.Gate, error) {
	raw := strings.TrimSpace(c.ChatwriterURL)
	if raw == "" {
		return nil, errors.New("ChatwriterURL is empty")
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("ChatwriterURL %q is not an http(s) URL", raw)
	}
	locale := strings.TrimSpace(c.Locale)
	if locale == "" {
		return nil, errors.New("Locale is empty")
	}
	timeout := time.Duration(c.TimeoutMs) * time.Millisecond
	if c.TimeoutMs < 0 || timeout > maxTimeout {
		return nil, fmt.Errorf("TimeoutMs %d is outside 0..%d", c.TimeoutMs, maxTimeout.Milliseconds())
	}
	if c.ContextPosts < 0 || c.ContextPosts > maxContextPosts {
		return nil, fmt.Errorf("ContextPosts %d is outside 0..%d", c.ContextPosts, maxContextPosts)
	}
	if _, err := hook.ParseLocaleMap(c.ChannelLocales); err != nil {
		return nil, fmt.Errorf("ChannelLocales: %w", err)
	}
	return &hook.Gate{
		Checker:    &hook.Client{BaseURL: raw, Token: strings.TrimSpace(c.Token)},
		Locale:     hook.NormalizeLocale(locale),
		Timeout:    timeout,
		Fix:        c.ApplyFixes,
		FailClosed: c.FailClosed,
	}, nil
}
