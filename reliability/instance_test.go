//go:build linux

package reliability

import (
	"bytes"
	"errors"
	"net/http"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestSecondInstanceIsRefused starts a second npsdesk on the data folder a first one
// serves: it must exit non-zero within 2 s saying "data folder in use", and the first
// must keep serving, reads and writes.
func TestSecondInstanceIsRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	first := startServer(t, dir)
	token := first.setUp(t)

	second := command("--addr", "127.0.0.1:0", "--data", dir)
	var stderr bytes.Buffer
	second.Stderr = &stderr
	start := time.Now()
	err := second.Run()
	elapsed := time.Since(start)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() == 0 {
		t.Fatalf("second instance: %v, want a non-zero exit", err)
	}
	if !strings.Contains(stderr.String(), "data folder in use") {
		t.Errorf("second instance's stderr does not say \"data folder in use\": %q", stderr.String())
	}
	if elapsed > 2*time.Second {
		t.Errorf("second instance took %v to give up, want < 2s", elapsed)
	}
	t.Logf("second instance exited with %d after %v: %s", exit.ExitCode(), elapsed, strings.TrimSpace(stderr.String()))

	resp, err := http.Get(first.url("/api/v1/health"))
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("first instance after the second gave up: %v %v", resp, err)
	}
	resp.Body.Close()
	a := first.api(token)
	c := openChat(t, a)
	a.must(t, "POST", "/api/v1/conversations/"+itoa(int(c.ID))+"/messages", map[string]any{"text": "still here"}, nil)
	if code := first.stop(); code != 0 {
		t.Fatalf("first instance exited with %d after SIGTERM, want 0", code)
	}
}
