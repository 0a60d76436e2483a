// Package testserver runs a real `chatwriter serve --http` on 127.0.0.1 for tests.
//
// Use it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(testserver.Main(m)) }
//
// then testserver.URL() in tests. When CHATWRITER_URL is set (examples/run-tests.sh
// does that), that server is used and none is started. Otherwise the console
// script named by CHATWRITER_BIN (default: `chatwriter` on PATH) is started on a
// free port, /healthz is awaited (at most two minutes), and the server is stopped
// after the tests (SIGTERM, then SIGKILL after ten seconds).
package testserver

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

const (
	startTimeout = 2 * time.Minute
	stopTimeout  = 10 * time.Second
)

var baseURL string

// URL is the base URL of the chatwriter server, e.g. http://127.0.0.1:40123.
func URL() string {
	if baseURL == "" {
		panic("testserver.URL called outside testserver.Main")
	}
	return baseURL
}

// Main starts the server (unless CHATWRITER_URL is set), runs the tests and
// stops it. It returns the exit code for os.Exit.
func Main(m *testing.M) int {
	if u := strings.TrimRight(os.Getenv("CHATWRITER_URL"), "/"); u != "" {
		if err := waitHealthy(u, nil, startTimeout); err != nil {
			fmt.Fprintln(os.Stderr, "testserver:", err)
			return 1
		}
		baseURL = u
		return m.Run()
	}
	srv, err := start()
	if err != nil {
		fmt.Fprintln(os.Stderr, "testserver:", err)
		return 1
	}
	baseURL = srv.url
	code := m.Run()
	if err := srv.stop(); err != nil {
		fmt.Fprintln(os.Stderr, "testserver:", err)
	}
	if code != 0 {
		fmt.Fprintf(os.Stderr, "--- chatwriter server log (%s)\n%s\n", srv.logPath, srv.log())
	}
	_ = os.Remove(srv.logPath)
	return code
}

type server struct {
	cmd     *exec.Cmd
	url     string
	logPath string
	done    chan struct{}
	waitErr error
}

func (s *server) log() string {
	data, _ := os.ReadFile(s.logPath)
	return string(data)
}

// Bin is the chatwriter console script: $CHATWRITER_BIN, else `chatwriter` on PATH.
func Bin() (string, error) {
	name := os.Getenv("CHATWRITER_BIN")
	if name == "" {
		name = "chatwriter"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("chatwriter console script not found (set CHATWRITER_BIN or put chatwriter on PATH): %w", err)
	}
	return path, nil
}

// FreePort returns a TCP port on 127.0.0.1 that was free a moment ago.
func FreePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func start() (*server, error) {
	bin, err := Bin()
	if err != nil {
		return nil, err
	}
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	logFile, err := os.CreateTemp("", "chatwriter-go-test-*.log")
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	cmd := exec.Command(bin, "serve", "--http", "--port", strconv.Itoa(port),
		"--isolated", "--locales", "en-US,de,es-MX")
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "CHATWRITER_TOKEN=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &server{cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d", port), logPath: logFile.Name(), done: make(chan struct{})}
	go func() {
		s.waitErr = cmd.Wait()
		close(s.done)
	}()
	if err := waitHealthy(s.url, s.done, startTimeout); err != nil {
		_ = s.stop()
		return nil, fmt.Errorf("%w\n--- server log\n%s", err, s.log())
	}
	return s, nil
}

func waitHealthy(url string, exited <-chan struct{}, timeout time.Duration) error {
	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.Now().Add(timeout)
	for {
		select {
		case <-exited:
			return errors.New("chatwriter server exited before it was ready")
		default:
		}
		resp, err := client.Get(url + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("chatwriter server at %s not ready after %v", url, timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (s *server) stop() error {
	select {
	case <-s.done:
		return nil
	default:
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.done:
		return nil
	case <-time.After(stopTimeout):
		_ = s.cmd.Process.Kill()
		<-s.done
		return errors.New("chatwriter server ignored SIGTERM; killed")
	}
}

// Silent starts a listener on 127.0.0.1 that accepts connections and never
// answers, to stand in for a server that hangs. It returns its base URL; the
// listener and its connections are closed when the test ends.
func Silent(t testing.TB) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	return "http://" + l.Addr().String()
}

// Down returns the base URL of a port on 127.0.0.1 where nothing listens.
func Down(t testing.TB) string {
	t.Helper()
	port, err := FreePort()
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("http://127.0.0.1:%d", port)
}
