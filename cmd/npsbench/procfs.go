package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// raiseFileLimit lifts the soft limit on open files to the hard one: thousands of
// sockets from one process need it, and the servers the tool starts inherit it.
func raiseFileLimit() (uint64, error) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0, err
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			return 0, err
		}
	}
	return lim.Cur, nil
}

// rssBytes reads a process's resident set size (VmRSS) from /proc.
func rssBytes(pid int) (int64, error) {
	v, err := procStatusField(pid, "VmRSS:")
	if err != nil {
		return 0, err
	}
	return v * 1024, nil
}

// resident is a process's resident memory and what it is made of: anonymous pages
// (heap, stacks) and pages of mapped files (the database), in bytes.
type resident struct{ total, anon, file int64 }

// residentMemory reads a process's resident memory from one read of /proc/<pid>/status,
// so its parts describe the same moment.
func residentMemory(pid int) (resident, error) {
	kb, err := procFields(fmt.Sprintf("/proc/%d/status", pid), "VmRSS:", "RssAnon:", "RssFile:")
	if err != nil {
		return resident{}, err
	}
	return resident{total: kb[0] * 1024, anon: kb[1] * 1024, file: kb[2] * 1024}, nil
}

// procStatusField returns a "kB" field of /proc/<pid>/status.
func procStatusField(pid int, name string) (int64, error) {
	return procStatusFieldFile(fmt.Sprintf("/proc/%d/status", pid), name)
}

// procStatusFieldFile returns the first number after name in a /proc file of
// "name: value kB" lines.
func procStatusFieldFile(path, name string) (int64, error) {
	v, err := procFields(path, name)
	if err != nil {
		return 0, err
	}
	return v[0], nil
}

// procFields returns the first number after each of names in a /proc file of
// "name: value kB" lines, in the order of names; every one must be there.
func procFields(path string, names ...string) ([]int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	values := make([]int64, len(names))
	found := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() && found < len(names) {
		line := sc.Text()
		for i, name := range names {
			if !strings.HasPrefix(line, name) {
				continue
			}
			fields := strings.Fields(line[len(name):])
			if len(fields) == 0 {
				return nil, fmt.Errorf("%s: %s has no value", path, name)
			}
			if values[i], err = strconv.ParseInt(fields[0], 10, 64); err != nil {
				return nil, err
			}
			found++
		}
	}
	if found < len(names) {
		return nil, fmt.Errorf("%s: not all of %s", path, strings.Join(names, " "))
	}
	return values, nil
}

// openFilesLimit reads the soft "Max open files" of a process, as it actually runs.
func openFilesLimit(pid int) string {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/limits", pid))
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "Max open files") {
			if f := strings.Fields(line); len(f) >= 5 {
				return f[3]
			}
		}
	}
	return "unknown"
}

// cpuTicks is a process's user+system CPU time in clock ticks (1/100 s), from
// /proc/<pid>/stat: it tells how busy a server was during a scenario.
func cpuTicks(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(data)
	// The command name may hold spaces; fields after its closing parenthesis are fixed.
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseInt(f[11], 10, 64)
	stime, _ := strconv.ParseInt(f[12], 10, 64)
	return utime + stime
}

// establishedPeers lists the peer ports of the ESTABLISHED loopback TCP sockets whose
// local port is port (the server's end of its connections), from /proc/net/tcp.
func establishedPeers(port int) (map[int]bool, error) {
	data, err := os.ReadFile("/proc/net/tcp")
	if err != nil {
		return nil, err
	}
	local := fmt.Sprintf(":%04X", port)
	peers := make(map[int]bool)
	for _, line := range strings.Split(string(data), "\n")[1:] {
		f := strings.Fields(line)
		// sl local_address rem_address st …; addresses are hex IP:port.
		if len(f) < 4 || !strings.HasSuffix(f[1], local) || f[3] != "01" {
			continue
		}
		if i := strings.LastIndexByte(f[2], ':'); i >= 0 {
			if p, err := strconv.ParseInt(f[2][i+1:], 16, 32); err == nil {
				peers[int(p)] = true
			}
		}
	}
	return peers, nil
}
