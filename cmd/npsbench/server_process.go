package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"
)

// process is a server the tool started: the real npsdesk or the bare baseline. It is
// killed when the tool stops, whatever happens (Pdeathsig covers a crash of the tool).
type process struct {
	name  string
	addr  string
	cmd   *exec.Cmd
	setup chan string // the setup token line, once
	done  chan struct{}
	err   error

	mu     sync.Mutex
	output []string // the last lines it printed, for error reports
}

// freeAddr picks a free loopback port.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// startProcess runs bin with args, watching its stdout for the setup token line.
func startProcess(name, bin string, args ...string) (*process, error) {
	p := &process{name: name, setup: make(chan string, 1), done: make(chan struct{})}
	p.cmd = exec.Command(bin, args...)
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
	p.cmd.Env = append(os.Environ(), "NPSDESK_ADDR=", "NPSDESK_DATA=")
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := p.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	var readers sync.WaitGroup
	readers.Add(2)
	go func() { defer readers.Done(); p.scan(stdout, true) }()
	go func() { defer readers.Done(); p.scan(stderr, false) }()
	go func() {
		readers.Wait()
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// scan keeps the last lines for error reports and picks out "setup token: <token>".
func (p *process) scan(r io.Reader, isStdout bool) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if os.Getenv("NPSBENCH_DEBUG") != "" {
			fmt.Fprintf(os.Stderr, "[%s] %s\n", p.name, line)
		}
		p.mu.Lock()
		p.output = append(p.output, line)
		if len(p.output) > 20 {
			p.output = p.output[1:]
		}
		p.mu.Unlock()
		if i := strings.Index(line, "setup token: "); isStdout && i >= 0 {
			if f := strings.Fields(line[i+len("setup token: "):]); len(f) > 0 {
				select {
				case p.setup <- f[0]:
				default:
				}
			}
		}
	}
}

// pid is the server's process id.
func (p *process) pid() int { return p.cmd.Process.Pid }

// lastOutput is what the server printed last, for error messages.
func (p *process) lastOutput() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return strings.Join(p.output, "\n")
}

// setupToken waits for the setup token line.
func (p *process) setupToken(timeout time.Duration) (string, error) {
	select {
	case t := <-p.setup:
		return t, nil
	case <-p.done:
		return "", fmt.Errorf("%s exited before printing its setup token: %v\n%s", p.name, p.err, p.lastOutput())
	case <-time.After(timeout):
		return "", fmt.Errorf("%s printed no setup token within %v", p.name, timeout)
	}
}

// waitHealthy polls url until it answers 200 (or the timeout) and returns when it did.
func (p *process) waitHealthy(url string, timeout time.Duration) (time.Time, error) {
	client := &http.Client{Timeout: time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		select {
		case <-p.done:
			return time.Time{}, fmt.Errorf("%s exited: %v\n%s", p.name, p.err, p.lastOutput())
		default:
		}
		resp, err := client.Get(url)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return time.Now(), nil
			}
		}
		time.Sleep(500 * time.Microsecond)
	}
	return time.Time{}, fmt.Errorf("%s: %s did not answer 200 within %v", p.name, url, timeout)
}

// stop asks the server to shut down (SIGTERM), and kills it if it has not within the
// grace period.
func (p *process) stop(grace time.Duration) error {
	select {
	case <-p.done:
		return nil
	default:
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		return nil
	case <-time.After(grace):
		syscall.Kill(-p.pid(), syscall.SIGKILL)
		<-p.done
		return fmt.Errorf("%s did not stop within %v: killed", p.name, grace)
	}
}

// alive reports whether the process still runs.
func (p *process) alive() bool {
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// processes remembers every server started, so the tool kills them all on the way out
// (also on Ctrl-C).
type processes struct {
	mu   sync.Mutex
	list []*process
}

func (ps *processes) add(p *process) {
	ps.mu.Lock()
	ps.list = append(ps.list, p)
	ps.mu.Unlock()
}

// stopAll stops every process still running.
func (ps *processes) stopAll() {
	ps.mu.Lock()
	list := append([]*process(nil), ps.list...)
	ps.mu.Unlock()
	for _, p := range list {
		p.stop(5 * time.Second)
	}
}

// repoRoot finds the module root (the folder with go.mod) from the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(data), "module github.com/npsdesk/npsdesk\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run npsbench inside the npsdesk repository (no go.mod of github.com/npsdesk/npsdesk found above the working directory)")
		}
		dir = parent
	}
}

// buildBinary builds the real, stripped binary (the release flags) into dir.
func buildBinary(ctx context.Context, root, dir string) (string, time.Duration, error) {
	bin := filepath.Join(dir, "npsdesk")
	start := time.Now()
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags", "-s -w", "-o", bin, ".")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", 0, fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, time.Since(start), nil
}
