package main

import (
	"sort"

	"github.com/mattermost/mattermost/server/public/model"

	"example.com/chatwriter/mattermost-plugin/hook"
)

// localeFor picks the locale a post is checked in: the channel's locale from
// ChannelLocales (by channel id or name) when there is one, else the author's
// Mattermost language with the region of the Locale setting (UseAuthorLanguage),
// else the Locale setting. A lookup that fails falls back quietly: the locale
// is a refinement, never a reason to stop a message.
func (p *Plugin) localeFor(cfg *configuration, post *model.Post) string {
	channels, _ := hook.ParseLocaleMap(cfg.ChannelLocales) // validated when the settings were loaded
	if len(channels) > 0 {
		if l, ok := channels[post.ChannelId]; ok {
			return l
		}
		if ch, err := p.API.GetChannel(post.ChannelId); err == nil && ch != nil {
			if l, ok := channels[ch.Name]; ok {
				return l
			}
		}
	}
	if cfg.UseAuthorLanguage && post.UserId != "" {
		if u, err := p.API.GetUser(post.UserId); err == nil && u != nil {
			return hook.PickLocale(u.Locale, cfg.Locale)
		}
	}
	return hook.NormalizeLocale(cfg.Locale)
}

// conversationFor returns up to ContextPosts earlier posts of the post's
// thread (a reply) or channel, oldest first. The author's own posts are the
// agent's turns and everyone else's the customer's; system, bot and
// integration posts are left out, and so is the post itself (an edit).
func (p *Plugin) conversationFor(cfg *configuration, post *model.Post) []hook.Turn {
	if cfg.ContextPosts <= 0 {
		return nil
	}
	var (
		list *model.PostList
		err  *model.AppError
	)
	if post.RootId != "" {
		list, err = p.API.GetPostThread(post.RootId)
	} else {
		// a page of a few more than needed: system and bot posts are skipped
		list, err = p.API.GetPostsForChannel(post.ChannelId, 0, 2*cfg.ContextPosts)
	}
	if err != nil || list == nil {
		return nil
	}
	earlier := make([]*model.Post, 0, len(list.Posts))
	for _, q := range list.Posts {
		if q == nil || q.Id == post.Id || skip(q) || q.DeleteAt != 0 {
			continue
		}
		if post.CreateAt != 0 && q.CreateAt > post.CreateAt {
			continue // an edit: only what came before the post
		}
		earlier = append(earlier, q)
	}
	sort.SliceStable(earlier, func(i, j int) bool { return earlier[i].CreateAt < earlier[j].CreateAt })
	if len(earlier) > cfg.ContextPosts {
		earlier = earlier[len(earlier)-cfg.ContextPosts:]
	}
	turns := make([]hook.Turn, 0, len(earlier))
	for _, q := range earlier {
		role := "customer"
		if q.UserId == post.UserId {
			role = "agent"
		}
		turns = append(turns, hook.Turn{Role: role, Text: q.Message})
	}
	return turns
}
