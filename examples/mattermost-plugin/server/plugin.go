package main

import (
	"context"
	"strings"
	"sync"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"

	"example.com/chatwriter/mattermost-plugin/hook"
)

// Plugin checks every message with chatwriter before Mattermost stores it.
type Plugin struct {
	plugin.MattermostPlugin

	mu     sync.RWMutex
	config *configuration
	gate   *hook.Gate // nil until a valid configuration was loaded
}

// OnConfigurationChange loads and validates the settings. With invalid
// settings every message goes through unchecked (and the error is logged by
// Mattermost), whatever FailClosed says: there is nothing to fail over from.
func (p *Plugin) OnConfigurationChange() error {
	cfg := new(configuration)
	if err := p.API.LoadPluginConfiguration(cfg); err != nil {
		return err
	}
	g, err := cfg.gate()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.config = cfg
	p.gate = g // nil when invalid
	return err
}

func (p *Plugin) current() (*configuration, *hook.Gate) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.config, p.gate
}

// MessageWillBePosted rejects the post with chatwriter's reason on a block,
// replaces its text on a rewrite, and lets it through otherwise, including
// when chatwriter fails or is slow (unless FailClosed).
func (p *Plugin) MessageWillBePosted(_ *plugin.Context, post *model.Post) (*model.Post, string) {
	return p.check(post)
}

// MessageWillBeUpdated does the same for edits, when CheckEdits is on.
func (p *Plugin) MessageWillBeUpdated(_ *plugin.Context, newPost, _ *model.Post) (*model.Post, string) {
	cfg, _ := p.current()
	if cfg == nil || !cfg.CheckEdits {
		return newPost, ""
	}
	replaced, reason := p.check(newPost)
	if reason != "" {
		return nil, reason
	}
	if replaced != nil {
		return replaced, ""
	}
	return newPost, "" // MessageWillBeUpdated must return the post to keep
}

func skip(post *model.Post) bool {
	if post == nil || strings.TrimSpace(post.Message) == "" || post.IsSystemMessage() {
		return true
	}
	// bots, integrations and plugins are not agents typing replies
	for _, key := range []string{model.PostPropsFromBot, model.PostPropsFromWebhook, model.PostPropsFromOAuthApp, "from_plugin"} {
		if v, ok := post.GetProp(key).(string); ok && v == "true" {
			return true
		}
		if v, ok := post.GetProp(key).(bool); ok && v {
			return true
		}
	}
	return false
}

// check returns what MessageWillBePosted returns: (nil, "") to let the post
// through unchanged, (replacement, "") to rewrite it, (nil, reason) to reject it.
func (p *Plugin) check(post *model.Post) (*model.Post, string) {
	if skip(post) {
		return nil, ""
	}
	cfg, g := p.current()
	if g == nil {
		return nil, ""
	}
	r := g.Decide(context.Background(), hook.Draft{
		Text:         post.Message,
		ID:           post.Id,
		Author:       post.UserId,
		Locale:       p.localeFor(cfg, post),
		Conversation: p.conversationFor(cfg, post),
	})
	if r.Err != nil {
		// never the message text: only what failed
		p.API.LogWarn("chatwriter could not check a message", "error", r.Err.Error(), "action", r.Action.String())
	}
	switch r.Action {
	case hook.Block:
		if strings.TrimSpace(r.Reason) == "" {
			return nil, "chatwriter blocked this message." // an empty reason would let it through
		}
		return nil, r.Reason
	case hook.Rewrite:
		p.notifyWarning(cfg, post, r)
		replaced := post.Clone()
		replaced.Message = r.Text
		return replaced, ""
	default:
		p.notifyWarning(cfg, post, r)
		return nil, ""
	}
}

func (p *Plugin) notifyWarning(cfg *configuration, post *model.Post, r hook.Result) {
	if !r.Warn || cfg == nil || !cfg.NotifyOnWarn || r.Reason == "" || post.UserId == "" {
		return
	}
	p.API.SendEphemeralPost(post.UserId, &model.Post{
		ChannelId: post.ChannelId,
		RootId:    post.RootId,
		Message:   "chatwriter: " + r.Reason,
	})
}
