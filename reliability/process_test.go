//go:build linux

package reliability

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// longFlag asks for the full-size runs (also NPSDESK_LONG=1, which works with
// `go test ./...` where packages without the flag would refuse it).
var longFlag = flag.Bool("long", false, "run at full size (or NPSDESK_LONG=1)")

func longMode() bool { return *longFlag || os.Getenv("NPSDESK_LONG") == "1" }

// binary is the npsdesk executable TestMain builds from this checkout.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "npsdesk-reliability-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "npsdesk")
	build := exec.Command("go", "build", "-o", binary, "github.com/npsdesk/npsdesk")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintf(os.Stderr, "build npsdesk: %v\n", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// server is one npsdesk process.
type server struct {
	t          testing.TB
	cmd        *exec.Cmd
	addr       string
	setupToken string
	exited     chan struct{}
	stderr     *lockedBuffer
}

// lockedBuffer collects a process's stderr.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// command prepares the binary with args; the process dies with the test binary.
func command(args ...string) *exec.Cmd {
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), "NPSDESK_ADDR=", "NPSDESK_DATA=", "NPSDESK_TRUSTED_PROXIES=")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	return cmd
}

// startServer runs npsdesk on dir (any free port) and waits until it serves.
func startServer(t testing.TB, dir string) *server {
	t.Helper()
	s := &server{t: t, cmd: command("--addr", "127.0.0.1:0", "--data", dir), exited: make(chan struct{}), stderr: &lockedBuffer{}}
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	s.cmd.Stderr = s.stderr
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	go func() {
		s.cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(func() { s.kill() })
	deadline := time.After(10 * time.Second)
	for s.addr == "" {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatalf("npsdesk exited before serving: %s", s.stderr)
			}
			if _, rest, found := strings.Cut(line, "listening on http://"); found {
				s.addr, _, _ = strings.Cut(rest, " ")
			}
		case <-deadline:
			t.Fatalf("npsdesk did not announce its address in 10 s: %s", s.stderr)
		}
	}
	// On a fresh data folder the setup line follows the listening line at once.
	select {
	case line := <-lines:
		if _, rest, found := strings.Cut(line, "setup token: "); found {
			s.setupToken, _, _ = strings.Cut(rest, " ")
		}
	case <-time.After(300 * time.Millisecond):
	}
	go func() {
		for range lines {
		}
	}()
	return s
}

// kill sends SIGKILL and waits for the process to be gone.
func (s *server) kill() {
	if s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGKILL)
	<-s.exited
}

// stop asks for a clean shutdown (SIGTERM) and waits for the exit.
func (s *server) stop() int {
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(15 * time.Second):
		s.t.Fatalf("npsdesk did not stop in 15 s after SIGTERM")
	}
	return s.cmd.ProcessState.ExitCode()
}

func (s *server) url(path string) string { return "http://" + s.addr + path }

// api is an HTTP client for one server; requests fail fast once the server is dead.
type api struct {
	base   string
	token  string
	client *http.Client
}

func (s *server) api(token string) *api {
	return &api{base: "http://" + s.addr, token: token, client: &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{MaxIdleConnsPerHost: 64},
	}}
}

// call sends a JSON request and decodes a JSON answer into out (if not nil).
func (a *api) call(method, path, token string, body, out any) (int, error) {
	var r io.Reader
	if body != nil {
		data, _ := json.Marshal(body)
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, a.base+path, r)
	if err != nil {
		return 0, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := a.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.StatusCode, err
	}
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(data, out); err != nil {
			return resp.StatusCode, fmt.Errorf("decode %s: %w", data, err)
		}
	}
	if resp.StatusCode >= 300 {
		return resp.StatusCode, fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, data)
	}
	return resp.StatusCode, nil
}

// must is call for requests that must succeed.
func (a *api) must(t testing.TB, method, path string, body, out any) {
	t.Helper()
	if _, err := a.call(method, path, a.token, body, out); err != nil {
		t.Fatal(err)
	}
}

// setUp creates the first administrator with the printed setup token and returns the
// admin's access token.
func (s *server) setUp(t testing.TB) string {
	t.Helper()
	if s.setupToken == "" {
		t.Fatal("a fresh npsdesk printed no setup token")
	}
	var out struct {
		AccessToken string `json:"access_token"`
	}
	s.api("").must(t, "POST", "/api/v1/setup", map[string]any{
		"token": s.setupToken, "name": "Ada", "email": "ada@example.com", "password": "correct horse battery",
	}, &out)
	return out.AccessToken
}

// chat is a customer's conversation.
type chat struct {
	ID    uint64 `json:"conversation_id"`
	Token string `json:"visitor_token"`
}

// openChat starts a web chat on the default channel.
func openChat(t testing.TB, a *api) chat {
	t.Helper()
	var channels struct {
		Items []struct {
			PublicKey string `json:"public_key"`
		} `json:"items"`
	}
	a.must(t, "GET", "/api/v1/channels", nil, &channels)
	var c chat
	if _, err := a.call("POST", "/api/v1/public/channels/"+channels.Items[0].PublicKey+"/conversations", "", map[string]any{"name": "Customer"}, &c); err != nil {
		t.Fatal(err)
	}
	return c
}
