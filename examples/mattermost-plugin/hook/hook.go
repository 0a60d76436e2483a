// Package hook asks a chatwriter server whether a draft may be sent.
//
// It knows nothing about Mattermost: the plugin in ../server adapts it to
// MessageWillBePosted. A Gate turns chatwriter's answer (docs/hook.md in the
// chatwriter repository) into one of three outcomes for the chat tool:
//
//   - Allow:   send the draft as it is
//   - Rewrite: send Result.Text instead (chatwriter applied safe fixes)
//   - Block:   do not send; show Result.Reason to the author
//
// When chatwriter fails, is slow, or answers something unexpected, the Gate
// lets the draft through (fail-open) unless FailClosed is set. Result.Err then
// says what went wrong.
package hook

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Turn is one earlier message of the conversation, oldest first.
type Turn struct {
	Role string `json:"role"`
	Text string `json:"text"`
}

// Request is a hook request, version 1.
type Request struct {
	Text         string `json:"text"`
	Locale       string `json:"locale"`
	Fix          bool   `json:"fix,omitempty"`
	ID           string `json:"id,omitempty"`
	Author       string `json:"author,omitempty"`
	Conversation []Turn `json:"conversation,omitempty"`
}

// Finding is one problem chatwriter found in the returned text.
type Finding struct {
	Rule     string `json:"rule"`
	Category string `json:"category"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Action   string `json:"action"`
}

// Response is a hook response, version 1 (fields this package does not use are left out).
type Response struct {
	V          int       `json:"v"`
	Decision   string    `json:"decision"`
	Text       string    `json:"text"`
	Changed    bool      `json:"changed"`
	Reason     string    `json:"reason"`
	Findings   []Finding `json:"findings"`
	Incomplete bool      `json:"incomplete"`
	ElapsedMS  float64   `json:"elapsed_ms"`
}

// Checker sends a hook request somewhere and returns the answer. Client is the
// HTTP implementation; tests or other transports may supply their own.
type Checker interface {
	Check(ctx context.Context, req Request) (*Response, error)
}

// maxResponse bounds how much of an answer is read (a draft is at most a few kB).
const maxResponse = 4 << 20

// Client calls POST {BaseURL}/v1/hook of `chatwriter serve --http`.
type Client struct {
	BaseURL string       // e.g. http://127.0.0.1:8081
	Token   string       // sent as "Authorization: Bearer <Token>" when set
	HTTP    *http.Client // nil: a client without its own timeout (the Gate's context bounds the call)
}

// StatusError is a non-200 answer from chatwriter (a malformed request, an
// unknown locale, a wrong token).
type StatusError struct {
	Status  int
	Code    string
	Message string
}

func (e *StatusError) Error() string {
	if e.Message != "" {
		return fmt.Sprintf("chatwriter answered %d (%s): %s", e.Status, e.Code, e.Message)
	}
	return fmt.Sprintf("chatwriter answered %d", e.Status)
}

// Check implements Checker.
func (c *Client) Check(ctx context.Context, req Request) (*Response, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, err
	}
	url := strings.TrimRight(c.BaseURL, "/") + "/v1/hook"
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	if c.Token != "" {
		hreq.Header.Set("Authorization", "Bearer "+c.Token)
	}
	httpClient := c.HTTP
	if httpClient == nil {
		httpClient = http.DefaultClient
	}
	resp, err := httpClient.Do(hreq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error struct {
				Code    string `json:"code"`
				Message string `json:"message"`
			} `json:"error"`
		}
		_ = json.Unmarshal(data, &e)
		return nil, &StatusError{Status: resp.StatusCode, Code: e.Error.Code, Message: e.Error.Message}
	}
	var out Response
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, fmt.Errorf("chatwriter answered something that is not a hook response: %w", err)
	}
	switch out.Decision {
	case "allow", "warn", "block":
	default:
		return nil, fmt.Errorf("chatwriter answered an unknown decision %q", out.Decision)
	}
	return &out, nil
}

// Action is what the chat tool should do with the draft.
type Action int

const (
	Allow   Action = iota // send the draft unchanged
	Rewrite               // send Result.Text instead of the draft
	Block                 // do not send; show Result.Reason
)

func (a Action) String() string {
	switch a {
	case Allow:
		return "allow"
	case Rewrite:
		return "rewrite"
	case Block:
		return "block"
	}
	return fmt.Sprintf("Action(%d)", int(a))
}

// Result is the Gate's verdict on one draft.
type Result struct {
	Action Action
	// Text is what to send: the rewritten draft for Rewrite, the draft otherwise.
	Text string
	// Reason is one line for the author: why it was blocked, or what to check
	// (Warn), or why chatwriter could not be asked (Err != nil).
	Reason string
	// Warn is true when chatwriter let the draft through with a warning.
	Warn bool
	// Err is set when chatwriter could not be asked or answered badly; Action
	// then follows the Gate's FailClosed setting.
	Err error
	// Response is chatwriter's answer (nil when Err is set).
	Response *Response
}

// DefaultTimeout is how long a Gate waits for chatwriter when Timeout is zero.
const DefaultTimeout = 2 * time.Second

// FailClosedReason is shown to the author when FailClosed blocks a draft
// because chatwriter could not be asked.
const FailClosedReason = "The style check is not available right now, so this message was not sent. Try again in a moment."

// Gate decides on drafts with a Checker.
type Gate struct {
	Checker Checker
	Locale  string        // BCP-47 tag of the replies, e.g. en-US
	Timeout time.Duration // per draft; 0 means DefaultTimeout
	Fix     bool          // ask chatwriter to apply safe rewrites
	// FailClosed blocks drafts when chatwriter fails or is slow. The default
	// (false) lets them through: the chat tool must never stop working because
	// the checker did.
	FailClosed bool
}

// Draft is one message about to be sent.
type Draft struct {
	Text         string
	ID           string // optional, echoed back by chatwriter
	Author       string // optional; chatwriter never logs it
	Conversation []Turn // optional earlier turns, oldest first
	Locale       string // optional; the Gate's Locale when empty
}

// Decide asks chatwriter about a draft and never takes longer than the
// Gate's timeout (or ctx's deadline, when earlier).
func (g *Gate) Decide(ctx context.Context, d Draft) Result {
	timeout := g.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if g.Checker == nil {
		return g.failed(d.Text, errors.New("no chatwriter server configured"))
	}
	locale := d.Locale
	if locale == "" {
		locale = g.Locale
	}
	resp, err := g.Checker.Check(ctx, Request{
		Text:         d.Text,
		Locale:       locale,
		Fix:          g.Fix,
		ID:           d.ID,
		Author:       d.Author,
		Conversation: d.Conversation,
	})
	if err != nil {
		if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("chatwriter did not answer within %v: %w", timeout, err)
		}
		return g.failed(d.Text, err)
	}
	return Interpret(d.Text, resp)
}

func (g *Gate) failed(text string, err error) Result {
	if g.FailClosed {
		return Result{Action: Block, Text: text, Reason: FailClosedReason, Err: err}
	}
	return Result{Action: Allow, Text: text, Err: err}
}

// Interpret maps a hook response for draft to a Result. A block always wins;
// otherwise a changed text is a Rewrite.
func Interpret(draft string, resp *Response) Result {
	r := Result{Text: draft, Reason: resp.Reason, Response: resp}
	switch resp.Decision {
	case "block":
		r.Action = Block
		if strings.TrimSpace(r.Reason) == "" {
			r.Reason = "chatwriter blocked this message."
		}
		return r
	case "warn":
		r.Warn = true
	}
	if resp.Changed && resp.Text != draft {
		r.Action = Rewrite
		r.Text = resp.Text
	} else {
		r.Action = Allow
	}
	return r
}
