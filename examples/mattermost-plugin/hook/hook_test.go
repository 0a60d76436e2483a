package hook_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"example.com/chatwriter/mattermost-plugin/hook"
	"example.com/chatwriter/mattermost-plugin/internal/testserver"
)

func TestMain(m *testing.M) { os.Exit(testserver.Main(m)) }

// realTimeout is generous: the first fix on a cold server compiles rules.
const realTimeout = 20 * time.Second

func gate(url string, timeout time.Duration) *hook.Gate {
	return &hook.Gate{
		Checker: &hook.Client{BaseURL: url},
		Locale:  "en-US",
		Timeout: timeout,
		Fix:     true,
	}
}

func TestBlockCarriesReason(t *testing.T) {
	draft := "Sure, your card is 4111 1111 1111 1111, right?"
	r := gate(testserver.URL(), realTimeout).Decide(context.Background(), hook.Draft{Text: draft})
	if r.Err != nil {
		t.Fatalf("unexpected error: %v", r.Err)
	}
	if r.Action != hook.Block {
		t.Fatalf("action = %v, want block (reason %q)", r.Action, r.Reason)
	}
	if !strings.Contains(r.Reason, "common.pii.card-number") {
		t.Errorf("reason %q does not name the rule", r.Reason)
	}
	if strings.Contains(r.Reason, "4111") {
		t.Errorf("reason %q repeats the card number", r.Reason)
	}
	if r.Text != draft {
		t.Errorf("a blocked draft must keep its text, got %q", r.Text)
	}
}

func TestRewriteReplacesText(t *testing.T) {
	r := gate(testserver.URL(), realTimeout).Decide(context.Background(), hook.Draft{Text: "Pls check ur settings!!!"})
	if r.Err != nil {
		t.Fatalf("unexpected error: %v", r.Err)
	}
	if r.Action != hook.Rewrite {
		t.Fatalf("action = %v, want rewrite", r.Action)
	}
	if r.Text != "Please check your settings!" {
		t.Errorf("text = %q", r.Text)
	}
	if r.Response == nil || !r.Response.Changed {
		t.Errorf("response should say changed: %+v", r.Response)
	}
}

func TestAllowLeavesCleanDraftAlone(t *testing.T) {
	draft := "Thanks for waiting. Your order has shipped and should arrive on Friday."
	r := gate(testserver.URL(), realTimeout).Decide(context.Background(), hook.Draft{Text: draft, ID: "post-1"})
	if r.Err != nil {
		t.Fatalf("unexpected error: %v", r.Err)
	}
	if r.Action != hook.Allow || r.Warn || r.Text != draft {
		t.Fatalf("got %v warn=%v text=%q, want a plain allow", r.Action, r.Warn, r.Text)
	}
}

func TestWarnWithoutFixAllowsWithReason(t *testing.T) {
	g := gate(testserver.URL(), realTimeout)
	g.Fix = false
	r := g.Decide(context.Background(), hook.Draft{Text: "Pls check ur settings!!!"})
	if r.Err != nil {
		t.Fatalf("unexpected error: %v", r.Err)
	}
	if r.Action != hook.Allow || !r.Warn {
		t.Fatalf("got %v warn=%v, want allow with a warning", r.Action, r.Warn)
	}
	if !strings.Contains(r.Reason, "Pls") && !strings.Contains(r.Reason, "Please") {
		t.Errorf("reason %q does not say what to check", r.Reason)
	}
}

func TestTimeoutLetsDraftThrough(t *testing.T) {
	draft := "Your card is 4111 1111 1111 1111." // would be blocked if the server answered
	start := time.Now()
	r := gate(testserver.Silent(t), 300*time.Millisecond).Decide(context.Background(), hook.Draft{Text: draft})
	took := time.Since(start)
	if r.Action != hook.Allow || r.Text != draft {
		t.Fatalf("got %v %q, want the draft allowed", r.Action, r.Text)
	}
	if r.Err == nil || !errors.Is(r.Err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want a deadline error", r.Err)
	}
	if took > 3*time.Second {
		t.Errorf("took %v, the timeout was 300ms", took)
	}
}

func TestTimeoutFailClosedBlocks(t *testing.T) {
	g := gate(testserver.Silent(t), 200*time.Millisecond)
	g.FailClosed = true
	r := g.Decide(context.Background(), hook.Draft{Text: "Hello there."})
	if r.Action != hook.Block || r.Reason != hook.FailClosedReason || r.Err == nil {
		t.Fatalf("got %v %q err=%v, want a fail-closed block", r.Action, r.Reason, r.Err)
	}
}

func TestServerDownLetsDraftThrough(t *testing.T) {
	draft := "Your card is 4111 1111 1111 1111."
	r := gate(testserver.Down(t), 2*time.Second).Decide(context.Background(), hook.Draft{Text: draft})
	if r.Action != hook.Allow || r.Text != draft || r.Err == nil {
		t.Fatalf("got %v %q err=%v, want allowed with an error", r.Action, r.Text, r.Err)
	}
}

func TestRequestErrorLetsDraftThrough(t *testing.T) {
	g := gate(testserver.URL(), realTimeout)
	g.Locale = "xx-NOPE" // the real server answers 422
	r := g.Decide(context.Background(), hook.Draft{Text: "Your card is 4111 1111 1111 1111."})
	if r.Action != hook.Allow {
		t.Fatalf("action = %v, want allow", r.Action)
	}
	var se *hook.StatusError
	if !errors.As(r.Err, &se) || se.Status != 422 {
		t.Fatalf("err = %v, want a 422 StatusError", r.Err)
	}
}

func TestWrongURLPathLetsDraftThrough(t *testing.T) {
	// a server that is up but is not chatwriter's /v1/hook: 404
	g := gate(testserver.URL()+"/nowhere", realTimeout)
	r := g.Decide(context.Background(), hook.Draft{Text: "Hello"})
	var se *hook.StatusError
	if r.Action != hook.Allow || !errors.As(r.Err, &se) || se.Status != 404 {
		t.Fatalf("got %v err=%v, want allowed after a 404", r.Action, r.Err)
	}
}

func TestInterpretBlockWinsOverChange(t *testing.T) {
	r := hook.Interpret("a", &hook.Response{Decision: "block", Text: "b", Changed: true, Reason: "no"})
	if r.Action != hook.Block || r.Text != "a" || r.Reason != "no" {
		t.Fatalf("got %+v", r)
	}
}
