package main

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/mattermost/mattermost/server/public/plugin"
	"github.com/mattermost/mattermost/server/public/plugin/plugintest"
	"github.com/stretchr/testify/mock"

	"example.com/chatwriter/mattermost-plugin/hook"
	"example.com/chatwriter/mattermost-plugin/internal/testserver"
)

func TestMain(m *testing.M) { os.Exit(testserver.Main(m)) }

// settings against the real server; TimeoutMs is generous because the first
// fix on a cold server compiles rules.
func settings(url string) configuration {
	return configuration{
		ChatwriterURL: url,
		Locale:        "en-US",
		TimeoutMs:     20000,
		ApplyFixes:    true,
		NotifyOnWarn:  true,
		CheckEdits:    true,
	}
}

// newPlugin activates a Plugin the way Mattermost does (SetAPI, then
// OnConfigurationChange) with a mock API that hands it cfg. Calls the test
// does not expect make the mock panic.
func newPlugin(t *testing.T, cfg configuration, allowLogWarn bool) (*Plugin, *plugintest.API) {
	t.Helper()
	api := &plugintest.API{}
	api.On("LoadPluginConfiguration", mock.AnythingOfType("*main.configuration")).
		Run(func(args mock.Arguments) { *args.Get(0).(*configuration) = cfg }).
		Return(nil)
	if allowLogWarn {
		api.On("LogWarn", "chatwriter could not check a message", "error", mock.AnythingOfType("string"), "action", mock.AnythingOfType("string")).Return()
	}
	p := &Plugin{}
	p.SetAPI(api)
	if err := p.OnConfigurationChange(); err != nil {
		t.Fatalf("OnConfigurationChange: %v", err)
	}
	t.Cleanup(func() { api.AssertExpectations(t) })
	return p, api
}

func post(msg string) *model.Post {
	return &model.Post{Id: "post1", UserId: "agent1", ChannelId: "chan1", Message: msg}
}

func TestBlockRejectsWithReason(t *testing.T) {
	p, _ := newPlugin(t, settings(testserver.URL()), false)
	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Your card 4111 1111 1111 1111 is on file."))
	if got != nil {
		t.Fatalf("a blocked post must not be returned, got %+v", got)
	}
	if !strings.Contains(reason, "common.pii.card-number") || strings.Contains(reason, "4111") {
		t.Fatalf("reason = %q", reason)
	}
}

func TestRewriteReplacesMessage(t *testing.T) {
	p, _ := newPlugin(t, settings(testserver.URL()), false)
	in := post("Pls check ur settings!!!")
	got, reason := p.MessageWillBePosted(&plugin.Context{}, in)
	if reason != "" || got == nil {
		t.Fatalf("got %v, %q; want a replacement post", got, reason)
	}
	if got.Message != "Please check your settings!" {
		t.Errorf("message = %q", got.Message)
	}
	if got.ChannelId != "chan1" || got.UserId != "agent1" {
		t.Errorf("the replacement lost the post's fields: %+v", got)
	}
	if in.Message != "Pls check ur settings!!!" {
		t.Errorf("the original post was modified: %q", in.Message)
	}
}

func TestAllowPassesPostUnchanged(t *testing.T) {
	p, _ := newPlugin(t, settings(testserver.URL()), false)
	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Thanks for waiting. Your order has shipped and should arrive on Friday."))
	if got != nil || reason != "" {
		t.Fatalf("got %v, %q; want (nil, \"\")", got, reason)
	}
}

func TestWarnNotifiesAuthor(t *testing.T) {
	cfg := settings(testserver.URL())
	cfg.ApplyFixes = false
	p, api := newPlugin(t, cfg, false)
	api.On("SendEphemeralPost", "agent1", mock.MatchedBy(func(e *model.Post) bool {
		return e.ChannelId == "chan1" && strings.HasPrefix(e.Message, "chatwriter: ") && strings.Contains(e.Message, "en.textspeak")
	})).Return(&model.Post{}).Once()
	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Pls check ur settings!!!"))
	if got != nil || reason != "" {
		t.Fatalf("got %v, %q; a warning must let the post through unchanged", got, reason)
	}
}

func TestTimeoutLetsPostThrough(t *testing.T) {
	cfg := settings(testserver.Silent(t))
	cfg.TimeoutMs = 300
	p, _ := newPlugin(t, cfg, true)
	start := time.Now()
	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Your card 4111 1111 1111 1111 is on file."))
	if got != nil || reason != "" {
		t.Fatalf("got %v, %q; want the post allowed", got, reason)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("took %v with a 300 ms timeout", took)
	}
}

func TestServerDownLetsPostThrough(t *testing.T) {
	p, _ := newPlugin(t, settings(testserver.Down(t)), true)
	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Your card 4111 1111 1111 1111 is on file."))
	if got != nil || reason != "" {
		t.Fatalf("got %v, %q; want the post allowed", got, reason)
	}
}

func TestServerDownFailClosedRejects(t *testing.T) {
	cfg := settings(testserver.Down(t))
	cfg.FailClosed = true
	p, _ := newPlugin(t, cfg, true)
	got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Hello, how can I help?"))
	if got != nil || reason != hook.FailClosedReason {
		t.Fatalf("got %v, %q; want a fail-closed rejection", got, reason)
	}
}

func TestEditIsChecked(t *testing.T) {
	p, _ := newPlugin(t, settings(testserver.URL()), false)
	old := post("Let me check.")
	blocked, reason := p.MessageWillBeUpdated(&plugin.Context{}, post("It is 4111 1111 1111 1111."), old)
	if blocked != nil || !strings.Contains(reason, "common.pii.card-number") {
		t.Fatalf("edit with a card number: got %v, %q", blocked, reason)
	}
	clean := post("Let me check that for you.")
	kept, reason := p.MessageWillBeUpdated(&plugin.Context{}, clean, old)
	if kept != clean || reason != "" {
		t.Fatalf("clean edit: got %v, %q; want the new post back", kept, reason)
	}
	fixed, reason := p.MessageWillBeUpdated(&plugin.Context{}, post("Pls check ur settings!!!"), old)
	if reason != "" || fixed == nil || fixed.Message != "Please check your settings!" {
		t.Fatalf("edit with shorthand: got %v, %q", fixed, reason)
	}
}

func TestBotPostsAreNotChecked(t *testing.T) {
	// Down would make the plugin log a warning if it asked; the mock has no
	// LogWarn expectation, so asking at all would fail the test.
	p, _ := newPlugin(t, settings(testserver.Down(t)), false)
	bot := post("Your card 4111 1111 1111 1111 is on file.")
	bot.AddProp(model.PostPropsFromBot, "true")
	if got, reason := p.MessageWillBePosted(&plugin.Context{}, bot); got != nil || reason != "" {
		t.Fatalf("got %v, %q", got, reason)
	}
	system := post("joined the channel")
	system.Type = model.PostTypeJoinChannel
	if got, reason := p.MessageWillBePosted(&plugin.Context{}, system); got != nil || reason != "" {
		t.Fatalf("got %v, %q", got, reason)
	}
}

func TestInvalidSettingsAreReportedAndPostsGoThrough(t *testing.T) {
	api := &plugintest.API{}
	api.On("LoadPluginConfiguration", mock.Anything).
		Run(func(args mock.Arguments) {
			*args.Get(0).(*configuration) = configuration{ChatwriterURL: "ftp://nowhere", Locale: "en-US"}
		}).Return(nil)
	p := &Plugin{}
	p.SetAPI(api)
	if err := p.OnConfigurationChange(); err == nil || !strings.Contains(err.Error(), "ChatwriterURL") {
		t.Fatalf("err = %v", err)
	}
	if got, reason := p.MessageWillBePosted(&plugin.Context{}, post("Your card 4111 1111 1111 1111.")); got != nil || reason != "" {
		t.Fatalf("got %v, %q", got, reason)
	}
}

// plugin.json must be a valid manifest whose settings are exactly the
// configuration struct's fields.
func TestManifestMatchesConfiguration(t *testing.T) {
	data, err := os.ReadFile("../plugin.json")
	if err != nil {
		t.Fatal(err)
	}
	var m model.Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if err := m.IsValid(); err != nil {
		t.Fatalf("plugin.json: %v", err)
	}
	if m.SettingsSchema == nil {
		t.Fatal("plugin.json has no settings_schema")
	}
	keys := map[string]bool{}
	for _, s := range m.SettingsSchema.Settings {
		keys[strings.ToLower(s.Key)] = true
	}
	fields := map[string]bool{}
	typ := reflect.TypeOf(configuration{})
	for i := 0; i < typ.NumField(); i++ {
		fields[strings.ToLower(typ.Field(i).Name)] = true
	}
	if !reflect.DeepEqual(keys, fields) {
		t.Fatalf("settings %v != configuration fields %v", keys, fields)
	}
	for _, s := range m.SettingsSchema.Settings {
		if s.Key == "ApplyFixes" && s.Default != false {
			t.Errorf("ApplyFixes defaults to %v: a suggestion shown to the author is the polite default", s.Default)
		}
	}
	if _, ok := m.Server.Executables["linux-amd64"]; !ok {
		t.Error("no linux-amd64 executable in plugin.json")
	}
}
