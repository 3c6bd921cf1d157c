package batchstart

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// helperEnv makes the test binary, started again by TestCommandsReadied
// with a command's name for its first argument, report what its init did
// instead of running the tests.
const helperEnv = "BATCHSTART_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) != "" {
		fmt.Println(hugePages() >= heapRegion/2)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// hugePages returns the bytes of the process's mappings that ask for
// huge pages (the "hg" flag in /proc/self/smaps).
func hugePages() uint64 {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return 0
	}
	defer f.Close()
	var size, advised uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rng, _, ok := strings.Cut(line, " "); ok && strings.Contains(rng, "-") && !strings.HasSuffix(line, ":") {
			a, b, _ := strings.Cut(rng, "-")
			s, err1 := strconv.ParseUint(a, 16, 64)
			e, err2 := strconv.ParseUint(b, 16, 64)
			if err1 == nil && err2 == nil {
				size = e - s
				continue
			}
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+flags+" ", " hg ") {
			advised += size
		}
	}
	return advised
}

// TestCommandsReadied starts the test binary again as each command would
// start and checks what the package's init did before main: the batch
// commands' heap has a region that asks for huge pages, the app's and the
// other commands' has not.
func TestCommandsReadied(t *testing.T) {
	mode, _ := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if !bytes.Contains(mode, []byte("[madvise]")) {
		t.Skip("this kernel gives huge pages to every mapping or to none")
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "a.txt"}, "true"},
		{[]string{"export", "-o", "x.pdf", "a.txt"}, "true"},
		{[]string{"version"}, "false"},
		{[]string{"a.txt"}, "false"}, // the app, with an article
		{nil, "false"},               // the app
	} {
		cmd := exec.Command(os.Args[0], c.args...)
		cmd.Env = append(os.Environ(), helperEnv+"=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if got := strings.TrimSpace(string(out)); got != c.want {
			t.Errorf("%v: a heap region asks for huge pages: %s, want %s", c.args, got, c.want)
		}
	}
}
