package main

import (
	"strings"
	"testing"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/stretchr/testify/mock"

	"example.com/chatwriter/mattermost-plugin/internal/testserver"
)

// thread builds a PostList the way the API returns one (Order newest first).
func thread(posts ...*model.Post) *model.PostList {
	list := model.NewPostList()
	for i, p := range posts {
		p.CreateAt = int64(1000 * (i + 1))
		list.AddPost(p)
		list.Order = append([]string{p.Id}, list.Order...)
	}
	return list
}

func earlier(id, user, msg string) *model.Post {
	return &model.Post{Id: id, UserId: user, ChannelId: "chan1", Message: msg}
}

// A German agent whose earlier turn said "Sie" writes "dir": with the author's
// language and the channel's earlier posts, chatwriter sees the mix.
func TestGermanConversationFromChannel(t *testing.T) {
	cfg := settings(testserver.URL())
	cfg.ApplyFixes = false
	cfg.UseAuthorLanguage = true
	cfg.ContextPosts = 10
	p, api := newPlugin(t, cfg, false)
	api.On("GetUser", "agent1").Return(&model.User{Id: "agent1", Locale: "de"}, nil).Once()
	bot := earlier("p0", "bot1", "Ein Mitarbeiter ist gleich für Sie da.")
	bot.AddProp(model.PostPropsFromBot, "true")
	api.On("GetPostsForChannel", "chan1", 0, 20).Return(thread(
		bot,
		earlier("p1", "cust1", "Hallo, mein Paket ist nicht angekommen."),
		earlier("p2", "agent1", "Guten Tag, das tut mir leid. Können Sie mir Ihre Bestellnummer nennen?"),
		earlier("p3", "cust1", "Die Nummer ist 40917."),
	), nil).Once()
	api.On("SendEphemeralPost", "agent1", mock.MatchedBy(func(e *model.Post) bool {
		return strings.Contains(e.Message, "de.formality.du-sie")
	})).Return(&model.Post{}).Once()

	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Danke! Ich schaue nach und melde mich gleich bei dir."))
	if got != nil || reason != "" {
		t.Fatalf("got %v, %q; a warning lets the post through unchanged", got, reason)
	}
}

// Without the conversation the same draft is consistent, and in the author's
// language it is not "another language" either: nothing to say.
func TestGermanDraftAloneIsFine(t *testing.T) {
	cfg := settings(testserver.URL())
	cfg.ApplyFixes = false
	cfg.UseAuthorLanguage = true
	p, api := newPlugin(t, cfg, false)
	api.On("GetUser", "agent1").Return(&model.User{Id: "agent1", Locale: "de"}, nil).Once()
	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Danke! Ich schaue nach und melde mich gleich bei dir."))
	if got != nil || reason != "" {
		t.Fatalf("got %v, %q", got, reason)
	}
}

// A Mexican support channel mapped to es-MX: the thread's earlier posts carry
// "usted", the draft switches to "tú". The channel's locale wins over the
// author's (English) Mattermost language, so GetUser is never called.
func TestSpanishThreadInMappedChannel(t *testing.T) {
	cfg := settings(testserver.URL())
	cfg.ApplyFixes = false
	cfg.UseAuthorLanguage = true
	cfg.ChannelLocales = "soporte-mx=es-MX, support-at=de-AT"
	cfg.ContextPosts = 10
	p, api := newPlugin(t, cfg, false)
	api.On("GetChannel", "chan1").Return(&model.Channel{Id: "chan1", Name: "soporte-mx"}, nil).Once()
	api.On("GetPostThread", "root1").Return(thread(
		earlier("root1", "cust1", "Hola, ¿me pueden ayudar con mi factura?"),
		earlier("p2", "agent1", "Claro que sí, con gusto le ayudo. ¿Me confirma su número de cliente?"),
		earlier("p3", "cust1", "Es el 558120."),
	), nil).Once()
	api.On("SendEphemeralPost", "agent1", mock.MatchedBy(func(e *model.Post) bool {
		return strings.Contains(e.Message, "es.formality.tu-usted")
	})).Return(&model.Post{}).Once()

	draft := post("Gracias, ya lo encontré. ¿Puedes revisar tu correo?")
	draft.RootId = "root1"
	if got, reason := p.MessageWillBePosted(&plugin.Context{}, draft); got != nil || reason != "" {
		t.Fatalf("got %v, %q", got, reason)
	}
}

func TestConversationIsOldestFirstAndBounded(t *testing.T) {
	p, api := newPlugin(t, settings(testserver.URL()), false)
	api.On("GetPostsForChannel", "chan1", 0, 4).Return(thread(
		earlier("p1", "cust1", "one"),
		earlier("p2", "agent1", "two"),
		&model.Post{Id: "p3", UserId: "cust1", ChannelId: "chan1", Message: "joined", Type: model.PostTypeJoinChannel},
		earlier("p4", "cust1", "four"),
		earlier("post1", "agent1", "the post itself, when edited"),
	), nil).Once()
	cfg := &configuration{ContextPosts: 2}
	turns := p.conversationFor(cfg, post("draft"))
	if len(turns) != 2 || turns[0].Text != "two" || turns[0].Role != "agent" || turns[1].Text != "four" || turns[1].Role != "customer" {
		t.Fatalf("turns = %+v", turns)
	}
	if none := p.conversationFor(&configuration{}, post("draft")); none != nil {
		t.Fatalf("ContextPosts 0 sent %+v", none)
	}
}

func TestLocaleLookupFailureFallsBack(t *testing.T) {
	p, api := newPlugin(t, settings(testserver.URL()), false)
	api.On("GetChannel", "chan1").Return(nil, model.NewAppError("GetChannel", "x", nil, "", 500)).Once()
	api.On("GetUser", "agent1").Return(nil, model.NewAppError("GetUser", "x", nil, "", 500)).Once()
	cfg := &configuration{Locale: "en-gb", ChannelLocales: "elsewhere=de-AT", UseAuthorLanguage: true}
	if got := p.localeFor(cfg, post("hello")); got != "en-GB" {
		t.Fatalf("locale = %q, want the setting", got)
	}
}

func TestInvalidChannelLocalesAreReported(t *testing.T) {
	cfg := settings("http://127.0.0.1:1")
	cfg.ChannelLocales = "support-at"
	if _, err := cfg.gate(); err == nil || !strings.Contains(err.Error(), "ChannelLocales") {
		t.Fatalf("err = %v", err)
	}
	cfg = settings("http://127.0.0.1:1")
	cfg.ContextPosts = 51
	if _, err := cfg.gate(); err == nil || !strings.Contains(err.Error(), "ContextPosts") {
		t.Fatalf("err = %v", err)
	}
}
